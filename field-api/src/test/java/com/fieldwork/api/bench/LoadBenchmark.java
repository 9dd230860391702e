package com.fieldwork.api.bench;

import com.fieldwork.api.bench.DemoJobs.Job;
import com.fieldwork.api.bench.DemoJobs.Technician;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The field API load benchmark (issue 3, "Measured"): starts the server as its own process on a fresh
 * embedded database with the demo company, drives it over loopback with wrk, and prints requests/s and
 * p50/p99 of each route next to the hello-world route measured in the same run, plus the server's peak
 * resident memory. Run by {@code ./mvnw -Pbench -pl field-api -am -DskipTests verify}; not a test.
 *
 * <p>System properties: {@code bench.connections} (16), {@code bench.sync-connections} (4), {@code bench.seconds} (10 per scenario),
 * {@code bench.warmup} (10 per scenario), {@code bench.heap} (256m), {@code bench.dir} (target/bench).
 */
public final class LoadBenchmark {

    static final int SYNC_BATCH = 100;
    static final double GOAL_RATIO = 0.40;
    static final long GOAL_P99_MICROS = 25_000;
    static final long GOAL_RSS_KB = 512 * 1024;

    private final int connections = Integer.getInteger("bench.connections", 16);
    /** A batch of 100 events is 100 transactions: fewer phones at once, or no batch finishes in the run. */
    private final int syncConnections = Integer.getInteger("bench.sync-connections", 4);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    private final String heap = System.getProperty("bench.heap", "256m");
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    private record Row(String scenario, Wrk.Result result, long serverCpuMillis) {

        double cpuMillisPerRequest() {
            return result.requests() == 0 ? 0 : (double) serverCpuMillis / result.requests();
        }
    }

    private void run() throws Exception {
        Wrk.requireInstalled();
        Files.createDirectories(dir);
        Path script = copyScript();
        Path dataDir = Files.createTempDirectory("fieldwork-bench-");
        Path serverLog = dir.resolve("server.log");
        print("Field API load benchmark: %d cores, server -Xmx%s, wrk with %d connections (sync: %d), %s warm-up "
                        + "and %s measured per scenario%nStarting the server on a fresh embedded database with the demo company (%s)...",
                Runtime.getRuntime().availableProcessors(), heap, connections, syncConnections, warmup.toSeconds() + " s",
                measured.toSeconds() + " s", dataDir);
        List<Row> rows = new ArrayList<>();
        long peakSampled;
        long highWater;
        try (ServerProcess server = ServerProcess.start(dataDir, heap, serverLog)) {
            print("Server pid %d at %s, started with %d MB resident", server.pid(), server.base(),
                    server.peakSampledRssKb() / 1024);
            DemoJobs demo = new DemoJobs(server.base());
            Wrk wrk = new Wrk(script);
            List<Technician> technicians = demo.technicians();
            print("%d technicians signed in, %d with visits today, %d jobs they can move back and forth",
                    technicians.size(), technicians.stream().filter(Technician::busyToday).count(),
                    technicians.stream().mapToInt(t -> t.movableJobs().size()).sum());

            // versions move with every status change: the status data is read again before each run
            Map<String, Supplier<String>> scenarios = new LinkedHashMap<>();
            scenarios.put("hello", LoadBenchmark::helloData);
            scenarios.put("visits", () -> visitsData(technicians));
            scenarios.put("status", () -> statusData(fresh(demo)));
            scenarios.put("sync", () -> syncData(technicians));
            // -Dbench.scenarios=hello,status: a subset, e.g. for a profile of one route (the first stays the baseline)
            String only = System.getProperty("bench.scenarios", "");
            if (!only.isBlank()) {
                scenarios.keySet().retainAll(List.of(only.split(",")));
            }
            // the JIT needs a minute of every route before the figures settle (CPU per status change
            // falls about fourfold): one warm-up round of all of them, then one measured round
            print("Warm-up: every scenario for %d s", warmup.toSeconds());
            for (var scenario : scenarios.entrySet()) {
                warmUp(wrk, server, scenario.getKey(), scenario.getValue());
            }
            print("Measured: every scenario for %d s", measured.toSeconds());
            for (var scenario : scenarios.entrySet()) {
                rows.add(measure(wrk, server, scenario.getKey(), scenario.getValue()));
            }
            peakSampled = server.peakSampledRssKb();
            highWater = server.highWaterMarkKb();
        } finally {
            deleteTree(dataDir);
        }
        report(rows, peakSampled, highWater, serverLog);
    }

    private void warmUp(Wrk wrk, ServerProcess server, String scenario, Supplier<String> data)
            throws IOException, InterruptedException {
        Path file = dir.resolve(scenario + "-data.lua");
        Files.writeString(file, data.get());
        Wrk.Result warm = wrk.run(server.base(), scenario, file, connectionsOf(scenario), warmup);
        print("  %-7s %8.1f req/s%s", scenario, warm.requestsPerSecond(),
                warm.errors() > 0 ? "  !!! " + warm.errors() + " errors" : "");
    }

    private Row measure(Wrk wrk, ServerProcess server, String scenario, Supplier<String> data)
            throws IOException, InterruptedException {
        Path file = dir.resolve(scenario + "-data.lua");
        Files.writeString(file, data.get());
        long cpuBefore = server.cpuMillis();
        Wrk.Result result = wrk.run(server.base(), scenario, file, connectionsOf(scenario), measured);
        Row row = new Row(scenario, result, server.cpuMillis() - cpuBefore);
        print("  %-7s %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  server CPU %.2f ms/request  errors %d  "
                        + "(server RSS so far %d MB)", scenario, result.requestsPerSecond(), result.p50Micros() / 1000.0,
                result.p99Micros() / 1000.0, row.cpuMillisPerRequest(), result.errors(),
                server.peakSampledRssKb() / 1024);
        return row;
    }

