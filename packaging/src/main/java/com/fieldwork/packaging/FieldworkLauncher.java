package com.fieldwork.packaging;

import com.fieldwork.packaging.cli.FieldworkCommand;
import com.fieldwork.packaging.cli.LaunchEnvironment;
import picocli.CommandLine;

/**
 * The {@code fieldwork} program: the desktop (the dispatch console with the field API in one process, on the
 * database the configuration names), {@code fieldwork server} / {@code --server} for the API alone, and the
 * maintenance commands ({@code fieldwork --help} lists them). See {@link FieldworkCommand}.
 *
 * <p>This class names no JavaFX type: the console is reached through a lambda, so a headless server never loads
 * JavaFX.
 */
public final class FieldworkLauncher {

    private FieldworkLauncher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = FieldworkCommand.commandLine(LaunchEnvironment.ofThisProcess(),
                config -> DesktopLaunch.run(config));
        int exitCode = commandLine.execute(args);
        FieldworkCommand launched = commandLine.getCommand();
        if (exitCode != 0 || !launched.keepsRunning()) {
            System.exit(exitCode);
        }
        // the server runs on Jetty's threads until the process is stopped; its shutdown hook closes it
    }
}
