package com.fieldwork.api.records;

import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach the record routes: another technician's job answers 404 on every one of them (the
 * bodies are valid, so only the scope can refuse), and no route answers without a token.
 */
class RecordScopeTest extends RecordsEndpointTest {

    /** A valid request to each job route, on the given job. */
    private List<String[]> jobRequests(long job) {
        String png = Base64.getEncoder().encodeToString(RawHttp.png(1));
        return List.of(
                new String[]{"/api/v1/jobs/" + job + "/checklist/" + world.yesNoItem, "{\"value\": true}"},
                new String[]{"/api/v1/jobs/" + job + "/labor", "{\"clientId\": \"" + UUID.randomUUID()
                        + "\", \"start\": \"2026-03-02T05:00:00-07:00\", \"end\": \"2026-03-02T06:00:00-07:00\"}"},
                new String[]{"/api/v1/jobs/" + job + "/parts", "{\"partId\": " + world.part + ", \"quantity\": 1}"},
                new String[]{"/api/v1/jobs/" + job + "/signature", "{\"clientId\": \"" + UUID.randomUUID()
                        + "\", \"signerName\": \"Dana\", \"signedAt\": \"2026-03-02T07:00:00-07:00\", \"png\": \"" + png + "\"}"});
    }

    @Test
    void anotherTechniciansJobIs404OnEveryRouteAndNothingIsWritten() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            int audit = world.rows(AUDIT_LOG);
            int feed = world.rows(CHANGE_FEED);
            for (String[] request : jobRequests(world.theirJob)) {
                Response response = ApiFixture.postJson(client, request[0], request[1], ApiFixture.bearer(world.myToken()));
                assertThat(response.code()).as(request[0] + ": " + response.body().string()).isEqualTo(404);
                assertThat(RecordsWorld.json(response).get("error").asText()).isEqualTo("not_found");
            }
            var photo = RawHttp.put(server, "/api/v1/photos/" + UUID.randomUUID() + "?workOrderId=" + world.theirJob,
                    world.myToken(), RawHttp.jpeg(300, 1), "image/jpeg");
            assertThat(photo.statusCode()).isEqualTo(404);

            for (var table : List.of(CHECKLIST_ANSWER, LABOR_ENTRY, SIGNATURE, ATTACHMENT)) {
                assertThat(world.rows(table)).as(table.getName()).isZero();
            }
            assertThat(world.rows(AUDIT_LOG)).isEqualTo(audit);
            assertThat(world.rows(CHANGE_FEED)).isEqualTo(feed);
        });
    }

    @Test
    void theSameRequestsOnMyOwnJobSucceed() {
        // the control for the test above: the requests themselves are fine
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            for (String[] request : jobRequests(world.myJob)) {
                Response response = ApiFixture.postJson(client, request[0], request[1], ApiFixture.bearer(world.myToken()));
                assertThat(response.code()).as(request[0] + ": " + response.body().string()).isIn(200, 201);
            }
            assertThat(world.rows(STOCK_MOVEMENT)).isEqualTo(2);
        });
    }

    @Test
    void everyRecordRouteWantsABearerToken() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            List<String[]> requests = new java.util.ArrayList<>(jobRequests(world.myJob));
            requests.add(new String[]{"/api/v1/pings", "{\"at\": \"2026-03-02T07:00:00-07:00\", \"lat\": 39.7, \"lon\": -105}"});
            for (String[] request : requests) {
                Response response = ApiFixture.postJson(client, request[0], request[1]);
                assertThat(response.code()).as(request[0]).isEqualTo(401);
                assertThat(RecordsWorld.json(response).get("error").asText()).isEqualTo("unauthenticated");
            }
            Response photo = client.request("/api/v1/photos/" + UUID.randomUUID() + "?workOrderId=" + world.myJob,
                    builder -> builder.put(BodyPublishers.ofByteArray(RawHttp.jpeg(300, 1))).header("Content-Type", "image/jpeg"));
            Response download = client.get("/api/v1/attachments/1");
            assertThat(photo.code()).isEqualTo(401);
            assertThat(download.code()).isEqualTo(401);
            assertThat(world.rows(ATTACHMENT) + world.rows(LOCATION_PING) + world.rows(LABOR_ENTRY)).isZero();
        });
    }
}
