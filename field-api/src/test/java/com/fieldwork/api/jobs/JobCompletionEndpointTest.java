package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/jobs/{id}/complete} and the closed status-route hole, on H2 and PostgreSQL. */
class JobCompletionEndpointTest extends JobsEndpointTest {

    static final String DONE = "{\"firstTimeFix\": true, \"customerConfirmed\": true,"
            + " \"completedAt\": \"2026-03-10T07:50:00-06:00\", \"lat\": 39.74, \"lon\": -104.99";

    static Response complete(HttpClient client, long job, String token, String json) {
        return ApiFixture.postJson(client, "/api/v1/jobs/" + job + "/complete", json, bearer(token));
    }

    WorkOrderStatus status(long job) {
        return world.workOrders.find(job).orElseThrow().status();
    }

    @Test
    void missingProofIsA422ListingEveryChecklistItemPhotosAndSignature() {
        CompletionJob strict = new CompletionJob(world, true);
        strict.photo("one.jpg");
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = complete(client, strict.job.id(), world.techA.token(), DONE + "}");

            assertThat(response.code()).isEqualTo(422);
            JsonNode error = JobWorld.json(response);
            assertThat(error.get("error").asText()).isEqualTo("completion_incomplete");
            JsonNode missing = error.get("details").get("missing");
            assertThat(missing).extracting(m -> m.get("kind").asText())
                    .containsExactly("CHECKLIST_ITEM", "CHECKLIST_ITEM", "PHOTOS", "SIGNATURE");
            assertThat(missing.get(0).get("itemId").asLong()).isEqualTo(strict.item(0));
            assertThat(missing.get(1).get("prompt").asText()).isEqualTo("CO reading (ppm)");
            assertThat(missing.get(2).get("needed").asInt()).isEqualTo(2);
            assertThat(missing.get(2).get("have").asInt()).isEqualTo(1);
        });
        assertThat(status(strict.job.id())).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(world.count(COMPLETION_RECORD)).isZero();
    }

    @Test
    void withAllProofTheJobIsCompletedAndTheProofRecordedWithHistoryAuditAndFeed() {
        CompletionJob strict = new CompletionJob(world, true);
        strict.answerRequired();
        long photo1 = strict.photo("one.jpg");
        long photo2 = strict.photo("two.jpg");
        long signature = strict.sign();
        long audit = world.count(AUDIT_LOG);
        long feed = world.count(CHANGE_FEED);
        long history = world.dsl.fetchCount(WORK_ORDER_STATUS_HISTORY,
                WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(strict.job.id()));
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = complete(client, strict.job.id(), world.techA.token(),
                    DONE + ", \"version\": " + strict.job.version() + ", \"summary\": \"Cleaned the flue\"}");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = JobWorld.json(response);
            assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(body.get("version").asLong()).isEqualTo(strict.job.version() + 1);
            assertThat(body.get("completedAt").asText()).isEqualTo("2026-03-10T07:50:00-06:00");
            JsonNode proof = body.get("proof");
            assertThat(proof.get("signatureId").asLong()).isEqualTo(signature);
            assertThat(proof.get("photoIds")).extracting(JsonNode::asLong).containsExactly(photo1, photo2);
            assertThat(proof.get("firstTimeFix").asBoolean()).isTrue();
            assertThat(proof.get("lat").asDouble()).isEqualTo(39.74);
        });
        var row = world.dsl.selectFrom(COMPLETION_RECORD)
                .where(COMPLETION_RECORD.WORK_ORDER_ID.eq(strict.job.id())).fetchSingle();
        assertThat(row.getSignatureId()).isEqualTo(signature);
        assertThat(row.getCompletedBy()).isEqualTo(world.techA.actor().userId());
        assertThat(row.getCompletedAt()).isEqualTo(Instant.parse("2026-03-10T13:50:00Z"));
        assertThat(row.getFirstTimeFix()).isTrue();
        assertThat(row.getCustomerConfirmed()).isTrue();
        assertThat(row.getLon()).isEqualTo(-104.99);
        assertThat(row.getSummary()).isEqualTo("Cleaned the flue");
        assertThat(status(strict.job.id())).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(world.dsl.fetchCount(WORK_ORDER_STATUS_HISTORY,
                WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(strict.job.id()))).isEqualTo(history + 1);
        // one row each for the status change, the completion record, the draft invoice the completion makes and
        // the service report made after it
        assertThat(world.count(AUDIT_LOG)).isEqualTo(audit + 4);
        assertThat(world.count(CHANGE_FEED)).isEqualTo(feed + 4);
        assertThat(world.dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("attachment")
                .and(AUDIT_LOG.ACTION.eq("service report")))).isEqualTo(1);
        assertThat(world.dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("invoice")
                .and(AUDIT_LOG.ACTION.eq("draft on completion")))).isEqualTo(1);
        assertThat(world.dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("completion_record")
                .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(strict.job.id()))))).isEqualTo(1);
    }

    @Test
    void aTechnicianCanNoLongerCompleteByStatusButTheOfficeCan() {
        CompletionJob strict = new CompletionJob(world, true);
        JavalinTest.test(world.app(), (server, client) -> {
            String json = "{\"to\": \"COMPLETED\", \"version\": " + strict.job.version() + "}";
            Response refused = ApiFixture.postJson(client, "/api/v1/jobs/" + strict.job.id() + "/status", json,
                    bearer(world.techA.token()));

            assertThat(refused.code()).isEqualTo(422);
            JsonNode error = JobWorld.json(refused);
            assertThat(error.get("error").asText()).isEqualTo("completion_requires_proof");
            assertThat(error.get("details").get("route").asText())
                    .isEqualTo("/api/v1/jobs/" + strict.job.id() + "/complete");
            assertThat(status(strict.job.id())).isEqualTo(WorkOrderStatus.IN_PROGRESS);

            // a job phoned in by a technician whose phone died: the dispatcher records it, proof on paper
            Response office = ApiFixture.postJson(client, "/api/v1/jobs/" + strict.job.id() + "/status", json,
                    bearer(world.dispatcher.token()));
            assertThat(office.code()).isEqualTo(200);
        });
        assertThat(status(strict.job.id())).isEqualTo(WorkOrderStatus.COMPLETED);
    }

    @Test
    void anotherTechniciansJobIsNotFoundOnBothRoutes() {
        CompletionJob strict = new CompletionJob(world, false);
        JavalinTest.test(world.app(), (server, client) -> {
            Response complete = complete(client, strict.job.id(), world.techB.token(), DONE + ", \"summary\": \"x\"}");
            Response status = ApiFixture.postJson(client, "/api/v1/jobs/" + strict.job.id() + "/status",
                    "{\"to\": \"COMPLETED\", \"version\": " + strict.job.version() + "}", bearer(world.techB.token()));

            assertThat(complete.code()).isEqualTo(404);
            assertThat(status.code()).isEqualTo(404);
        });
        assertThat(status(strict.job.id())).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void aJobWithoutTemplateNeedsOnlyASummaryAndOnceCompletedIsA409() {
        CompletionJob plain = new CompletionJob(world, false);
        JavalinTest.test(world.app(), (server, client) -> {
            Response without = complete(client, plain.job.id(), world.techA.token(), DONE + "}");
            assertThat(without.code()).isEqualTo(422);
            assertThat(JobWorld.json(without).get("details").get("missing")).extracting(m -> m.get("kind").asText())
                    .containsExactly("SUMMARY");

            Response with = complete(client, plain.job.id(), world.techA.token(),
                    DONE + ", \"summary\": \"Replaced the thermostat\"}");
            assertThat(with.code()).isEqualTo(200);
            assertThat(JobWorld.json(with).get("proof").get("signatureId").isNull()).isTrue();

            Response again = complete(client, plain.job.id(), world.techA.token(),
                    DONE + ", \"summary\": \"Replaced the thermostat\"}");
            assertThat(again.code()).isEqualTo(409);
            assertThat(JobWorld.json(again).get("error").asText()).isEqualTo("invalid_transition");
        });
        assertThat(world.count(COMPLETION_RECORD)).isEqualTo(1);
    }

    @Test
    void aFutureTimeAMissingFlagOrAnotherJobsPhotoIsA400() {
        CompletionJob plain = new CompletionJob(world, false);
        long foreignPhoto = new CompletionJob(world, true).photo("theirs.jpg");
        JavalinTest.test(world.app(), (server, client) -> {
            Response future = complete(client, plain.job.id(), world.techA.token(), "{\"firstTimeFix\": true,"
                    + " \"customerConfirmed\": true, \"summary\": \"x\", \"completedAt\": \"2026-03-10T09:00:00-06:00\"}");
            Response noFlag = complete(client, plain.job.id(), world.techA.token(), "{\"summary\": \"x\","
                    + " \"customerConfirmed\": true}");
            Response foreign = complete(client, plain.job.id(), world.techA.token(),
                    DONE + ", \"summary\": \"x\", \"photoIds\": [" + foreignPhoto + "]}");
            Response malformed = complete(client, plain.job.id(), world.techA.token(), "{\"firstTimeFix\": ");

            assertThat(future.code()).isEqualTo(400);
            assertThat(JobWorld.json(future).get("details").get("field").asText()).isEqualTo("completedAt");
            assertThat(noFlag.code()).isEqualTo(400);
            assertThat(JobWorld.json(noFlag).get("details").get("field").asText()).isEqualTo("firstTimeFix");
            assertThat(foreign.code()).isEqualTo(400);
            assertThat(JobWorld.json(foreign).get("details").get("field").asText()).isEqualTo("photoIds");
            assertThat(malformed.code()).isEqualTo(400);
        });
        assertThat(status(plain.job.id())).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(world.count(COMPLETION_RECORD)).isZero();
    }
}
