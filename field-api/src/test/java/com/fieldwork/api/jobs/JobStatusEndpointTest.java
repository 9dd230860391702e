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
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/jobs/{id}/status}: moving a job on from the phone, on H2 and PostgreSQL. */
class JobStatusEndpointTest extends JobsEndpointTest {

    Response post(HttpClient client, String json) {
        return ApiFixture.postJson(client, "/api/v1/jobs/" + world.mainJob.id() + "/status", json,
                bearer(world.techA.token()));
    }

    long historyRows() {
        return world.dsl.fetchCount(WORK_ORDER_STATUS_HISTORY,
                WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(world.mainJob.id()));
    }

    @Test
    void enRouteWithTimeAndPositionWritesHistoryAuditAndFeed() {
        long history = historyRows();
        long audit = world.count(AUDIT_LOG);
        long feed = world.count(CHANGE_FEED);
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + world.mainJob.version()
                    + ", \"at\": \"2026-03-10T07:55:00-06:00\", \"lat\": 39.74, \"lon\": -104.99,"
                    + " \"note\": \"leaving the depot\"}");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = JobWorld.json(response);
            assertThat(body.get("status").asText()).isEqualTo("EN_ROUTE");
            assertThat(body.get("version").asLong()).isEqualTo(world.mainJob.version() + 1);
            assertThat(body.get("allowedStatuses")).extracting(JsonNode::asText).contains("ARRIVED");
        });
        assertThat(historyRows()).isEqualTo(history + 1);
        var last = world.dsl.selectFrom(WORK_ORDER_STATUS_HISTORY)
                .where(WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(world.mainJob.id()))
                .orderBy(WORK_ORDER_STATUS_HISTORY.ID.desc()).limit(1).fetchSingle();
        assertThat(last.getToStatus()).isEqualTo("EN_ROUTE");
        assertThat(last.getChangedAt()).isEqualTo(Instant.parse("2026-03-10T13:55:00Z"));
        assertThat(last.getLat()).isEqualTo(39.74);
        assertThat(last.getLon()).isEqualTo(-104.99);
        assertThat(last.getReason()).isEqualTo("leaving the depot");
        assertThat(last.getChangedBy()).isEqualTo(world.techA.actor().userId());
        assertThat(world.count(AUDIT_LOG)).isEqualTo(audit + 1);
        assertThat(world.count(CHANGE_FEED)).isEqualTo(feed + 1);
    }

    @Test
    void aMoveTheLifecycleDoesNotHaveIsA409ListingTheAllowedOnes() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = post(client, "{\"to\": \"COMPLETED\", \"version\": " + world.mainJob.version() + "}");

            assertThat(response.code()).isEqualTo(409);
            JsonNode error = JobWorld.json(response);
            assertThat(error.get("error").asText()).isEqualTo("invalid_transition");
            assertThat(error.get("details").get("current").asText()).isEqualTo("ASSIGNED");
            assertThat(error.get("details").get("requested").asText()).isEqualTo("COMPLETED");
            // the technician's own moves, not the office's (Pending, On hold, Cancelled)
            assertThat(error.get("details").get("allowed")).extracting(JsonNode::asText).containsExactly("EN_ROUTE");
        });
        assertThat(world.workOrders.find(world.mainJob.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void aMoveOnlyTheOfficeMayMakeIsForbiddenForATechnician() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = post(client, "{\"to\": \"ON_HOLD\", \"version\": " + world.mainJob.version() + "}");

            // core's lifecycle: the move exists (for the office), so it is a permission question, not a 409
            assertThat(response.code()).isEqualTo(403);
            assertThat(JobWorld.json(response).get("error").asText()).isEqualTo("permission_denied");
        });
        assertThat(world.workOrders.find(world.mainJob.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void theOfficeMayRecordAMoveATechnicianPhonedIn() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = ApiFixture.postJson(client, "/api/v1/jobs/" + world.mainJob.id() + "/status",
                    "{\"to\": \"EN_ROUTE\", \"version\": " + world.mainJob.version() + "}",
                    bearer(world.dispatcher.token()));
            assertThat(response.code()).isEqualTo(200);
            assertThat(JobWorld.json(response).get("status").asText()).isEqualTo("EN_ROUTE");
        });
    }

    @Test
    void aStaleVersionIsA409NamingWhoChangedItAndChangesNothing() {
        long history = historyRows();
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + (world.mainJob.version() - 1) + "}");

            assertThat(response.code()).isEqualTo(409);
            JsonNode error = JobWorld.json(response);
            assertThat(error.get("error").asText()).isEqualTo("concurrent_modification");
            assertThat(error.get("details").get("currentVersion").asLong()).isEqualTo(world.mainJob.version());
            assertThat(error.get("details").get("changedBy").asText()).isEqualTo(world.dispatcher.actor().displayName());
        });
        assertThat(historyRows()).isEqualTo(history);
        assertThat(world.workOrders.find(world.mainJob.id()).orElseThrow().version()).isEqualTo(world.mainJob.version());
    }

    @Test
    void aTimeMoreThanFiveMinutesAheadIsA400NamingAt() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + world.mainJob.version()
                    + ", \"at\": \"2026-03-10T08:06:00-06:00\"}");
            assertThat(response.code()).isEqualTo(400);
            assertThat(JobWorld.json(response).get("details").get("field").asText()).isEqualTo("at");

            Response noOffset = post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + world.mainJob.version()
                    + ", \"at\": \"2026-03-10T08:00:00\"}");
            assertThat(noOffset.code()).isEqualTo(400);
            assertThat(JobWorld.json(noOffset).get("details").get("field").asText()).isEqualTo("at");
        });
        assertThat(world.workOrders.find(world.mainJob.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    }

    @Test
    void unreadableBodiesAre400sNamingTheField() {
        long version = world.mainJob.version();
        JavalinTest.test(world.app(), (server, client) -> {
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\", "), null);
            assertBadRequest(post(client, "null"), "body");
            assertBadRequest(post(client, ""), "body");
            assertBadRequest(post(client, "[1, 2]"), null);
            assertBadRequest(post(client, "{\"version\": " + version + "}"), "to");
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\"}"), "version");
            assertBadRequest(post(client, "{\"to\": \"FLYING\", \"version\": " + version + "}"), "to");
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\", \"version\": \"x\"}"), "version");
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + version + ", \"lat\": 95, \"lon\": 1}"), "lat");
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + version + ", \"lat\": 39}"), "lon");
            assertBadRequest(post(client, "{\"to\": \"EN_ROUTE\", \"version\": " + version
                    + ", \"note\": \"" + "x".repeat(501) + "\"}"), "note");
            assertBadRequest(post(client, "5"), null);
            assertBadRequest(post(client, "\"EN_ROUTE\""), null);
        });
        assertThat(world.workOrders.find(world.mainJob.id()).orElseThrow().version()).isEqualTo(version);
    }

    static void assertBadRequest(Response response, String field) {
        assertThat(response.code()).as(response.toString()).isEqualTo(400);
        JsonNode error = JobWorld.json(response);
        assertThat(error.get("error").asText()).isIn("bad_request", "validation_failed");
        if (field != null) {
            assertThat(error.get("details").get("field").asText()).isEqualTo(field);
        }
    }
}
