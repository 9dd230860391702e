package com.fieldwork.packaging;

import com.fieldwork.api.DemoCompanySeeder;
import com.fieldwork.api.FieldApiServer;
import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.db.config.ConfigException;
import com.fieldwork.db.config.FieldworkConfig;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The desktop program: the field API and the dispatch console in one process, on the database the
 * configuration names (the embedded H2 with the demo company by default; an H2 server or PostgreSQL that
 * several consoles share). Closing the console's window stops the API and closes the database.
 *
 * <p>Deliberately not a JavaFX {@code Application}: started from a plain classpath (exec:java, a jar),
 * JavaFX refuses an {@code Application} main class; {@link Platform#startup} has no such check.
 */
public final class FieldworkLauncher {

    private static final Logger log = LoggerFactory.getLogger(FieldworkLauncher.class);

    private FieldworkLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        FieldworkConfig config;
        FieldApiServer server;
        try {
            config = FieldworkConfig.load();
            server = FieldApiServer.start(config, DemoCompanySeeder.forConfig(config));
        } catch (ConfigException e) {
            System.err.println("fieldwork: " + e.getMessage());
            System.exit(FieldApiServer.EXIT_CONFIGURATION);
            return;
        } catch (FieldApiServer.StartupFailure e) {
            System.err.println("fieldwork: " + e.getMessage());
            System.exit(e.exitCode());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fieldwork-shutdown"));
        ConsoleServices services = ConsoleWiring.services(server.database(), config.dataDir().resolve("files"),
                Clock.systemDefaultZone(), config.isEmbedded(), apiUrl(config, server));
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            ConsoleApp console = new ConsoleApp(services, ConsoleViews.standard(), ThemePreference.forThisUser());
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                console.close();
                closed.countDown();
            });
            console.show(stage);
        });
        closed.await();
        log.info("Console closed");
        server.close();
        Platform.exit();
    }

    static String apiUrl(FieldworkConfig config, FieldApiServer server) {
        return (config.apiTls().isPresent() ? "https" : "http") + "://" + config.apiHost() + ":" + server.port();
    }
}
