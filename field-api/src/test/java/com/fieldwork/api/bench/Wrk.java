package com.fieldwork.api.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian's package {@code wrk}) with the benchmark's Lua script and reads the one line its
 * {@code done} hook prints. One connection per wrk thread: see {@code field-api.lua}.
 */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) "
            + "p99_us=(\\d+) max_us=(\\d+) non2xx=(\\d+) socket_errors=(\\d+) applied=(\\d+)");

    /** One measured run; latencies in microseconds. */
    record Result(long requests, long durationMicros, long p50Micros, long p99Micros, long maxMicros, long non2xx,
                  long socketErrors, long appliedEvents) {

        double requestsPerSecond() {
            return requests * 1_000_000.0 / durationMicros;
        }

        long errors() {
            return non2xx + socketErrors;
        }
    }

    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    /** Fails early, with the install command, on a machine without wrk. */
    static void requireInstalled() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("The load benchmark drives the server with wrk, which is not installed: "
                    + "apt-get install -y wrk (Debian/Ubuntu), then run it again", e);
        }
    }

    Result run(URI base, String scenario, Path data, int connections, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t", Integer.toString(connections), "-c", Integer.toString(connections),
                "-d", duration.toSeconds() + "s", "--timeout", "60s", "-s", script.toString(), base.toString(),
                "--", scenario, data.toString());
        Process wrk = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = wrk.waitFor();
        Matcher m = RESULT.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IOException("wrk " + scenario + " ended with exit " + exit + " and no result:\n" + output);
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                Long.parseLong(m.group(7)), Long.parseLong(m.group(8)));
    }
}
