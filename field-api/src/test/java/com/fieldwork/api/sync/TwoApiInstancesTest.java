package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.common.Actor;
import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Past one box": two field-API instances, each with its own connection pool, on one PostgreSQL database, as
 * two servers behind a reverse proxy would run. A technician signs in on one and the token works on the other
 * (sessions are rows, not memory); their queued day goes to the two alternately in overlapping batches, some
 * batches replayed on the other instance and some sent to both at the same moment. The end state must be
 * exactly that of a world (built identically, so ids agree) that got every event once from one instance:
 * nothing lost, nothing doubled, down to the audit log and the change feed.
 *
 * <p>What the API keeps in memory was checked for this: sessions, login failures (the throttle), API keys,
 * sync receipts and the change feed are all in the database; only uploaded files live on disk, so instances
 * must share the files folder (here, as in the README's nginx example, the same data folder).
 */
class TwoApiInstancesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int EVENTS = 120;

    @Test
    void oneTechniciansBatchesSentAlternatelyToTwoInstancesOnOnePostgresqlAreAppliedExactlyOnce() {
        try (SyncWorld shared = new SyncWorld(TestEngine.POSTGRESQL, 2, 3);
             SyncWorld reference = new SyncWorld(TestEngine.POSTGRESQL, 2, 3);
             Database secondPool = Database.open(shared.config)) {
            Javalin first = FieldApi.create(shared.context).start("127.0.0.1", 0);
            Javalin second = FieldApi.create(new FieldApiContext(secondPool, shared.clock, "test",
                    shared.context.filesFolder())).start("127.0.0.1", 0);
            Javalin alone = FieldApi.create(reference.context).start("127.0.0.1", 0);
            try {
                Actor technician = shared.technicians.get(0);
                String token = signIn(first, technician);
                assertThat(get(second, "/api/v1/me", token).statusCode()).isEqualTo(200);

                List<String> day = day(shared, 0);
                // the reference: each event once, in client-time order, through one instance
                assertThat(outcomes(post(alone, signIn(alone, reference.technicians.get(0)), day)))
                        .hasSize(day.size()).containsOnly("APPLIED");

                List<Javalin> instances = List.of(first, second);
                int batch = 0;
                for (int from = 0; from < day.size(); from += 5, batch++) {
                    // eight events from every fifth: each batch repeats the last three of the one before
                    List<String> events = day.subList(from, Math.min(day.size(), from + 8));
                    Javalin to = instances.get(batch % 2);
                    Javalin other = instances.get((batch + 1) % 2);
                    if (batch % 4 == 3) {
                        // sent to both at once: the phone timed out on one and retried through the proxy
                        CompletableFuture<HttpResponse<String>> racing =
                                CompletableFuture.supplyAsync(() -> post(other, token, events));
                        assertThat(post(to, token, events).statusCode()).isEqualTo(200);
                        assertThat(racing.join().statusCode()).isEqualTo(200);
                    } else {
                        assertThat(outcomes(post(to, token, events))).doesNotContain("REJECTED");
                        if (batch % 3 == 0) {
                            assertThat(outcomes(post(other, token, events))).containsOnly("DUPLICATE");
                        }
                    }
                }
                for (Javalin instance : instances) {
                    assertThat(outcomes(post(instance, token, day))).hasSize(day.size()).containsOnly("DUPLICATE");
                }

                assertThat(shared.dsl.fetchCount(SYNC_RECEIPT)).isEqualTo(day.size());
                assertThat(shared.dsl.fetchCount(SYNC_RECEIPT, SYNC_RECEIPT.OUTCOME.eq("APPLIED"))).isEqualTo(day.size());
                assertThat(SyncConvergenceTest.State.of(shared)).isEqualTo(SyncConvergenceTest.State.of(reference));
                assertThat(shared.dsl.fetchCount(WORK_ORDER_STATUS_HISTORY))
                        .isEqualTo(reference.dsl.fetchCount(WORK_ORDER_STATUS_HISTORY));
                assertThat(shared.dsl.fetchCount(AUDIT_LOG)).isEqualTo(reference.dsl.fetchCount(AUDIT_LOG));
                assertThat(shared.dsl.fetchCount(CHANGE_FEED)).isEqualTo(reference.dsl.fetchCount(CHANGE_FEED));
            } finally {
                first.stop();
                second.stop();
                alone.stop();
            }
        }
    }

    /**
     * The technician's queue as the phone sends it: per job a walk En route, Arrived, In progress, with notes,
     * checklist answers (items answered again, so the newest must win), parts from the van and pings between.
     */
    private static List<String> day(SyncWorld world, int technician) {
        Random random = new Random(7);
        List<Long> jobs = world.jobs.get(technician);
        List<String> walk = List.of("EN_ROUTE", "ARRIVED", "IN_PROGRESS");
        int[] step = new int[jobs.size()];
        List<String> events = new ArrayList<>();
        Instant time = SyncWorld.SET_UP.plusSeconds(600);
        for (int i = 0; i < EVENTS; i++) {
            time = time.plusSeconds(61);
            int j = random.nextInt(jobs.size());
            long job = jobs.get(j);
            int dice = random.nextInt(100);
            String event;
            if (dice < 10 && step[j] < walk.size()) {
                event = SyncEndpointTest.event(UUID.randomUUID(), time, "status",
                        "{\"workOrderId\":" + job + ",\"to\":\"" + walk.get(step[j]++) + "\",\"version\":0}");
            } else if (dice < 40) {
                event = SyncEndpointTest.event(UUID.randomUUID(), time, "note",
                        "{\"workOrderId\":" + job + ",\"body\":\"note " + i + "\"}");
            } else if (dice < 65) {
                event = SyncEndpointTest.event(UUID.randomUUID(), time, "checklist_answer", "{\"workOrderId\":" + job
                        + ",\"itemId\":" + world.items.get(random.nextInt(2)) + ",\"value\":" + random.nextBoolean() + "}");
            } else if (dice < 80) {
                event = SyncEndpointTest.event(UUID.randomUUID(), time, "part_used",
                        "{\"workOrderId\":" + job + ",\"partId\":" + world.part + ",\"quantity\":1}");
            } else {
                event = SyncEndpointTest.event(UUID.randomUUID(), time, "ping",
                        "{\"lat\":" + (39.7 + random.nextDouble() / 10) + ",\"lon\":" + (-105 + random.nextDouble() / 10) + "}");
            }
            events.add(event);
        }
        return events;
    }

    private static String signIn(Javalin instance, Actor user) {
        HttpResponse<String> response = send(instance, HttpRequest.newBuilder(uri(instance, "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user.username() + "\",\"password\":\""
                        + ApiFixture.PASSWORD + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body()).get("token").asText();
    }

    private static HttpResponse<String> get(Javalin instance, String path, String token) {
        return send(instance, HttpRequest.newBuilder(uri(instance, path)).header("Authorization", "Bearer " + token));
    }

    private static HttpResponse<String> post(Javalin instance, String token, List<String> events) {
        return send(instance, HttpRequest.newBuilder(uri(instance, "/api/v1/sync"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SyncEndpointTest.batch(events.toArray(String[]::new)))));
    }

    private static List<String> outcomes(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> outcomes = new ArrayList<>();
        read(response.body()).get("results").forEach(result -> outcomes.add(result.get("outcome").asText()));
        return outcomes;
    }

    private static URI uri(Javalin instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.port() + path);
    }

    private static HttpResponse<String> send(Javalin instance, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return SyncEndpointTest.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
