package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/sync} over HTTP, on H2 and PostgreSQL: receipts, rejections, conflict rules. */
class SyncEndpointTest extends SyncApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T1 = SyncWorld.NOW.minus(Duration.ofHours(3));

    @Test
    void aResentEventIsADuplicateWithTheFirstResultAndWritesNothingMore() {
        UUID id = UUID.randomUUID();
        String batch = batch(event(id, T1, "note", "{\"workOrderId\":" + myJob + ",\"body\":\"Gate locked\"}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, batch)).get(0);
            long notes = world.dsl.fetchCount(WORK_ORDER_NOTE);
            long audit = world.dsl.fetchCount(AUDIT_LOG);
            JsonNode again = results(send(client, batch)).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(again.get("outcome").asText()).isEqualTo("DUPLICATE");
            assertThat(again.get("id").asText()).isEqualTo(id.toString());
            assertThat(again.get("result")).isEqualTo(first.get("result"));
            assertThat(first.get("result").get("noteId").asLong()).isPositive();
            assertThat(world.dsl.fetchCount(WORK_ORDER_NOTE)).isEqualTo(notes);
            assertThat(world.dsl.fetchCount(AUDIT_LOG)).isEqualTo(audit);
            assertThat(world.dsl.fetchCount(SYNC_RECEIPT)).isEqualTo(1);
        });
    }

    @Test
    void aRejectedEventRetriedGetsTheSameRejectionEvenAfterTheJobBecameMine() {
        UUID id = UUID.randomUUID();
        String batch = batch(event(id, T1, "note", "{\"workOrderId\":" + theirJob + ",\"body\":\"Not my job\"}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, batch)).get(0);
            // the stored rejection answers the retry; the event is not judged again
            world.reassign(theirJob, world.technicians.get(0));
            JsonNode again = results(send(client, batch)).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(first.get("code").asText()).isEqualTo("not_found");
            assertThat(again).isEqualTo(first);
            assertThat(world.dsl.fetchCount(WORK_ORDER_NOTE)).isZero();
            assertThat(world.dsl.fetchCount(SYNC_RECEIPT)).isEqualTo(1);
        });
    }

    @Test
    void oneBadEventDoesNotBlockTheRestAndResultsComeInRequestOrder() {
        UUID good = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID malformed = UUID.randomUUID();
        UUID answer = UUID.randomUUID();
        String batch = batch(
                event(answer, T1.plusSeconds(30), "checklist_answer",
                        "{\"workOrderId\":" + myJob + ",\"itemId\":" + world.items.get(0) + ",\"value\":true}"),
                event(good, T1, "note", "{\"workOrderId\":" + myJob + ",\"body\":\"Fine\"}"),
                event(theirs, T1.plusSeconds(10), "note", "{\"workOrderId\":" + theirJob + ",\"body\":\"x\"}"),
                event(malformed, T1.plusSeconds(20), "teleport", "{\"workOrderId\":" + myJob + "}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode results = results(send(client, batch));

            assertThat(results).extracting(r -> r.get("id").asText())
                    .containsExactly(answer.toString(), good.toString(), theirs.toString(), malformed.toString());
            assertThat(results).extracting(r -> r.get("outcome").asText())
                    .containsExactly("APPLIED", "APPLIED", "REJECTED", "REJECTED");
            assertThat(results.get(2).get("code").asText()).isEqualTo("not_found");
            assertThat(results.get(3).get("code").asText()).isEqualTo("validation_failed");
            assertThat(world.dsl.fetchCount(WORK_ORDER_NOTE)).isEqualTo(1);
        });
    }

    @Test
    void aStatusEventForAJobReassignedWhileOfflineIsRejectedWithAReason() {
        world.reassign(myJob, world.technicians.get(1));
        String batch = batch(event(UUID.randomUUID(), T1, "status",
                "{\"workOrderId\":" + myJob + ",\"to\":\"EN_ROUTE\",\"version\":2}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode result = results(send(client, batch)).get(0);

            assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(result.get("code").asText()).isEqualTo("not_found");
            assertThat(result.get("message").asText()).isNotBlank();
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void statusEventsThatArriveOutOfOrderEndWhereTheNewestOneSays() {
        UUID enRoute = UUID.randomUUID();
        UUID arrived = UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            // the newer move arrives first; the phone's version (0) is stale and ignored
            JsonNode first = results(send(client, batch(event(arrived, T1.plusSeconds(60), "status",
                    "{\"workOrderId\":" + myJob + ",\"to\":\"ARRIVED\",\"version\":0}")))).get(0);
            JsonNode second = results(send(client, batch(event(enRoute, T1, "status",
                    "{\"workOrderId\":" + myJob + ",\"to\":\"EN_ROUTE\",\"version\":0}")))).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(first.get("result").get("status").asText()).isEqualTo("ARRIVED");
            assertThat(second.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(second.get("result").get("superseded").asText()).isEqualTo("true");
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.ARRIVED);
    }

    @Test
    void aStatusTheTechnicianCannotReachIsRejectedAsAnInvalidTransition() {
        String batch = batch(event(UUID.randomUUID(), T1, "status",
                "{\"workOrderId\":" + myJob + ",\"to\":\"CLOSED\",\"version\":2}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode result = results(send(client, batch)).get(0);
            assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(result.get("code").asText()).isEqualTo("invalid_transition");
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void aQueuedCompletedIsRejectedBecauseCompletionNeedsProof() {
        // from Assigned the shortest technician chain to Completed exists, so only the proof rule can refuse it
        String batch = batch(event(UUID.randomUUID(), T1, "status",
                "{\"workOrderId\":" + myJob + ",\"to\":\"COMPLETED\",\"version\":0}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode result = results(send(client, batch)).get(0);
            assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(result.get("code").asText()).isEqualTo("completion_requires_proof");
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void anUnusableBatchIsA400AndAppliesNothing() {
        List<String> tooMany = new ArrayList<>(Collections.nCopies(SyncController.MAX_EVENTS + 1,
                event(UUID.randomUUID(), T1, "note", "{\"workOrderId\":" + myJob + ",\"body\":\"x\"}")));
        String noId = batch(event(UUID.randomUUID(), T1, "note", "{\"workOrderId\":" + myJob + ",\"body\":\"ok\"}"),
                "{\"clientTime\":\"" + T1 + "\",\"type\":\"note\",\"payload\":{}}");
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            assertThat(send(client, batch(tooMany.toArray(String[]::new))).code()).isEqualTo(400);
            Response missingId = send(client, noId);
            assertThat(missingId.code()).isEqualTo(400);
            assertThat(json(missingId).get("details").get("field").asText()).isEqualTo("events[1].id");
            assertThat(send(client, "{}").code()).isEqualTo(400);
        });
        assertThat(world.dsl.fetchCount(WORK_ORDER_NOTE)).isZero();
        assertThat(world.dsl.fetchCount(SYNC_RECEIPT)).isZero();
    }

    static JsonNode results(Response response) {
        assertThat(response.code()).isEqualTo(200);
        return json(response).get("results");
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String event(UUID id, Instant clientTime, String type, String payload) {
        return "{\"id\":\"" + id + "\",\"clientTime\":\"" + clientTime + "\",\"type\":\"" + type
                + "\",\"payload\":" + payload + "}";
    }

    static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }
}
