package com.fieldwork.packaging;

import com.fieldwork.api.DemoCompanySeeder;
import com.fieldwork.api.FieldApiServer;
import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.db.config.FieldworkConfig;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * One desktop run: the field API (with its database) started from the configuration, and the console
 * shown on a stage. When the stage closes, the console stops its background work and signs out, then
 * the API stops and the database pool closes.
 */
public final class DesktopSession {

    private final FieldApiServer server;
    private final ConsoleServices services;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DesktopSession(FieldApiServer server, ConsoleServices services) {
        this.server = server;
        this.services = services;
    }

    /**
     * Opens the database, seeds the demo company if the configuration asks for it, starts the API.
     *
     * @throws FieldApiServer.StartupFailure as {@link FieldApiServer#start} does
     */
    public static DesktopSession start(FieldworkConfig config) {
        Objects.requireNonNull(config, "config");
        FieldApiServer server = FieldApiServer.start(config, DemoCompanySeeder.forConfig(config));
        try {
            ConsoleServices services = ConsoleWiring.services(server.database(), config.dataDir().resolve("files"),
                    Clock.systemDefaultZone(), config.isEmbedded(), apiUrl(config, server),
                    MapSettings.from(FieldworkConfig.fileSettings(config.dataDir()), System.getenv()));
            return new DesktopSession(server, services);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Shows the console's sign-in on {@code stage}; call on the FX thread. */
    public ConsoleApp show(Stage stage, ConsoleViews views, ThemePreference theme) {
        ConsoleApp console = new ConsoleApp(services, views, theme);
        stage.setOnHidden(e -> {
            console.close();
            close();
        });
        console.show(stage);
        return console;
    }

    /** Waits until the console's window has been closed and everything stopped. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops the API and closes the database; safe to call twice. */
    public void close() {
        server.close();
        closed.countDown();
    }

    public FieldApiServer server() {
        return server;
    }

    public ConsoleServices services() {
        return services;
    }

    static String apiUrl(FieldworkConfig config, FieldApiServer server) {
        return (config.apiTls().isPresent() ? "https" : "http") + "://" + config.apiHost() + ":" + server.port();
    }
}
