package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;


import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static org.assertj.core.api.Assertions.assertThat;

/** Location pings for the console map, one at a time or in batches, all or nothing. */
class PingEndpointTest extends RecordsEndpointTest {

    static final String PINGS = "/api/v1/pings";

    private static String ping(String time, double lat, double lon) {
        return "{\"at\": \"2026-03-02T" + time + "-07:00\", \"lat\": " + lat + ", \"lon\": " + lon + ", \"accuracyM\": 8}";
    }

    @Test
    void oneOrABatchOfPingsIs202AndAResentBatchStoresNothingNew() {
        String batch = "{\"pings\": [" + ping("07:00:00", 39.70, -104.90) + ", " + ping("07:00:30", 39.71, -104.91) + "]}";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response single = ApiFixture.postJson(client, PINGS, ping("06:59:30", 39.69, -104.89), ApiFixture.bearer(world.myToken()));
            Response first = ApiFixture.postJson(client, PINGS, batch, ApiFixture.bearer(world.myToken()));
            Response resent = ApiFixture.postJson(client, PINGS, batch, ApiFixture.bearer(world.myToken()));

            assertThat(single.code()).as(single.body().string()).isEqualTo(202);
            assertThat(RecordsWorld.json(single).get("stored").asInt()).isEqualTo(1);
            assertThat(first.code()).isEqualTo(202);
            JsonNode received = RecordsWorld.json(first);
            assertThat(received.get("received").asInt()).isEqualTo(2);
            assertThat(received.get("stored").asInt()).isEqualTo(2);
            assertThat(RecordsWorld.json(resent).get("stored").asInt()).isZero();
            assertThat(world.rows(LOCATION_PING)).isEqualTo(3);
            assertThat(world.feedRows("location_ping")).isPositive();
        });
    }

    @Test
    void aBadPingIs400NamingItsIndexAndNoneOfTheBatchIsStored() {
        String batch = "{\"pings\": [" + ping("07:00:00", 39.70, -104.90) + ", " + ping("07:00:30", 139.71, -104.91) + "]}";
        String missing = "{\"pings\": [" + ping("07:00:00", 39.70, -104.90) + ", {\"at\": \"2026-03-02T07:01:00Z\", \"lon\": 1}]}";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response outOfRange = ApiFixture.postJson(client, PINGS, batch, ApiFixture.bearer(world.myToken()));
            Response noLat = ApiFixture.postJson(client, PINGS, missing, ApiFixture.bearer(world.myToken()));

            assertThat(outOfRange.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(outOfRange).get("details").get("field").asText()).isEqualTo("pings[1].lat");
            assertThat(noLat.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(noLat).get("details").get("field").asText()).isEqualTo("pings[1].lat");
            assertThat(world.rows(LOCATION_PING)).isZero();
        });
    }

    @Test
    void aBatchOverTheLimitIs400() {
        StringBuilder batch = new StringBuilder("{\"pings\": [");
        for (int i = 0; i < 5001; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"at\": \"2026-03-02T07:00:00Z\", \"lat\": 1, \"lon\": 1}");
        }
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response tooMany = ApiFixture.postJson(client, PINGS, batch.append("]}").toString(), ApiFixture.bearer(world.myToken()));

            assertThat(tooMany.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(tooMany).get("details").get("field").asText()).isEqualTo("pings");
            assertThat(world.rows(LOCATION_PING)).isZero();
        });
    }
}
