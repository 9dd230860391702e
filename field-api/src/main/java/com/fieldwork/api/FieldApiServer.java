package com.fieldwork.api;

import com.fieldwork.db.Database;
import com.fieldwork.db.config.ConfigException;
import com.fieldwork.db.config.FieldworkConfig;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The field API as a process of its own: reads the configuration, opens (and migrates) the
 * database, seeds it if asked, and serves (HTTP, or HTTPS when {@code api.tls.keystore} is set) until
 * the JVM shuts down. A mistake the user can fix ends the process with one line on stderr and an exit
 * code that says which kind it was.
 *
 * <p>Embedding: a program that runs the API inside its own process (the console on a one-workstation
 * install) calls {@link #start(FieldworkConfig, DatabaseSeeder)} and keeps the returned server; {@link #close()}
 * stops it and closes its database. {@link #main} is only the standalone process around that.
 */
public final class FieldApiServer implements AutoCloseable {

    public static final int EXIT_CONFIGURATION = 2;
    public static final int EXIT_DATABASE = 3;
    public static final int EXIT_PORT = 4;

    private static final Logger log = LoggerFactory.getLogger(FieldApiServer.class);

    private final Javalin app;
    private final Database database;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FieldApiServer(Javalin app, Database database) {
        this.app = app;
        this.database = database;
    }

    public static void main(String[] args) {
        int exitCode = run(System.getenv(), Path.of(System.getProperty("user.home")), System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
        // otherwise Jetty's threads keep the JVM alive until it is told to stop
    }

    /**
     * Starts the server and returns 0 (it keeps running, stopped by a shutdown hook), or prints the
     * reason to {@code err} and returns the exit code. Testable: nothing here calls System.exit.
     */
    static int run(Map<String, String> env, Path home, PrintStream err) {
        try {
            FieldworkConfig config = FieldworkConfig.load(env, home);
            FieldApiServer server = start(config, DemoCompanySeeder.forConfig(config));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fieldwork-shutdown"));
            return 0;
        } catch (ConfigException e) {
            err.println("fieldwork: " + e.getMessage());
            return EXIT_CONFIGURATION;
        } catch (StartupFailure e) {
            err.println("fieldwork: " + e.getMessage());
            return e.exitCode;
        }
    }

    /**
     * Opens the database, lets {@code seeder} fill it if it is new, and starts listening on
     * {@code config.apiHost():config.apiPort()}. Whatever fails, nothing is left open.
     *
     * @throws StartupFailure when the TLS keystore cannot be used, the database cannot be opened or seeded,
     *                        or the port cannot be bound
     */
    public static FieldApiServer start(FieldworkConfig config, DatabaseSeeder seeder) {
        return start(config, seeder, routes -> { });
    }

    /**
     * As {@link #start(FieldworkConfig, DatabaseSeeder)}, with routes of the caller's own next to the real
     * ones: the load benchmark's server adds the hello-world route it measures the others against.
     */
    static FieldApiServer start(FieldworkConfig config, DatabaseSeeder seeder, Consumer<JavalinConfig> extraRoutes) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(seeder, "seeder");
        Objects.requireNonNull(extraRoutes, "extraRoutes");
        Optional<HttpsConnector> https = https(config);
        Database database = openDatabase(config);
        try {
            seed(config, database, seeder);
            Javalin app = FieldApi.create(FieldApiContext.of(database, config.dataDir().resolve("files")),
                    extraRoutes.andThen(javalin -> https.ifPresent(
                            connector -> connector.install(javalin, config.apiHost(), config.apiPort()))));
            listen(config, app);
            log.info("Fieldwork field API listening on {}://{}:{} (database {} {})", https.isPresent() ? "https" : "http",
                    config.apiHost(), app.port(), database.engine(), config.database().displayUrl());
            return new FieldApiServer(app, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The keystore is opened before anything else, so a TLS mistake costs no database start. */
    private static Optional<HttpsConnector> https(FieldworkConfig config) {
        try {
            return config.apiTls().map(tls -> HttpsConnector.open(tls.path(), tls.password()));
        } catch (IllegalArgumentException e) {
            throw new StartupFailure(EXIT_CONFIGURATION, e.getMessage() + "; check api.tls.keystore and "
                    + "api.tls.password (FIELDWORK_API_TLS_KEYSTORE, FIELDWORK_API_TLS_PASSWORD) or "
                    + settingsFile(config), e);
        }
    }

    /**
     * Opens (and migrates) the configured database as the server does, for the launcher's maintenance commands too.
     *
     * @throws StartupFailure with {@link #EXIT_DATABASE} and one line naming the settings to check
     */
    public static Database openDatabase(FieldworkConfig config) {
        try {
            return Database.open(config.database());
        } catch (RuntimeException e) {
            throw new StartupFailure(EXIT_DATABASE, "cannot open the database " + config.database().displayUrl() + ": "
                    + rootMessage(e) + "; check db.url, db.user and db.password (FIELDWORK_DB_URL, FIELDWORK_DB_USER, "
                    + "FIELDWORK_DB_PASSWORD) or " + settingsFile(config), e);
        }
    }

    private static void seed(FieldworkConfig config, Database database, DatabaseSeeder seeder) {
        try {
            seeder.seedIfEmpty(database);
        } catch (RuntimeException e) {
            throw new StartupFailure(EXIT_DATABASE, "cannot load the starting data into " + config.database().displayUrl()
                    + ": " + rootMessage(e), e);
        }
    }

    private static void listen(FieldworkConfig config, Javalin app) {
        try {
            app.start(config.apiHost(), config.apiPort());
        } catch (RuntimeException e) {
            app.stop();
            String where = "port " + config.apiPort() + " on " + config.apiHost();
            String problem = isPortInUse(e)
                    ? where + " is already in use; set FIELDWORK_API_PORT or api.port"
                    : "cannot listen on " + where + ": " + rootMessage(e) + "; check FIELDWORK_API_HOST or api.host";
            throw new StartupFailure(EXIT_PORT, problem + " in " + settingsFile(config), e);
        }
    }

    private static Path settingsFile(FieldworkConfig config) {
        return config.dataDir().resolve(FieldworkConfig.FILE_NAME);
    }

    /** A BindException also says "Cannot assign requested address" when the host is not this machine's. */
    private static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException && String.valueOf(t.getMessage()).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // drivers and Flyway write several lines; the user gets one
        return message.strip().replaceAll("\\s+", " ");
    }

    /**
     * The open database the API serves from: a program that embeds the API (the console's launcher) builds
     * its own services on it, so both share one connection pool and one set of migrations.
     */
    public Database database() {
        return database;
    }

    /** The port actually bound (useful when the configuration asked for any free port). */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, then closes the database; safe to call twice (shutdown hook and caller). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            log.info("Fieldwork field API stopping");
            app.stop();
            database.close();
        }
    }

    /** A start-up failure the user can fix, with the exit code that names its kind. */
    public static final class StartupFailure extends RuntimeException {

        private final int exitCode;

        StartupFailure(int exitCode, String message, Throwable cause) {
            super(message, cause);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