    private int connectionsOf(String scenario) {
        return scenario.equals("sync") ? syncConnections : connections;
    }

    private void report(List<Row> rows, long peakSampledKb, long highWaterKb, Path serverLog) {
        double ceiling = rows.get(0).result().requestsPerSecond();
        print("%n| scenario | requests/s | ratio to hello-world | p50 ms | p99 ms | server CPU ms/request | errors |");
        print("|---|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            Wrk.Result r = row.result();
            String extra = row.scenario().equals("sync")
                    ? String.format(Locale.ROOT, " (%d events applied, %.0f events/s)", r.appliedEvents(),
                    r.appliedEvents() * 1_000_000.0 / r.durationMicros())
                    : "";
            print("| %s%s | %.0f | %.1f %% | %.2f | %.2f | %.2f | %d |", label(row.scenario()), extra,
                    r.requestsPerSecond(), 100 * r.requestsPerSecond() / ceiling, r.p50Micros() / 1000.0,
                    r.p99Micros() / 1000.0, row.cpuMillisPerRequest(), r.errors());
        }
        print("%nServer resident memory: peak sampled %d MB, kernel high-water mark (VmHWM) %d MB; limit %d MB",
                peakSampledKb / 1024, highWaterKb / 1024, GOAL_RSS_KB / 1024);
        Wrk.Result status = rows.stream().filter(r -> r.scenario().equals("status")).findFirst().orElseThrow().result();
        double ratio = status.requestsPerSecond() / ceiling;
        long errors = rows.stream().mapToLong(r -> r.result().errors()).sum();
        boolean met = ratio >= GOAL_RATIO && status.p99Micros() < GOAL_P99_MICROS && highWaterKb < GOAL_RSS_KB
                && errors == 0;
        print("Goal (status change >= %.0f %% of hello-world with p99 < %d ms, RSS < %d MB, no errors): %s "
                        + "(status change at %.1f %%, p99 %.2f ms)%nServer log: %s",
                GOAL_RATIO * 100, GOAL_P99_MICROS / 1000, GOAL_RSS_KB / 1024, met ? "MET" : "MISSED",
                ratio * 100, status.p99Micros() / 1000.0, serverLog);
        if (errors > 0) {
            print("!!! %d requests failed (non-2xx or socket errors): the figures above are not valid", errors);
        }
    }

    private String label(String scenario) {
        return switch (scenario) {
            case "hello" -> "hello-world `GET /bench/hello` (baseline)";
            case "visits" -> "my visits today `GET /api/v1/visits`";
            case "status" -> "status change `POST /api/v1/jobs/{id}/status`";
            case "sync" -> "sync batch of " + SYNC_BATCH + " note events `POST /api/v1/sync`, "
                    + syncConnections + " connections";
            default -> scenario;
        };
    }

    private static List<Technician> fresh(DemoJobs demo) {
        try {
            return demo.technicians();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the technicians' jobs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String helloData() {
        return data(List.of(slot("", List.of())));
    }

    private static String visitsData(List<Technician> technicians) {
        return data(technicians.stream().filter(Technician::busyToday).map(t -> slot(t.token(), List.of())).toList());
    }

    /** The movable jobs dealt out to one slot per connection, so no two connections move the same job. */
    private String statusData(List<Technician> technicians) {
        List<Job> jobs = technicians.stream().flatMap(t -> t.movableJobs().stream()).toList();
        if (jobs.size() < connections) {
            throw new IllegalStateException("Only " + jobs.size() + " movable jobs for " + connections + " connections");
        }
        List<List<Job>> dealt = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < jobs.size(); i++) {
            dealt.get(i % connections).add(jobs.get(i));
        }
        return data(dealt.stream().map(d -> slot("", d)).toList());
    }

    /** Each connection sends one technician's queue of notes on that technician's own jobs. */
    private static String syncData(List<Technician> technicians) {
        return data(technicians.stream().filter(t -> !t.movableJobs().isEmpty())
                .map(t -> slot(t.token(), t.movableJobs())).toList());
    }

    private static String slot(String token, List<Job> jobs) {
        StringBuilder lua = new StringBuilder("  { token = \"").append(token).append("\", jobs = {");
        for (Job job : jobs) {
            lua.append(String.format(Locale.ROOT, " { id = %d, status = \"%s\", version = %d, token = \"%s\" },",
                    job.id(), job.status(), job.version(), job.token()));
        }
        return lua.append(" } },\n").toString();
    }

    private static String data(List<String> slots) {
        // a minute ago: the server refuses events from the future, and a phone's queue is always a little old
        String clientTime = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return "DATA = {\n clientTime = \"" + clientTime + "\",\n batchSize = " + SYNC_BATCH + ",\n slots = {\n"
                + String.join("", slots) + " }\n}\n";
    }

    private Path copyScript() throws IOException {
        Path script = dir.resolve("field-api.lua");
        try (InputStream in = LoadBenchmark.class.getResourceAsStream("/bench/field-api.lua")) {
            if (in == null) {
                throw new IOException("bench/field-api.lua is not on the class path");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The benchmark's report is its output: printed, not logged. */
    @SuppressWarnings("java:S106")
    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
