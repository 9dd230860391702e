package com.fieldwork.packaging.cli;

import ch.qos.logback.classic.Level;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.packaging.logging.LogFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A command that does one job on the installation and ends: it reads the configuration, logs to the data
 * folder's log file only (its own output is the few lines it prints), and returns an {@link ExitCodes exit code}.
 * Failures are thrown ({@link CommandFailure}, or the configuration's and database's own exceptions) and turned
 * into one line by {@link FailureReport}.
 */
abstract class MaintenanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final LaunchEnvironment environment;

    MaintenanceCommand(LaunchEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public final Integer call() {
        FieldworkConfig config = environment.config();
        LogFiles.writeTo(config.dataDir(), Level.OFF);
        run(config);
        return ExitCodes.OK;
    }

    /** Does the work; returns normally only when it is done. */
    abstract void run(FieldworkConfig config);

    LaunchEnvironment environment() {
        return environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
