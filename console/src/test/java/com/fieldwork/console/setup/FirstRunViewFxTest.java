package com.fieldwork.console.setup;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.board.BoardSnapshots;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-run dialog on a headless screen, filled in as an office's second workstation would be. */
@ExtendWith(ApplicationExtension.class)
class FirstRunViewFxTest {

    private final FakeDatabaseSetup setup = new FakeDatabaseSetup();
    private final List<DatabaseChoice> finished = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FirstRunView view = new FirstRunView(new FirstRunViewModel(setup, new SynchronousTaskExecutor()), finished::add);
        Scene scene = new Scene(view.root(), 640, 620);
        scene.getStylesheets().add(ConsoleApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theServerFieldsShowOnlyForTheOfficeServerAndAWrongPasswordIsSaidInTheDialog(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".setup-server").query().isVisible()).isFalse();

        robot.clickOn("#setup-office-server");
        assertThat(robot.lookup(".setup-server").query().isVisible()).isTrue();
        robot.clickOn("#setup-url").write(FakeDatabaseSetup.URL);
        robot.clickOn("#setup-user").write(FakeDatabaseSetup.USER);
        robot.clickOn("#setup-password").write("guess");
        robot.clickOn("#setup-continue");

        Label error = robot.lookup("#setup-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("wrong user or password");
        assertThat(finished).isEmpty();
        robot.interact(() -> BoardSnapshots.write(error.getScene(), "first-run-wrong-password"));

        robot.doubleClickOn("#setup-password").eraseText(5).write(FakeDatabaseSetup.PASSWORD);
        robot.clickOn("#setup-test");
        assertThat(robot.lookup("#setup-connected").queryAs(Label.class).getText()).contains("PostgreSQL 18.1");
        robot.interact(() -> BoardSnapshots.write(error.getScene(), "first-run-connected"));
        robot.clickOn("#setup-continue");

        assertThat(finished).containsExactly(new DatabaseChoice.OfficeServer(FakeDatabaseSetup.URL,
                FakeDatabaseSetup.USER, FakeDatabaseSetup.PASSWORD));
    }
}
