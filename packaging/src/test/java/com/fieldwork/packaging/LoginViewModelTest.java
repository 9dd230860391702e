package com.fieldwork.packaging;

import com.fieldwork.console.login.LoginViewModel;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.demo.DemoUser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the console through core's Authentication on the demo company, without a screen. */
class LoginViewModelTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<LoginViewModel.SignedIn> signedIn = new ArrayList<>();

    private LoginViewModel model(String workstation) {
        return new LoginViewModel(demo.services().authentication(), executor, workstation);
    }

    @Test
    void aDispatcherSignsInInTheBackgroundAndThePasswordIsForgotten() {
        LoginViewModel model = model("console:login-ok");
        DemoUser dispatcher = LaunchedDemo.user(Role.DISPATCHER);
        model.usernameProperty().set(dispatcher.username());
        model.passwordProperty().set(dispatcher.password());

        model.signIn(signedIn::add);

        assertThat(signedIn).singleElement().satisfies(s -> {
            assertThat(s.actor().role()).isEqualTo(Role.DISPATCHER);
            assertThat(s.actor().displayName()).isEqualTo(dispatcher.displayName());
        });
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(executor.titles()).containsExactly("Signing in");
    }

    @Test
    void aWrongPasswordSaysSoAndSignsNobodyIn() {
        LoginViewModel model = model("console:login-wrong");
        model.usernameProperty().set("dispatch");
        model.passwordProperty().set("not-the-password");

        model.signIn(signedIn::add);

        assertThat(signedIn).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("Wrong username or password");
    }

    @Test
    void aTechnicianIsSentToThePhoneApp() {
        LoginViewModel model = model("console:login-tech");
        DemoUser technician = LaunchedDemo.technician();
        model.usernameProperty().set(technician.username());
        model.passwordProperty().set(technician.password());

        model.signIn(signedIn::add);

        assertThat(signedIn).isEmpty();
        assertThat(model.errorProperty().get()).contains("technicians work from the phone app");
    }

    @Test
    void repeatedFailuresAreThrottledLikeThePhonesLogin() {
        LoginViewModel model = model("console:login-throttle");
        for (int i = 0; i < 6; i++) {
            model.usernameProperty().set("nobody-here");
            model.passwordProperty().set("guess-" + i);
            model.signIn(signedIn::add);
        }
        assertThat(signedIn).isEmpty();
        assertThat(model.errorProperty().get()).startsWith("Too many failed sign-ins");
    }

    @Test
    void emptyFieldsAreRefusedBeforeAnythingIsChecked() {
        LoginViewModel model = model("console:login-empty");
        model.signIn(signedIn::add);
        assertThat(model.errorProperty().get()).isEqualTo("Enter your username");
        assertThat(executor.titles()).isEmpty();
    }
}
