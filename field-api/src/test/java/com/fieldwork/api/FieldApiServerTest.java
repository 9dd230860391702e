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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

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

    @Test
    void servesHttpsFromTheConfiguredKeystore() throws Exception {
        Path keystore = keystore("s3cret-pass");
        int port = freePort();
        FieldworkConfig config = FieldworkConfig.load(env("FIELDWORK_API_PORT", Integer.toString(port),
                "FIELDWORK_API_TLS_KEYSTORE", keystore.toString(), "FIELDWORK_API_TLS_PASSWORD", "s3cret-pass"), home);

        try (FieldApiServer server = FieldApiServer.start(config, DatabaseSeeder.NONE)) {
            assertThat(server.port()).isEqualTo(port);
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore, "s3cret-pass")).build();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(health.sslSession()).isPresent();
        }
    }

    @Test
    void aWrongKeystorePasswordIsAConfigurationErrorThatDoesNotRepeatIt() throws Exception {
        Path keystore = keystore("right-password");

        int exitCode = FieldApiServer.run(env("FIELDWORK_API_TLS_KEYSTORE", keystore.toString(),
                "FIELDWORK_API_TLS_PASSWORD", "wrong-password"), home, err);

        assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_CONFIGURATION);
        assertThat(errOutput().lines()).hasSize(1);
        assertThat(errOutput()).startsWith("fieldwork: the password for the TLS keystore " + keystore + " is wrong; ")
                .contains("FIELDWORK_API_TLS_PASSWORD").doesNotContain("wrong-password");
    }

    @Test
    void aMissingKeystoreIsAConfigurationErrorNamingTheFile() {
        Path missing = home.resolve("no-such.p12");

        int exitCode = FieldApiServer.run(env("FIELDWORK_API_TLS_KEYSTORE", missing.toString(),
                "FIELDWORK_API_TLS_PASSWORD", "whatever"), home, err);

        assertThat(exitCode).isEqualTo(FieldApiServer.EXIT_CONFIGURATION);
        assertThat(errOutput()).isEqualTo("fieldwork: the TLS keystore " + missing + " does not exist; check "
                + "api.tls.keystore and api.tls.password (FIELDWORK_API_TLS_KEYSTORE, FIELDWORK_API_TLS_PASSWORD) or "
                + home.resolve("data").resolve(FieldworkConfig.FILE_NAME) + System.lineSeparator());
    }

    /** A self-signed certificate for localhost made by the JDK's keytool, as an installer would. */
    private Path keystore(String password) throws IOException, InterruptedException {
        Path keystore = home.resolve("api.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "fieldwork-api",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return keystore;
    }

    /** A client that trusts exactly the server's self-signed certificate. */
    private static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            server.load(in, password.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("fieldwork-api", server.getCertificate("fieldwork-api"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
