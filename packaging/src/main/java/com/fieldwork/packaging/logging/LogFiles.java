package com.fieldwork.packaging.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The launcher's log: {@code <data folder>/logs/fieldwork.log}, rolled daily and at 10 MB, 30 days kept, plus
 * the console. Logback cannot know the data folder when it starts (the configuration names it), so the launcher
 * switches to this setup as soon as the configuration is read; everything before that is the default
 * {@code logback.xml}'s console output.
 */
public final class LogFiles {

    private static final String SETUP = "/com/fieldwork/packaging/logging/fieldwork-logback.xml";

    private LogFiles() {
    }

    /** Where the current log file of an installation is. */
    public static Path logFile(Path dataDir) {
        return logDir(dataDir).resolve("fieldwork.log");
    }

    private static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /**
     * Sends the log to the data folder's log file and, from {@code consoleLevel} up, to the console
     * ({@link Level#OFF}: the file only).
     */
    public static void writeTo(Path dataDir, Level consoleLevel) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(consoleLevel, "consoleLevel");
        LoggerContext context = logback();
        if (context == null) {
            return;
        }
        URL setup = LogFiles.class.getResource(SETUP);
        context.reset();
        context.putProperty("LOG_DIR", logDir(dataDir).toAbsolutePath().toString());
        context.putProperty("CONSOLE_LEVEL", consoleLevel.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(setup);
        } catch (JoranException e) {
            // logback has printed its own status lines; the program runs on, logging to the console
            restoreDefault();
        }
    }

    /**
     * Back to the default console-only setup, flushing and closing the log file (tests that point the log at a
     * temporary folder they are about to delete).
     */
    public static void restoreDefault() {
        LoggerContext context = logback();
        if (context == null) {
            return;
        }
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            // the default setup is bundled and valid; nothing more to do without a log to say it in
        }
    }

    private static LoggerContext logback() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LoggerContext context ? context : null;
    }
}
