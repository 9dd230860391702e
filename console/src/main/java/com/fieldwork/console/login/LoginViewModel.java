package com.fieldwork.console.login;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Authentication;
import com.fieldwork.core.security.InvalidCredentialsException;
import com.fieldwork.core.security.IssuedToken;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.TooManyAttemptsException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signing in to the console through core's {@link Authentication}: the same password check, throttling
 * and audit trail as a phone's login through the field API.
 *
 * <p>The console is the office's tool. A role that may not see all work orders (a technician, who sees
 * only their own jobs on the phone) is turned away with a sentence saying so, and the session the check
 * opened is signed out at once, so no working token is left behind.
 */
public final class LoginViewModel {

    /** What the console needs to show anything at all; every office role holds it. */
    public static final Permission CONSOLE_ACCESS = Permission.WORK_ORDER_VIEW_ALL;
    static final String CLIENT = "Fieldwork console";

    private final Authentication authentication;
    private final TaskExecutor executor;
    private final String workstation;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param workstation recorded as the sign-in's address, so throttling and the audit log can tell consoles apart */
    public LoginViewModel(Authentication authentication, TaskExecutor executor, String workstation) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.workstation = Objects.requireNonNull(workstation, "workstation");
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Empty while there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSignIn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(),
                busy, username, password);
    }

    /** Checks the credentials in the background; {@code onSignedIn} runs with the actor when they are good. */
    public void signIn(Consumer<SignedIn> onSignedIn) {
        if (!canSignIn().get()) {
            error.set(username.get().isBlank() ? "Enter your username" : "Enter your password");
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get();
        String secret = password.get();
        executor.submit("Signing in", progress -> check(name, secret), result -> {
            busy.set(false);
            password.set("");
            result.ifPresentOrElse(onSignedIn, () -> error.set(refusal()));
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(messageFor(failure));
        });
    }

    private Optional<SignedIn> check(String name, String secret) {
        IssuedToken token = authentication.login(name, secret, workstation, Optional.of(CLIENT));
        if (!token.actor().can(CONSOLE_ACCESS)) {
            authentication.logout(token.token());
            return Optional.empty();
        }
        return Optional.of(new SignedIn(token.actor(), token.token()));
    }

    private static String refusal() {
        return "The console is for office staff; technicians work from the phone app";
    }

    static String messageFor(Throwable failure) {
        if (failure instanceof InvalidCredentialsException) {
            return "Wrong username or password";
        }
        if (failure instanceof TooManyAttemptsException tooMany) {
            return tooMany.getMessage();
        }
        return "Cannot sign in: " + failure.getMessage();
    }

    /** Who is signed in, and the session to sign out when the console closes. */
    public record SignedIn(Actor actor, String token) {
        public SignedIn {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(token, "token");
        }
    }
}
