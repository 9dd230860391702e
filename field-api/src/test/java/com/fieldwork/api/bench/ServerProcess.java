package com.fieldwork.api.bench;

import com.fieldwork.api.BenchServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server under test as a process of its own (so its memory is its own to measure): a {@code java}
 * with a fixed heap running {@link BenchServer} on a fresh data folder, which loads the demo company.
 * While it runs its resident set is sampled from {@code /proc}; the kernel's high-water mark
 * ({@code VmHWM}) catches any peak between samples.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    /** USER_HZ: 100 on every Linux architecture Java runs on here. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final URI base;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peakSampledKb = new AtomicLong();

    private ServerProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static ServerProcess start(Path dataDir, String maxHeap, Path log) throws IOException, InterruptedException {
        return start(dataDir, maxHeap, log, true);
    }

    /**
     * The server on the data folder's embedded H2 database; {@code loadDemoData} false for a database the test
     * has filled itself. Its output is appended to {@code log}, so a restart on the same folder keeps both runs.
     */
    public static ServerProcess start(Path dataDir, String maxHeap, Path log, boolean loadDemoData)
            throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap));
        String recording = System.getProperty("bench.jfr", "");
        if (!recording.isBlank()) {
            // -Dbench.jfr=server.jfr: a CPU profile of the server for the whole run (jfr print --events ExecutionSample)
            command.add("-XX:FlightRecorderOptions=stackdepth=1024");
            command.add("-XX:StartFlightRecording=filename=" + Path.of(recording).toAbsolutePath() + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FIELDWORK_DATA_DIR", dataDir.toString());
        builder.environment().put("FIELDWORK_API_HOST", "127.0.0.1");
        builder.environment().put("FIELDWORK_API_PORT", Integer.toString(port));
        builder.environment().put("FIELDWORK_DEMO_DATA", Boolean.toString(loadDemoData));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServerProcess server = new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        try {
            server.awaitReady(log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        server.sampler.scheduleAtFixedRate(server::sample, 0, 100, TimeUnit.MILLISECONDS);
        return server;
    }

    public URI base() {
        return base;
    }

    /** SIGKILL, as {@code kill -9} or a power cut of the process: no shutdown hook, no closing of the database. */
    public void kill() throws InterruptedException {
        sampler.shutdownNow();
        process.destroyForcibly().waitFor();
    }

    long pid() {
        return process.pid();
    }

    /** The highest resident set seen by sampling, in KiB. */
    long peakSampledRssKb() {
        sample();
        return peakSampledKb.get();
    }

    /** The kernel's own peak resident set of the process since it started, in KiB. */
    long highWaterMarkKb() {
        return statusField("VmHWM");
    }

    /**
     * CPU time the server process has used so far (user + system, all threads: request handling, JIT and
     * GC), in milliseconds. Per request it is a figure that other load on a shared machine barely moves,
     * unlike requests/s.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException gone) {
            return 0;
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest hello = HttpRequest.newBuilder(base.resolve(BenchServer.HELLO_PATH)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The server stopped during start-up (exit " + process.exitValue()
                        + "); its log is " + log);
            }
            try {
                if (client.send(hello, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still migrating or loading the demo company
            }
            Thread.sleep(250);
        }
        throw new IOException("The server did not answer within " + STARTUP_LIMIT + "; see " + log);
    }

    private void sample() {
        long rss = statusField("VmRSS");
        peakSampledKb.accumulateAndGet(rss, Math::max);
    }

    private long statusField(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
            for (String line : lines) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException gone) {
            // the process has ended; keep what was seen
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server as a shutdown would (SIGTERM: its hook closes the database), forcibly after 30 s. */
    @Override
    public void close() {
        sampler.shutdownNow();
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
