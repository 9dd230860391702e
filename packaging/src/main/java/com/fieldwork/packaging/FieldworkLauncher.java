package com.fieldwork.packaging;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.db.config.ConfigException;
import com.fieldwork.db.config.FieldworkConfig;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop program: the field API and the dispatch console in one process, on the database the
 * configuration names (the embedded H2 with the demo company by default; an H2 server or PostgreSQL that
 * several consoles share, set exactly as for the API alone). Closing the console's window stops the API
 * and closes the database.
 *
 * <p>Deliberately not a JavaFX {@code Application}: started from a plain classpath (exec:java, a jar),
 * JavaFX refuses an {@code Application} main class; {@link Platform#startup} has no such check.
 */
public final class FieldworkLauncher {

    private static final Logger log = LoggerFactory.getLogger(FieldworkLauncher.class);

    private FieldworkLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        DesktopSession session;
        try {
            session = DesktopSession.start(FieldworkConfig.load());
        } catch (ConfigException e) {
            System.err.println("fieldwork: " + e.getMessage());
            System.exit(FieldApiServer.EXIT_CONFIGURATION);
            return;
        } catch (FieldApiServer.StartupFailure e) {
            System.err.println("fieldwork: " + e.getMessage());
            System.exit(e.exitCode());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "fieldwork-shutdown"));
        Platform.setImplicitExit(false);
        Platform.startup(() -> session.show(new Stage(), ConsoleViews.standard(), ThemePreference.forThisUser()));
        session.awaitClosed();
        log.info("Console closed; the field API has stopped");
        Platform.exit();
    }
}
