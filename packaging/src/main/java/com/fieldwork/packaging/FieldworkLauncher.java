package com.fieldwork.packaging;

import com.fieldwork.packaging.cli.FieldworkCommand;
import com.fieldwork.packaging.cli.LaunchEnvironment;
import picocli.CommandLine;

import java.time.zone.ZoneRulesProvider;

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
        // CalendarFX's ical4j adds a time-zone provider that logs while java.time first loads, and logback's start
        // loads java.time: SLF4J then replays that line with a three-line warning on stderr. Loaded first, it is quiet.
        ZoneRulesProvider.getAvailableZoneIds();
        CommandLine commandLine = FieldworkCommand.commandLine(LaunchEnvironment.ofThisProcess(),
                DesktopLaunch::run);
        int exitCode = commandLine.execute(args);
        FieldworkCommand launched = commandLine.getCommand();
        if (exitCode != 0 || !launched.keepsRunning()) {
            System.exit(exitCode);
        }
        // the server runs on Jetty's threads until the process is stopped; its shutdown hook closes it
    }
}
