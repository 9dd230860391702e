package com.fieldwork.packaging.cli;

import ch.qos.logback.classic.Level;
import com.fieldwork.api.DemoCompanySeeder;
import com.fieldwork.api.FieldApiServer;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.packaging.logging.LogFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The field API alone, for a headless office box: no JavaFX class is loaded on this path (an ArchUnit test keeps
 * the command line free of the console). It returns once the API listens; Jetty's threads keep the process alive
 * until it is stopped (Ctrl+C, SIGTERM, a service manager), when a shutdown hook stops the API and closes the pool.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Runs the field API alone (no console, no screen needed) until the process is stopped.",
                "Logs to <data folder>/logs/fieldwork.log and the terminal; GET /health answers when it is up."})
final class ServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final LaunchEnvironment environment;
    private FieldApiServer running;

    ServerCommand(LaunchEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        FieldworkConfig config = environment.config();
        LogFiles.writeTo(config.dataDir(), Level.INFO);
        FieldApiServer server = FieldApiServer.start(config, DemoCompanySeeder.forConfig(config));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fieldwork-shutdown"));
        running = server;
        spec.commandLine().getOut().println("Fieldwork field API on " + (config.apiTls().isPresent() ? "https" : "http")
                + "://" + config.apiHost() + ":" + server.port() + " (database " + config.database().displayUrl()
                + "); stop it with Ctrl+C");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The server this command started, while it runs: the launcher leaves the process alive for it. */
    Optional<FieldApiServer> running() {
        return Optional.ofNullable(running);
    }
}
