package com.fieldwork.console.setup;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-run choice without a screen: what is tried, what is saved, and what is said when it fails. */
class FirstRunViewModelTest {

    private final FakeDatabaseSetup setup = new FakeDatabaseSetup();
    private final FirstRunViewModel model = new FirstRunViewModel(setup, new SynchronousTaskExecutor());
    private final List<DatabaseChoice> finished = new ArrayList<>();

    @Test
    void thisComputerIsTheDefaultAndIsSavedWithoutTryingAnyServer() {
        model.finish(finished::add);

        assertThat(finished).containsExactly(new DatabaseChoice.ThisComputer());
        assertThat(setup.saved).containsExactly(new DatabaseChoice.ThisComputer());
        assertThat(setup.tests).isZero();
    }

    @Test
    void theOfficeServerIsTriedThenSaved() {
        officeServer(FakeDatabaseSetup.URL, FakeDatabaseSetup.USER, FakeDatabaseSetup.PASSWORD);

        model.finish(finished::add);

        DatabaseChoice expected = new DatabaseChoice.OfficeServer(FakeDatabaseSetup.URL, FakeDatabaseSetup.USER,
                FakeDatabaseSetup.PASSWORD);
        assertThat(finished).containsExactly(expected);
        assertThat(setup.saved).containsExactly(expected);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidAndNothingIsSaved() {
        officeServer(FakeDatabaseSetup.URL, FakeDatabaseSetup.USER, "guess");

        model.finish(finished::add);

        assertThat(model.errorProperty().get()).contains("wrong user or password");
        assertThat(finished).isEmpty();
        assertThat(setup.saved).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void testingSaysWhatAnsweredAndAnEditClearsIt() {
        officeServer(FakeDatabaseSetup.URL, FakeDatabaseSetup.USER, FakeDatabaseSetup.PASSWORD);

        model.testConnection();
        assertThat(model.connectedProperty().get()).isEqualTo("Connected: PostgreSQL 18.1");
        assertThat(setup.saved).isEmpty();

        model.passwordProperty().set("other");
        assertThat(model.connectedProperty().get()).isEmpty();
    }

    @Test
    void aUrlThatIsNoServerDatabaseIsRefusedBeforeAnythingIsTried() {
        officeServer("office-pc:5432", FakeDatabaseSetup.USER, FakeDatabaseSetup.PASSWORD);
        model.testConnection();
        assertThat(model.errorProperty().get()).startsWith("The URL must start with jdbc:postgresql://");

        model.urlProperty().set("jdbc:h2:file:/home/me/fieldwork");
        model.finish(finished::add);
        assertThat(model.errorProperty().get()).contains("a database on this computer");

        model.urlProperty().set("jdbc:postgresql://office-pc:5432/");
        model.finish(finished::add);
        assertThat(model.errorProperty().get()).contains("names no database");

        model.urlProperty().set("jdbc:postgresql:///fieldwork");
        model.finish(finished::add);
        assertThat(model.errorProperty().get()).contains("names no server");

        model.urlProperty().set(FakeDatabaseSetup.URL);
        model.userProperty().set(" ");
        model.finish(finished::add);
        assertThat(model.errorProperty().get()).contains("database user");

        assertThat(setup.tests).isZero();
        assertThat(finished).isEmpty();
    }

    @Test
    void anH2ServerUrlIsAccepted() {
        assertThat(FirstRunViewModel.problemWith("jdbc:h2:tcp://office-pc:9092/fieldwork")).isNull();
        assertThat(FirstRunViewModel.problemWith("jdbc:postgresql://10.0.0.5/fieldwork?sslmode=require")).isNull();
    }

    private void officeServer(String url, String user, String password) {
        model.officeServerProperty().set(true);
        model.urlProperty().set(url);
        model.userProperty().set(user);
        model.passwordProperty().set(password);
    }
}
