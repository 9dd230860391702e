package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.db.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every failure of a command as one line on stderr ({@code fieldwork: ...}) and the exit code of its kind; never a
 * stack trace on the terminal. Only a failure nobody foresaw is logged with its trace, in the log file.
 */
final class FailureReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FailureReport.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        int exitCode = exitCode(e);
        String message = e.getMessage();
        if (exitCode == ExitCodes.SOFTWARE) {
            log.error("fieldwork {} failed", command.getCommandName(), e);
            message = "unexpected error: " + rootMessage(e) + " (the log file in the data folder's logs/ has the details)";
        }
        command.getErr().println("fieldwork: " + oneLine(message));
        command.getErr().flush();
        return exitCode;
    }

    /** A usage mistake: the message and where the usage is, instead of picocli's whole usage text. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println("fieldwork: " + oneLine(e.getMessage()) + " ('" + name + " --help' shows the usage)");
        command.getErr().flush();
        return ExitCodes.CONFIGURATION;
    }

    private static int exitCode(Exception e) {
        if (e instanceof CommandFailure failure) {
            return failure.exitCode();
        }
        if (e instanceof FieldApiServer.StartupFailure failure) {
            return failure.exitCode();
        }
        if (e instanceof ConfigException || e instanceof ValidationException) {
            return ExitCodes.CONFIGURATION;
        }
        if (e instanceof ConflictException) {
            return ExitCodes.REFUSED;
        }
        return ExitCodes.SOFTWARE;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": "
                + root.getMessage();
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s+", " ");
    }
}
