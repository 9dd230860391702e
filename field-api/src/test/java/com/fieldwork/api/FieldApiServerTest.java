package com.fieldwork.api;

import com.fieldwork.db.config.FieldworkConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FieldApiServerTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path home;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String errOutput() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** A private in-memory database, so no test leaves a file or a running server behind. */
    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("FIELDWORK_DATA_DIR", home.resolve("data").toString());
        env.put("FIELDWORK_DB_URL", "jdbc:h2:mem:server" + DATABASES.incrementAndGet());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void aPortThatIsNotANumberIsAConfigurationErrorOnOneLine() {
        int exitCode = FieldApiServer.run(env("FIELDWORK_API_PORT", "abc"), home, err);

        assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_CONFIGURATION).isEqualTo(2);
        assertThat(errOutput()).isEqualTo("fieldwork: Setting api.port (environment variable FIELDWORK_API_PORT) is 'abc':"
                + " expected a whole number from 1 to 65535" + System.lineSeparator());
    }

    @Test
    void aPortInUseIsExitCode4NamingThePortAndHowToChangeIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());

            int exitCode = FieldApiServer.run(env("FIELDWORK_API_PORT", port), home, err);

            assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_PORT).isEqualTo(4);
            assertThat(errOutput().lines()).hasSize(1);
            assertThat(errOutput()).startsWith("fieldwork: port " + port + " on 127.0.0.1 is already in use; set FIELDWORK_API_PORT")
                    .contains(home.resolve("data").resolve(FieldworkConfig.FILE_NAME).toString());
        }
    }

    @Test
    void aHostThatIsNotThisMachineIsExitCode4NamingTheHostSetting() {
        // TEST-NET-3 (RFC 5737) is never assigned to a local interface; binding fails locally, nothing is sent
        int exitCode = FieldApiServer.run(env("FIELDWORK_API_HOST", "203.0.113.7"), home, err);

        assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_PORT);
        assertThat(errOutput().lines()).hasSize(1);
        assertThat(errOutput()).startsWith("fieldwork: cannot listen on port 7070 on 203.0.113.7: ")
                .contains("FIELDWORK_API_HOST");
    }

    @Test
    void someoneElsesDatabaseIsExitCode3OnOneLine() throws Exception {
        // a schema without our migration history: Flyway refuses at once (an unreachable server would
        // also give 3, but only after the pool's 10 s start-up timeout)
        String url = "jdbc:h2:file:" + home.resolve("foreign").toString().replace('\\', '/');
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table someone_elses_table (id int)");
        }

        int exitCode = FieldApiServer.run(env("FIELDWORK_DB_URL", url), home, err);

        assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_DATABASE).isEqualTo(3);
        assertThat(errOutput().lines()).hasSize(1);
        assertThat(errOutput()).startsWith("fieldwork: cannot open the database " + url + ": ")
                .contains("FIELDWORK_DB_URL");
    }

    @Test
    void startsSeedsServesAndStops() throws Exception {
        int port = freePort();
        FieldworkConfig config = FieldworkConfig.load(env("FIELDWORK_API_PORT", Integer.toString(port)), home);
        AtomicInteger seeded = new AtomicInteger();

        try (FieldApiServer server = FieldApiServer.start(config, database -> seeded.incrementAndGet())) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(seeded).hasValue(1);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"version\":\"0.1.0-SNAPSHOT\"");
        }
        // the port is free again once the server is closed
        new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
