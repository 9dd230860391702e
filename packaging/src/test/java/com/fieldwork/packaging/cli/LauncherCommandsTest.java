package com.fieldwork.packaging.cli;

import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.core.security.Role;
import com.fieldwork.packaging.logging.LogFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's maintenance commands run in-process on a fresh data folder: exit codes, messages, effects. */
class LauncherCommandsTest {

    private static final List<String> COMMANDS = List.of("server", "migrate", "create-admin", "load-demo", "backup",
            "restore");

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private Launch launch() {
        return new Launch(data());
    }

    @AfterEach
    void closeLogFile() {
        LogFiles.restoreDefault();
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        Launch.Result top = launch().run("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("Usage: fieldwork", "--server", "Exit codes:", "refused");
        assertThat(top.out()).contains(COMMANDS);
        for (String command : COMMANDS) {
            Launch.Result help = launch().run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: fieldwork " + command, "Exit codes:");
            assertThat(help.err()).as(command).isEmpty();
        }
    }

    @Test
    void versionNamesTheBuild() {
        Launch.Result version = launch().run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Fieldwork 0.").contains("Java ");
    }

    @Test
    void aWrongArgumentIsOneLineAndExitCode2() {
        Launch.Result result = launch().run("backup");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONFIGURATION).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("fieldwork: Missing required parameter: 'FILE'")
                .contains("'fieldwork backup --help' shows the usage");
    }

    @Test
    void aWrongSettingIsOneLineAndExitCode2() {
        Launch.Result result = launch().with("FIELDWORK_DB_POOL_SIZE", "many").run("migrate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("fieldwork: Setting db.pool-size (environment variable "
                + "FIELDWORK_DB_POOL_SIZE) is 'many': expected a whole number from 1 to 200" + System.lineSeparator());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLineAndExitCode3() throws IOException {
        Path notADatabase = temp.resolve("not-a-db.mv.db");
        Files.writeString(notADatabase, "this is not an H2 file");
        String url = "jdbc:h2:file:" + temp.resolve("not-a-db").toString().replace('\\', '/');
        Launch.Result result = launch().with("FIELDWORK_DB_URL", url).run("migrate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.DATABASE).isEqualTo(3);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("fieldwork: cannot open the database " + url);
    }

    @Test
    void migrateBringsANewDatabaseToTheNewestSchemaAndLogsToTheDataFolder() throws IOException {
        Launch.Result result = launch().run("migrate");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("is at schema version 12; nothing is pending");
        LogFiles.restoreDefault();
        assertThat(Files.readString(LogFiles.logFile(data()))).contains("at schema version 12");
    }

    @Test
    void createAdminHashesThePasswordFromAFileAndRefusesATakenUsername() throws IOException {
        Path passwordFile = temp.resolve("password.txt");
        Files.writeString(passwordFile, "correct-horse-battery\n");

        Launch.Result created = launch().run("create-admin", "Owner", "Olivia Owner", "--password-file",
                passwordFile.toString());

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created Super Admin 'owner' (Olivia Owner)").doesNotContain("correct-horse");
        try (Database database = openDatabase()) {
            var users = new JooqUserRepository(database.dsl(), Clock.systemUTC(), new BcryptPasswordHasher());
            assertThat(users.verifyPassword("owner", "correct-horse-battery")).isPresent()
                    .get().satisfies(user -> assertThat(user.role()).isEqualTo(Role.SUPER_ADMIN));
        }

        Launch.Result again = launch().run("create-admin", "owner", "Someone Else", "--password-file",
                passwordFile.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED).isEqualTo(5);
        assertThat(again.err()).isEqualTo("fieldwork: the username 'owner' is taken (by Olivia Owner); choose another"
                + System.lineSeparator());
        LogFiles.restoreDefault();
        assertThat(Files.readString(LogFiles.logFile(data()))).doesNotContain("correct-horse");
    }

    @Test
    void createAdminReadsThePasswordTwiceFromTheTerminal() {
        ArrayDeque<String> typed = new ArrayDeque<>(List.of("typed-secret-1", "typed-secret-1"));
        Launch.Result created = launch().typing(prompt -> Optional.of(typed.pop().toCharArray()))
                .run("create-admin", "boss", "Bo Boss");
        assertThat(created.exitCode()).as(created.err()).isZero();

        ArrayDeque<String> mistyped = new ArrayDeque<>(List.of("typed-secret-1", "typed-secret-2"));
        Launch.Result differ = launch().typing(prompt -> Optional.of(mistyped.pop().toCharArray()))
                .run("create-admin", "boss2", "Bo Boss");
        assertThat(differ.exitCode()).isEqualTo(2);
        assertThat(differ.err()).isEqualTo("fieldwork: the two passwords differ; nothing was created"
                + System.lineSeparator());
    }

    @Test
    void createAdminWithoutATerminalOrFileOrWithAShortPasswordIsRefusedOnOneLine() throws IOException {
        Launch.Result noTerminal = launch().run("create-admin", "boss", "Bo Boss");
        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("use --password-file").hasLineCount(1);

        Launch.Result noFile = launch().run("create-admin", "boss", "Bo Boss", "--password-file",
                temp.resolve("missing.txt").toString());
        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.FILE).isEqualTo(6);
        assertThat(noFile.err()).startsWith("fieldwork: there is no password file ").hasLineCount(1);

        Path shortPassword = temp.resolve("short.txt");
        Files.writeString(shortPassword, "short");
        Launch.Result tooShort = launch().run("create-admin", "boss", "Bo Boss", "--password-file",
                shortPassword.toString());
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).isEqualTo("fieldwork: A password needs at least 10 characters"
                + System.lineSeparator());

        Launch.Result badName = launch().run("create-admin", "bo boss", "Bo Boss", "--password-file",
                shortPassword.toString());
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).startsWith("fieldwork: A username uses letters").hasLineCount(1);
    }

    @Test
    void backupAndRestoreOfPostgresqlPointToItsOwnTools() {
        Launch postgres = launch().with("FIELDWORK_DB_URL", "jdbc:postgresql://127.0.0.1:1/fieldwork");

        Launch.Result backup = postgres.run("backup", temp.resolve("b.zip").toString());
        assertThat(backup.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(backup.err()).contains("pg_dump --format=custom").hasLineCount(1);
        Launch.Result restore = postgres.run("restore", temp.resolve("b.zip").toString());
        assertThat(restore.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(restore.err()).contains("pg_restore").hasLineCount(1);
        assertThat(Files.exists(temp.resolve("b.zip"))).isFalse();
    }

    private Database openDatabase() {
        FieldworkConfig config = FieldworkConfig.load(java.util.Map.of("FIELDWORK_DATA_DIR", data().toString()), temp);
        DatabaseConfig db = config.database();
        return Database.open(db);
    }
}
