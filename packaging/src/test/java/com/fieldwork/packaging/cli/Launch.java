package com.fieldwork.packaging.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The launcher run in-process, as {@code fieldwork ARGS} would run on a data folder of the test's own: what it
 * printed, on which stream, and its exit code. The console is never opened (a runner that fails the test).
 */
final class Launch {

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private LaunchEnvironment.PasswordPrompt passwords = LaunchEnvironment.PasswordPrompt.NONE;

    Launch(Path dataDir) {
        this.home = dataDir.getParent();
        env.put("FIELDWORK_DATA_DIR", dataDir.toString());
        // the embedded database's demo is loaded only where a test asks for it
        env.put("FIELDWORK_DEMO_DATA", "false");
    }

    Launch with(String name, String value) {
        env.put(name, value);
        return this;
    }

    Launch typing(LaunchEnvironment.PasswordPrompt passwords) {
        this.passwords = passwords;
        return this;
    }

    Result run(String... args) {
        CommandLine commandLine = commandLine();
        return run(commandLine, args);
    }

    CommandLine commandLine() {
        return FieldworkCommand.commandLine(new LaunchEnvironment(env, home, passwords), environment -> {
            throw new AssertionError("the console was opened");
        });
    }

    static Result run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
