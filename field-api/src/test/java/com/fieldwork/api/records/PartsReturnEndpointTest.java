package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/jobs/{id}/parts/returns}: unused parts of my job back into my van, on H2 and PostgreSQL. The
 * van starts with 5 of the part; each test first uses some on the job.
 */
class PartsReturnEndpointTest extends RecordsEndpointTest {

    @Test
    void unusedPartsGoBackIntoMyVanOnceHoweverOftenTheReturnIsSent() {
        String body = "{\"partId\": " + world.part + ", \"quantity\": 2, \"clientId\": \"" + UUID.randomUUID() + "\"}";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            use(client, 3);
            int audit = world.auditRows("stock_movement");
            int feed = world.rows(CHANGE_FEED);

            Response first = post(client, world.myJob, body);
            Response again = post(client, world.myJob, body);

            assertThat(first.code()).as(first.body().string()).isEqualTo(201);
            JsonNode returned = RecordsWorld.json(first);
            JsonNode movement = returned.get("movement");
            assertThat(movement.get("kind").asText()).isEqualTo("RETURN");
            assertThat(movement.get("quantity").decimalValue()).isEqualByComparingTo("2");
            assertThat(movement.get("sku").asText()).isEqualTo(world.partSku);
            assertThat(movement.get("toLocationId").asLong()).isEqualTo(world.van);
            assertThat(movement.get("workOrderId").asLong()).isEqualTo(world.myJob);
            assertThat(returned.get("van").get("onHand").decimalValue()).isEqualByComparingTo("4");
            assertThat(returned.get("van").get("available").decimalValue()).isEqualByComparingTo("4");
            assertThat(again.code()).isEqualTo(200);
            assertThat(RecordsWorld.json(again).get("movement")).isEqualTo(movement);
            // the movement audited and on the feed with the van's level, once
            assertThat(world.auditRows("stock_movement")).isEqualTo(audit + 1);
            assertThat(world.rows(CHANGE_FEED)).isEqualTo(feed + 2);
            assertThat(vanOnHand()).isEqualByComparingTo("4");
        });
    }

    @Test
    void returningMoreThanTheJobUsedIs409SayingHowManyCanComeBackAndChangesNothing() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            use(client, 1);
            List<Integer> before = snapshot();

            Response tooMany = post(client, world.myJob, "{\"partId\": " + world.part + ", \"quantity\": 2}");

            assertThat(tooMany.code()).isEqualTo(409);
            JsonNode error = RecordsWorld.json(tooMany);
            assertThat(error.get("error").asText()).isEqualTo("return_exceeds_use");
            assertThat(error.get("message").asText()).isEqualTo("At most 1 × " + world.partSku
                    + " can come back from this job (used and not yet returned), got 2");
            assertThat(error.get("details").get("returnable").decimalValue()).isEqualByComparingTo("1");
            assertThat(error.get("details").get("requested").decimalValue()).isEqualByComparingTo("2");
            assertThat(snapshot()).isEqualTo(before);
        });
    }

    @Test
    void aClosedJobRefusesTheReturnWith409AndChangesNothing() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            use(client, 2);
            world.dsl.update(WORK_ORDER).set(WORK_ORDER.STATUS, "CLOSED").where(WORK_ORDER.ID.eq(world.myJob)).execute();
            List<Integer> before = snapshot();

            Response closed = post(client, world.myJob, "{\"partId\": " + world.part + ", \"quantity\": 1}");

            assertThat(closed.code()).isEqualTo(409);
            JsonNode error = RecordsWorld.json(closed);
            assertThat(error.get("error").asText()).isEqualTo("work_order_closed");
            assertThat(error.get("message").asText()).contains("is Closed, so returning parts from it is refused");
            assertThat(snapshot()).isEqualTo(before);
        });
    }

    @Test
    void badBodiesAre400AndUnknownPartsOrOtherTechniciansJobsAre404() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            use(client, 2);
            List<Integer> before = snapshot();
            for (String bad : new String[]{"{\"partId\": " + world.part + ", \"quantity\": 0}",
                    "{\"partId\": " + world.part + ", \"quantity\": -1}", "{\"partId\": " + world.part + "}",
                    "{\"quantity\": 1}", "{\"partId\": " + world.part + ", \"quantity\": \"lots\"}", "{not json", ""}) {
                Response response = post(client, world.myJob, bad);
                assertThat(response.code()).as(bad + ": " + response.body().string()).isEqualTo(400);
            }
            Response zero = post(client, world.myJob, "{\"partId\": " + world.part + ", \"quantity\": 0}");
            assertThat(RecordsWorld.json(zero).get("details").get("field").asText()).isEqualTo("quantity");
            Response noPart = post(client, world.myJob, "{\"partId\": 424242, \"quantity\": 1}");
            Response theirs = post(client, world.theirJob, "{\"partId\": " + world.part + ", \"quantity\": 1}");
            Response none = post(client, 424_242, "{\"partId\": " + world.part + ", \"quantity\": 1}");

            assertThat(noPart.code()).isEqualTo(404);
            assertThat(RecordsWorld.json(noPart).get("details").get("entity").asText()).isEqualTo("part");
            assertThat(theirs.code()).isEqualTo(404);
            assertThat(RecordsWorld.json(theirs).get("details").get("entity").asText()).isEqualTo("work order");
            assertThat(none.code()).isEqualTo(404);
            assertThat(snapshot()).isEqualTo(before);
        });
    }

    private void use(HttpClient client, int quantity) {
        Response used = ApiFixture.postJson(client, "/api/v1/jobs/" + world.myJob + "/parts",
                "{\"partId\": " + world.part + ", \"quantity\": " + quantity + "}", ApiFixture.bearer(world.myToken()));
        assertThat(used.code()).isEqualTo(201);
    }

    private Response post(HttpClient client, long job, String json) {
        return ApiFixture.postJson(client, "/api/v1/jobs/" + job + "/parts/returns", json,
                ApiFixture.bearer(world.myToken()));
    }

    private BigDecimal vanOnHand() {
        return world.dsl.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL).where(STOCK_LEVEL.LOCATION_ID.eq(world.van))
                .fetchSingle().value1();
    }

    /** Movements, audit and feed rows and the van's level: equal snapshots mean nothing was written. */
    private List<Integer> snapshot() {
        return List.of(world.rows(STOCK_MOVEMENT), world.rows(AUDIT_LOG), world.rows(CHANGE_FEED),
                vanOnHand().intValue());
    }
}
