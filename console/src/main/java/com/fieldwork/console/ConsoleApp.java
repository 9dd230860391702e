package com.fieldwork.console;

import com.fieldwork.console.live.ChangeFeedPoller;
import com.fieldwork.console.live.PollScheduler;
import com.fieldwork.console.login.LoginView;
import com.fieldwork.console.login.LoginViewModel;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.MainWindow;
import com.fieldwork.console.shell.ShellViewModel;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.console.shell.ViewContext;
import com.fieldwork.console.task.FxTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.Optional;

/**
 * The console on one stage: the sign-in form first, then the main window. Not a JavaFX
 * {@code Application}: the launcher starts the toolkit itself, so the console runs from the plain
 * classpath (exec:java, an IDE, the tests) without JavaFX on the module path.
 */
public final class ConsoleApp implements AutoCloseable {

    public static final String STYLESHEET = Objects.requireNonNull(
            ConsoleApp.class.getResource("console.css"), "console.css").toExternalForm();

    private final ConsoleServices services;
    private final ConsoleViews views;
    private final ThemePreference theme;
    private final FxTaskExecutor executor = new FxTaskExecutor(4);
    private final ChangeFeedPoller changes;
    private MainWindow mainWindow;
    private LoginViewModel.SignedIn signedIn;

    public ConsoleApp(ConsoleServices services, ConsoleViews views, ThemePreference theme) {
        this.services = Objects.requireNonNull(services, "services");
        this.views = Objects.requireNonNull(views, "views");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.changes = new ChangeFeedPoller(services.changeFeed(), PollScheduler.daemonThread(), Platform::runLater,
                ChangeFeedPoller.DEFAULT_PERIOD);
    }

    /** Shows the sign-in form on {@code stage}; call on the FX thread. */
    public void show(Stage stage) {
        theme.apply(theme.isDark());
        LoginViewModel login = new LoginViewModel(services.authentication(), executor,
                "console:" + System.getProperty("user.name", "unknown"));
        LoginView view = new LoginView(login, user -> openMainWindow(stage, user));
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(STYLESHEET);
        stage.setTitle("Fieldwork: sign in");
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private void openMainWindow(Stage stage, LoginViewModel.SignedIn user) {
        signedIn = user;
        ViewContext context = new ViewContext(services, executor, user.actor(), changes,
                id -> mainWindow.openWorkOrder(id));
        ShellViewModel shell = new ShellViewModel(user.actor(), services.environment(), changes.stateProperty());
        mainWindow = new MainWindow(shell, views, context, theme);
        stage.setTitle("Fieldwork: " + user.actor().displayName());
        stage.getScene().setRoot(mainWindow.root());
        changes.start();
    }

    /** The main window once someone has signed in. */
    public Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(mainWindow);
    }

    /** Stops live updates and background work and signs the session out. */
    @Override
    public void close() {
        changes.close();
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        executor.close();
        if (signedIn != null) {
            try {
                services.authentication().logout(signedIn.token());
            } catch (RuntimeException e) {
                // the database may already be gone at shutdown; the session then simply expires
            }
        }
    }
}
