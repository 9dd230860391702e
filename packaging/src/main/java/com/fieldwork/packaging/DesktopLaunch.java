package com.fieldwork.packaging;

import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.packaging.cli.LaunchEnvironment;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console with the field API in one process, on the configured installation: {@code fieldwork} without a
 * command. The only launcher class that touches JavaFX, so {@code fieldwork server} never loads it.
 *
 * <p>Deliberately not a JavaFX {@code Application}: started from a plain classpath (exec:java, a jar),
 * JavaFX refuses an {@code Application} main class; {@link Platform#startup} has no such check.
 */
final class DesktopLaunch {

    private static final Logger log = LoggerFactory.getLogger(DesktopLaunch.class);

    private DesktopLaunch() {
    }

    /**
     * Runs until the console's window is closed; start-up failures are thrown for the launcher to report. On a
     * workstation's first start ({@link FirstRun}) it first asks where the database is.
     */
    static int run(LaunchEnvironment environment) throws InterruptedException {
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        if (!FirstRun.askIfNeeded(environment.env(), environment.home())) {
            log.info("The first-start window was closed without a choice; nothing was saved");
            Platform.exit();
            return 0;
        }
        DesktopSession session = DesktopSession.start(environment.config());
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "fieldwork-shutdown"));
        Platform.runLater(() -> session.show(new Stage(), ConsoleViews.standard(), ThemePreference.forThisUser()));
        session.awaitClosed();
        log.info("Console closed; the field API has stopped");
        Platform.exit();
        return 0;
    }
}
