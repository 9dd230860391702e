package com.fieldwork.packaging;

import com.fieldwork.console.setup.DatabaseChoice;
import com.fieldwork.console.setup.DatabaseSetup.ConnectionProblem;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first-run dialog's connection test against real servers (an H2 TCP server as the office box runs it, and
 * PostgreSQL), the sentences it says when they cannot be used, and the file it saves.
 */
class OfficeDatabaseSetupTest {

    @TempDir
    Path dataDir;

    @Test
    void anH2OfficeServerAnswersAndAWrongPasswordOrAClosedPortIsSaidPlainly(@TempDir Path serverDir) throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", serverDir.toString(), "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/fieldwork";
            OfficeDatabaseSetup setup = new OfficeDatabaseSetup(dataDir);
            assertThat(setup.test(new DatabaseChoice.OfficeServer(url, "office", "first"))).startsWith("H2 ");

            assertThatThrownBy(() -> setup.test(new DatabaseChoice.OfficeServer(url, "office", "guess")))
                    .isInstanceOf(ConnectionProblem.class)
                    .hasMessage("The office server refused user office: wrong user or password");
            String closed = "jdbc:h2:tcp://localhost:" + closedPort() + "/fieldwork";
            assertThatThrownBy(() -> setup.test(new DatabaseChoice.OfficeServer(closed, "office", "first")))
                    .isInstanceOf(ConnectionProblem.class)
                    .hasMessageStartingWith("Nothing answers at localhost:")
                    .hasMessageContaining("is the office server on");
        } finally {
            server.stop();
        }
    }

    @Test
    void aPostgresqlOfficeServerAnswersAndAMissingDatabaseOrUnknownHostIsSaidPlainly() {
        DatabaseConfig postgres = TestDatabases.config(TestEngine.POSTGRESQL);
        OfficeDatabaseSetup setup = new OfficeDatabaseSetup(dataDir);
        assertThat(setupTest(setup, postgres.url(), postgres.user())).startsWith("PostgreSQL ");

        String missing = postgres.url().replaceFirst("/fieldwork\\d+", "/no_such_db");
        assertThatThrownBy(() -> setup.test(new DatabaseChoice.OfficeServer(missing, postgres.user(), "")))
                .isInstanceOf(ConnectionProblem.class).hasMessageContaining("has no such database");
        assertThatThrownBy(() -> setup.test(new DatabaseChoice.OfficeServer(
                "jdbc:postgresql://no-such-host.invalid:5432/fieldwork", "fieldwork", "x")))
                .isInstanceOf(ConnectionProblem.class)
                .hasMessage("Cannot find the computer no-such-host.invalid: check the server's name in the URL");
    }

    @Test
    void theSavedChoiceIsWhatTheNextStartReadsAndOnlyThisUserMayReadTheFile() throws Exception {
        Map<String, String> env = Map.of("FIELDWORK_DATA_DIR", dataDir.toString());
        assertThat(FirstRun.isNeeded(env, dataDir)).isTrue();
        assertThat(FirstRun.isNeeded(Map.of("FIELDWORK_DATA_DIR", dataDir.toString(),
                "FIELDWORK_DB_URL", "jdbc:postgresql://x/y"), dataDir)).isFalse();

        new OfficeDatabaseSetup(dataDir).save(new DatabaseChoice.OfficeServer(
                "jdbc:postgresql://office-pc:5432/fieldwork", "fieldwork", "p=ss word"));

        FieldworkConfig config = FieldworkConfig.load(env, dataDir);
        assertThat(config.database()).isEqualTo(new DatabaseConfig("jdbc:postgresql://office-pc:5432/fieldwork",
                "fieldwork", "p=ss word", 10));
        assertThat(config.loadDemoData()).isFalse();
        assertThat(FirstRun.isNeeded(env, dataDir)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve(FieldworkConfig.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void choosingThisComputerKeepsTheEmbeddedDefaultAndIsNotAskedAgain() throws Exception {
        Map<String, String> env = Map.of("FIELDWORK_DATA_DIR", dataDir.toString());
        new OfficeDatabaseSetup(dataDir).save(new DatabaseChoice.ThisComputer());

        assertThat(FirstRun.isNeeded(env, dataDir)).isFalse();
        assertThat(FieldworkConfig.load(env, dataDir).isEmbedded()).isTrue();
    }

    @Test
    void anInstallationWithAnEmbeddedDatabaseButNoSettingsFileIsNotAsked() throws Exception {
        Map<String, String> env = Map.of("FIELDWORK_DATA_DIR", dataDir.toString());
        assertThat(FirstRun.isNeeded(env, dataDir)).isTrue();

        Files.createDirectories(dataDir.resolve("db"));
        Files.writeString(dataDir.resolve("db").resolve("fieldwork.mv.db"), "");

        assertThat(FirstRun.isNeeded(env, dataDir)).isFalse();
    }

    private static String setupTest(OfficeDatabaseSetup setup, String url, String user) {
        try {
            return setup.test(new DatabaseChoice.OfficeServer(url, user, ""));
        } catch (ConnectionProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
