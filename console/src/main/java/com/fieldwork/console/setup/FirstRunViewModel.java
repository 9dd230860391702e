package com.fieldwork.console.setup;

import com.fieldwork.console.task.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first start of the console on a workstation: keep the data on this computer (the embedded default), or
 * connect to the office server's database by its URL, user and password. The connection is tried before it is
 * saved, so a typo or a server that is off is said at once, in the dialog, and nothing is written.
 */
public final class FirstRunViewModel {

    static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    static final String H2_SERVER_PREFIX = "jdbc:h2:tcp://";

    private final DatabaseSetup setup;
    private final TaskExecutor executor;
    private final BooleanProperty officeServer = new SimpleBooleanProperty(false);
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connected = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public FirstRunViewModel(DatabaseSetup setup, TaskExecutor executor) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.executor = Objects.requireNonNull(executor, "executor");
        // what was said about one server is stale once any field changes
        url.addListener((obs, was, now) -> clearMessages());
        user.addListener((obs, was, now) -> clearMessages());
        password.addListener((obs, was, now) -> clearMessages());
        officeServer.addListener((obs, was, now) -> clearMessages());
    }

    /** False: this computer (embedded); true: the office server named by url, user and password. */
    public BooleanProperty officeServerProperty() {
        return officeServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What went wrong, in one sentence; empty while there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** After a successful test: what answered. */
    public ReadOnlyStringProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Tries the office server without saving anything. */
    public void testConnection() {
        officeServer().ifPresent(server -> run("Testing the connection", progress -> setup.test(server),
                answered -> connected.set("Connected: " + answered)));
    }

    /**
     * Saves the choice and calls {@code onSaved} with it; the office server is tried first, and a server that
     * does not answer (or refuses the password) is not saved.
     */
    public void finish(Consumer<DatabaseChoice> onSaved) {
        if (!officeServer.get()) {
            DatabaseChoice choice = new DatabaseChoice.ThisComputer();
            run("Saving the settings", progress -> {
                setup.save(choice);
                return "";
            }, saved -> onSaved.accept(choice));
            return;
        }
        officeServer().ifPresent(server -> run("Connecting to the office server", progress -> {
            String answered = setup.test(server);
            setup.save(server);
            return answered;
        }, answered -> onSaved.accept(server)));
    }

    private Optional<DatabaseChoice.OfficeServer> officeServer() {
        clearMessages();
        String address = url.get().strip();
        String problem = problemWith(address);
        if (problem != null) {
            error.set(problem);
            return Optional.empty();
        }
        if (user.get().isBlank()) {
            error.set("Enter the database user the office server gave you");
            return Optional.empty();
        }
        return Optional.of(new DatabaseChoice.OfficeServer(address, user.get().strip(), password.get()));
    }

    /** Null when the URL names a server database this console can use. */
    static String problemWith(String address) {
        if (address.isEmpty()) {
            return "Enter the office server's database URL, e.g. jdbc:postgresql://office-pc:5432/fieldwork";
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:file:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:~")) {
            return "That URL is a database on this computer; choose \"This computer\" instead, or enter the office "
                    + "server's address (jdbc:h2:tcp://office-pc:9092/fieldwork)";
        }
        if (!lower.startsWith(POSTGRESQL_PREFIX) && !lower.startsWith(H2_SERVER_PREFIX)) {
            return "The URL must start with " + POSTGRESQL_PREFIX + " (PostgreSQL) or " + H2_SERVER_PREFIX
                    + " (the Fieldwork office server's H2)";
        }
        String rest = address.substring(lower.startsWith(POSTGRESQL_PREFIX) ? POSTGRESQL_PREFIX.length()
                : H2_SERVER_PREFIX.length());
        if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith(":")) {
            return "The URL names no server: put the office server's name or address after //";
        }
        if (!rest.contains("/") || rest.endsWith("/")) {
            return "The URL names no database: end it with /fieldwork (or the database's own name)";
        }
        return null;
    }

    private <T> void run(String title, TaskExecutor.BackgroundWork<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        executor.submit(title, work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(failure instanceof DatabaseSetup.ConnectionProblem ? failure.getMessage()
                    : "Cannot use that database: " + failure.getMessage());
        });
    }

    private void clearMessages() {
        error.set("");
        connected.set("");
    }
}
