package com.fieldwork.packaging.cli;

import com.fieldwork.db.config.FieldworkConfig;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command reads from the process it runs in, given rather than looked up so tests run commands
 * in-process on their own data folders: the environment variables, the home folder, and the terminal a
 * password is typed into (none when input is piped or in tests).
 */
public record LaunchEnvironment(Map<String, String> env, Path home, PasswordPrompt passwords) {

    public LaunchEnvironment {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(passwords, "passwords");
    }

    /** This process: its environment, the user's home and the terminal, if there is one. */
    public static LaunchEnvironment ofThisProcess() {
        return new LaunchEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
                PasswordPrompt.of(System.console()));
    }

    /** The installation's settings; a wrong one is a {@link com.fieldwork.db.config.ConfigException}. */
    public FieldworkConfig config() {
        return FieldworkConfig.load(env, home);
    }

    /** Reads a password without echoing it. */
    @FunctionalInterface
    public interface PasswordPrompt {

        /** @return the typed password, or empty when there is no terminal to type it into */
        Optional<char[]> read(String prompt);

        PasswordPrompt NONE = prompt -> Optional.empty();

        static PasswordPrompt of(Console console) {
            return console == null ? NONE : prompt -> Optional.ofNullable(console.readPassword("%s", prompt));
        }
    }
}
