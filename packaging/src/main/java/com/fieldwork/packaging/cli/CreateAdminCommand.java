package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.organisation.NewUser;
import com.fieldwork.core.organisation.PasswordPolicy;
import com.fieldwork.core.organisation.User;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The first (or a replacement) super admin of an installation, made on the machine itself. The password is
 * typed twice without echo, or read from a file an installer wrote: never an argument, which the shell's history
 * and the process list would show. It is hashed and audited by the same repository the console uses.
 */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = {"Creates a Super Admin user who can sign in to the console.",
                "The password is asked for on the terminal (twice, not shown), or read from --password-file.",
                "Refused (exit code 5) when the username is taken."})
final class CreateAdminCommand extends MaintenanceCommand {

    @Parameters(index = "0", paramLabel = "USERNAME", description = "letters, digits and . _ @ - (stored in lower case)")
    String username;

    @Parameters(index = "1", paramLabel = "NAME", description = "the name shown in the console, e.g. \"Jordan Ellis\"")
    String name;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "read the password from the first line of FILE instead of the terminal")
    Path passwordFile;

    CreateAdminCommand(LaunchEnvironment environment) {
        super(environment);
    }

    @Override
    void run(FieldworkConfig config) {
        NewUser admin = new NewUser(username, name, Optional.empty(), Optional.empty(), Role.SUPER_ADMIN,
                OptionalLong.empty());
        char[] password = password();
        try (Database database = FieldApiServer.openDatabase(config)) {
            JooqUserRepository users = new JooqUserRepository(database.dsl(), Clock.systemUTC(), new BcryptPasswordHasher());
            users.findByUsername(admin.username()).ifPresent(taken -> {
                throw new CommandFailure(ExitCodes.REFUSED, "the username '" + taken.username() + "' is taken (by "
                        + taken.displayName() + "); choose another");
            });
            User created = users.create(admin, CharBuffer.wrap(password), Actor.system());
            out().println("Created Super Admin '" + created.username() + "' (" + created.displayName() + ") in "
                    + config.database().displayUrl());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password() {
        if (passwordFile != null) {
            return fromFile(passwordFile);
        }
        LaunchEnvironment.PasswordPrompt prompt = environment().passwords();
        char[] first = prompt.read("Password for " + username + ": ").orElseThrow(() -> new CommandFailure(
                ExitCodes.CONFIGURATION, "no terminal to type the password into; use --password-file FILE"));
        PasswordPolicy.check(CharBuffer.wrap(first));
        char[] again = prompt.read("The same password again: ").orElse(new char[0]);
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CommandFailure(ExitCodes.CONFIGURATION, "the two passwords differ; nothing was created");
        }
        return first;
    }

    /** The first line, without its line break; the rest of the file (a trailing newline) is ignored. */
    private static char[] fromFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.indexOf('\n');
            String line = end < 0 ? content : content.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (NoSuchFileException e) {
            throw new CommandFailure(ExitCodes.FILE, "there is no password file " + file, e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.FILE, "cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }
}
