package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.packaging.logging.LogFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fieldwork server} and {@code fieldwork --server} in-process: the API answers, the log goes to
 * {@code <data>/logs/fieldwork.log} with each request's id, and no password is ever written there.
 */
class ServerCommandTest {

    private static final String DB_PASSWORD = "Db-Pa55word-Never-Logged";
    private static final String TLS_PASSWORD = "Tls-Pa55word-Never-Logged";

    @TempDir
    Path temp;

    private FieldApiServer started;

    @AfterEach
    void stop() {
        if (started != null) {
            started.close();
        }
        LogFiles.restoreDefault();
    }

    private Path data() {
        return temp.resolve("data");
    }

    private Launch launch(int port) {
        return new Launch(data()).with("FIELDWORK_API_PORT", Integer.toString(port));
    }

    /** Runs the command line and keeps the server it started, for the test to stop. */
    private Launch.Result start(Launch launch, String... args) {
        CommandLine commandLine = launch.commandLine();
        Launch.Result result = Launch.run(commandLine, args);
        FieldworkCommand top = commandLine.getCommand();
        assertThat(top.keepsRunning()).as(result.err()).isEqualTo(result.exitCode() == 0);
        ServerCommand server = commandLine.getSubcommands().get("server").getCommand();
        started = server.running().orElse(null);
        return result;
    }

    @Test
    void serverRunsTheApiAloneAndLogsEachRequestWithItsIdToTheDataFolder() throws Exception {
        int port = freePort();
        Launch.Result result = start(launch(port), "server");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Fieldwork field API on http://127.0.0.1:" + port);
        assertThat(get(port, "/health", "ops-check-1").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = get(port, "/no-such-page", "ops-check-2");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("X-Request-Id")).contains("ops-check-2");

        started.close();
        LogFiles.restoreDefault();
        String log = Files.readString(LogFiles.logFile(data()), StandardCharsets.UTF_8);
        assertThat(log).contains("Fieldwork field API listening on http://127.0.0.1:" + port);
        assertThat(log.lines().filter(line -> line.contains("[ops-check-2]") && line.contains("GET /no-such-page 404")))
                .hasSize(1);
    }

    @Test
    void theServerOptionIsTheSameAsTheCommandAndAPortInUseIsExitCode4() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Launch.Result result = start(launch(taken.getLocalPort()), "--server");
            assertThat(result.exitCode()).isEqualTo(ExitCodes.PORT).isEqualTo(4);
            assertThat(result.err()).startsWith("fieldwork: port " + taken.getLocalPort()).hasLineCount(1);
        }
        int port = freePort();
        Launch.Result result = start(launch(port), "--server");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(get(port, "/health", "ops-check-3").statusCode()).isEqualTo(200);
    }

    @Test
    void theDatabaseAndTlsPasswordsNeverReachTheLogFile() throws Exception {
        int port = freePort();
        Path keystore = keystore(temp.resolve("api.p12"), TLS_PASSWORD);
        Launch launch = launch(port).with("FIELDWORK_DB_PASSWORD", DB_PASSWORD)
                .with("FIELDWORK_API_TLS_KEYSTORE", keystore.toString())
                .with("FIELDWORK_API_TLS_PASSWORD", TLS_PASSWORD);

        Launch.Result result = start(launch, "server");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("https://127.0.0.1:" + port).doesNotContain(DB_PASSWORD, TLS_PASSWORD);
        started.close();
        LogFiles.restoreDefault();
        String log = Files.readString(LogFiles.logFile(data()), StandardCharsets.UTF_8);
        assertThat(log).contains("listening on https").doesNotContain(DB_PASSWORD).doesNotContain(TLS_PASSWORD);
    }

    private static HttpResponse<String> get(int port, String path, String requestId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A self-signed certificate made by the JDK's keytool, as an installer would. */
    private static Path keystore(Path keystore, String password) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "fieldwork-api",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return keystore;
    }
}
