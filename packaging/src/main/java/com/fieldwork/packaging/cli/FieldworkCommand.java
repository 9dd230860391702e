package com.fieldwork.packaging.cli;

import ch.qos.logback.classic.Level;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.packaging.logging.LogFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code fieldwork}: without a subcommand the dispatch console with the field API in the same process, as before
 * the launcher had commands; {@code --server} (or {@code fieldwork server}) the API alone; the rest maintenance.
 */
@Command(name = "fieldwork", mixinStandardHelpOptions = true, versionProvider = FieldworkVersion.class,
        description = {"Fieldwork: work orders and dispatch for field-service companies.",
                "Without a command it opens the dispatch console, with the field API in the same process.",
                "Settings: <data folder>/fieldwork.properties and FIELDWORK_* environment variables (README.md, "
                        + "Configuration); the data folder is FIELDWORK_DATA_DIR, ~/.fieldwork by default."})
public final class FieldworkCommand implements Callable<Integer> {

    /**
     * Opens the console on the installation and returns its exit code once the window is closed. It gets the
     * environment rather than the loaded settings: on a workstation's first start it asks where the database is
     * and saves the answer before the settings are read.
     */
    @FunctionalInterface
    public interface ConsoleRunner {
        int run(LaunchEnvironment environment) throws InterruptedException;
    }

    @Option(names = "--server", description = "run the field API alone, without the console (same as 'fieldwork server')")
    boolean server;

    private final LaunchEnvironment environment;
    private final ConsoleRunner console;
    private final ServerCommand serverCommand;

    private FieldworkCommand(LaunchEnvironment environment, ConsoleRunner console) {
        this.environment = environment;
        this.console = console;
        this.serverCommand = new ServerCommand(environment);
    }

    /**
     * The launcher's whole command line, ready to {@link CommandLine#execute execute}; output and errors go to the
     * command line's writers (set them in tests).
     */
    public static CommandLine commandLine(LaunchEnvironment environment, ConsoleRunner console) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(console, "console");
        FieldworkCommand top = new FieldworkCommand(environment, console);
        CommandLine commandLine = new CommandLine(top)
                .addSubcommand(top.serverCommand)
                .addSubcommand(new MigrateCommand(environment))
                .addSubcommand(new CreateAdminCommand(environment))
                .addSubcommand(new LoadDemoCommand(environment))
                .addSubcommand(new BackupCommand(environment))
                .addSubcommand(new RestoreCommand(environment));
        FailureReport failures = new FailureReport();
        commandLine.setExecutionExceptionHandler(failures).setParameterExceptionHandler(failures);
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes());
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes()));
        return commandLine;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(ExitCodes.OK), "done");
        codes.put(Integer.toString(ExitCodes.SOFTWARE), "unexpected error (details in the log file)");
        codes.put(Integer.toString(ExitCodes.CONFIGURATION), "a wrong setting or argument");
        codes.put(Integer.toString(ExitCodes.DATABASE), "the database cannot be opened, migrated or written");
        codes.put(Integer.toString(ExitCodes.PORT), "the API's port is taken or the host is not this machine");
        codes.put(Integer.toString(ExitCodes.REFUSED), "refused: it would overwrite or duplicate something");
        codes.put(Integer.toString(ExitCodes.FILE), "a file to read or write is missing or unusable");
        return codes;
    }

    @Override
    public Integer call() throws Exception {
        if (server) {
            return serverCommand.call();
        }
        FieldworkConfig config = environment.config();
        LogFiles.writeTo(config.dataDir(), Level.INFO);
        return console.run(environment);
    }

    /** True when the command that ran started the server: the process must stay up for it. */
    public boolean keepsRunning() {
        return serverCommand.running().isPresent();
    }
}
