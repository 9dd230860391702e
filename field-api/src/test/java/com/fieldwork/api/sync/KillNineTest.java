package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.bench.ServerProcess;
import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server survives {@code kill -9}: the field API runs as a process of its own on an installation's embedded
 * H2 file; phones write notes, status changes and queued sync events as fast as they are answered; the process
 * is killed (SIGKILL, no shutdown hook) in the middle of that, started again on the same data folder, and every
 * write that had been answered 2xx must be there, every sync receipt with its effect.
 */
class KillNineTest {

    private static final int PHONES = 4;
    /** The kill comes once this many writes were answered (or after {@link #LOAD_LIMIT} on a crowded machine). */
    private static final int KILL_AFTER = 60;
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Acknowledged writes: note ids, sync event ids (with the note body they carried), each job's highest version. */
    private final Set<Long> notes = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> syncedNotes = new ConcurrentHashMap<>();
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final Map<Long, Integer> statusChanges = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyAcknowledgedWriteIsThereAfterTheServerIsKilledMidLoad(@TempDir Path dataDir) throws Exception {
        DatabaseConfig database = FieldworkConfig.load(Map.of("FIELDWORK_DATA_DIR", dataDir.toString()), dataDir)
                .database();
        List<String> usernames = new ArrayList<>();
        List<List<Long>> jobs;
        try (SyncWorld world = new SyncWorld(database, PHONES, 2)) {
            world.technicians.forEach(technician -> usernames.add(technician.username()));
            jobs = world.jobs;
        }
        Path log = dataDir.resolve("server.log");

        ServerProcess server = ServerProcess.start(dataDir, "256m", log, false);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService phones = Executors.newFixedThreadPool(PHONES);
        try {
            List<Future<Integer>> written = new ArrayList<>();
            for (int p = 0; p < PHONES; p++) {
                String token = signIn(server.base(), usernames.get(p));
                List<Long> own = jobs.get(p);
                int phone = p;
                written.add(phones.submit(() -> writeUntilRefused(server.base(), token, own, phone, killed)));
            }
            long until = System.nanoTime() + LOAD_LIMIT.toNanos();
            while (acknowledged.get() < KILL_AFTER && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            killed.set(true);
            server.kill();
            for (Future<Integer> phone : written) {
                phone.get(30, TimeUnit.SECONDS);
            }
            assertThat(acknowledged.get()).as("writes answered before the kill").isGreaterThanOrEqualTo(20);
            System.out.printf("kill -9: killed after %d acknowledged writes (%d notes, %d sync events, %d status moves)%n",
                    acknowledged.get(), notes.size(), syncedNotes.size(),
                    statusChanges.values().stream().mapToInt(Integer::intValue).sum());
        } finally {
            phones.shutdownNow();
            server.close();
        }

        try (ServerProcess restarted = ServerProcess.start(dataDir, "256m", log, false)) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(restarted.base().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        }

        try (Database reopened = Database.open(database)) {
            var dsl = reopened.dsl();
            assertThat(dsl.select(WORK_ORDER_NOTE.ID).from(WORK_ORDER_NOTE).fetchSet(WORK_ORDER_NOTE.ID))
                    .containsAll(notes);
            Set<UUID> receipts = dsl.select(SYNC_RECEIPT.EVENT_ID).from(SYNC_RECEIPT).fetchSet(SYNC_RECEIPT.EVENT_ID);
            assertThat(receipts).containsAll(syncedNotes.keySet());
            Set<String> bodies = dsl.select(WORK_ORDER_NOTE.BODY).from(WORK_ORDER_NOTE).fetchSet(WORK_ORDER_NOTE.BODY);
            assertThat(bodies).containsAll(syncedNotes.values());
            // no receipt without its effect, acknowledged or not: the receipt commits with the note
            for (UUID receipt : receipts) {
                assertThat(bodies).as("the note of sync event %s", receipt).contains(body(receipt));
            }
            for (Map.Entry<Long, Long> job : versions.entrySet()) {
                assertThat(dsl.select(WORK_ORDER.VERSION).from(WORK_ORDER).where(WORK_ORDER.ID.eq(job.getKey()))
                        .fetchOne(WORK_ORDER.VERSION)).as("version of job %d", job.getKey())
                        .isGreaterThanOrEqualTo(job.getValue());
                assertThat(dsl.fetchCount(WORK_ORDER_STATUS_HISTORY,
                        WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(job.getKey())))
                        .isGreaterThanOrEqualTo(statusChanges.get(job.getKey()));
            }
        }
    }

    /**
     * One phone: a note, a status move (Assigned and En route in turn) and a sync batch of two notes, over and
     * over, each recorded once answered 2xx. Ends at the first refused connection after the kill.
     */
    private int writeUntilRefused(URI base, String token, List<Long> jobs, int phone, AtomicBoolean killed) {
        for (int round = 0; ; round++) {
            long job = jobs.get(round % jobs.size());
            try {
                HttpResponse<String> note = post(base, token, "/api/v1/jobs/" + job + "/notes",
                        "{\"body\":\"phone " + phone + " round " + round + "\"}");
                if (note.statusCode() == 201) {
                    notes.add(read(note).get("id").asLong());
                    acknowledged.incrementAndGet();
                }
                long version = versions.getOrDefault(job, current(base, token, job));
                String to = round / jobs.size() % 2 == 0 ? "EN_ROUTE" : "ASSIGNED";
                HttpResponse<String> moved = post(base, token, "/api/v1/jobs/" + job + "/status",
                        "{\"to\":\"" + to + "\",\"version\":" + version + "}");
                if (moved.statusCode() == 200) {
                    versions.put(job, read(moved).get("version").asLong());
                    statusChanges.merge(job, 1, Integer::sum);
                    acknowledged.incrementAndGet();
                }
                UUID first = UUID.randomUUID();
                UUID second = UUID.randomUUID();
                Instant at = Instant.now().minusSeconds(60);
                HttpResponse<String> synced = post(base, token, "/api/v1/sync", SyncEndpointTest.batch(
                        noteEvent(first, at, job), noteEvent(second, at.plusSeconds(1), job)));
                if (synced.statusCode() == 200) {
                    for (JsonNode result : read(synced).get("results")) {
                        assertThat(result.get("outcome").asText()).isEqualTo("APPLIED");
                        UUID id = UUID.fromString(result.get("id").asText());
                        syncedNotes.put(id, body(id));
                    }
                    acknowledged.incrementAndGet();
                }
            } catch (IOException refused) {
                if (killed.get()) {
                    return acknowledged.get();
                }
                throw new IllegalStateException("The server failed before it was killed", refused);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acknowledged.get();
            }
        }
    }

    private long current(URI base, String token, long job) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/jobs/" + job))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response).get("workOrder").get("version").asLong();
    }

    private static String noteEvent(UUID id, Instant at, long job) {
        return SyncEndpointTest.event(id, at, "note", "{\"workOrderId\":" + job + ",\"body\":\"" + body(id) + "\"}");
    }

    private static String body(UUID eventId) {
        return "synced " + eventId;
    }

    private String signIn(URI base, String username) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + com.fieldwork.api.testing.ApiFixture.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response).get("token").asText();
    }

    private HttpResponse<String> post(URI base, String token, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(HttpResponse<String> response) throws IOException {
        return SyncEndpointTest.JSON.readTree(response.body());
    }
}
