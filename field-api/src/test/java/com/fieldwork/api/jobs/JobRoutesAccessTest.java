package com.fieldwork.api.jobs;

import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every jobs route against who is calling: no token is 401, and technician A touching technician B's job
 * gets 404, as if it did not exist, and changes nothing.
 */
class JobRoutesAccessTest extends JobsEndpointTest {

    /** One call per route, on the given job, with the given request decoration. */
    static Response[] everyRoute(HttpClient client, long workOrderId, long version, Consumer<io.javalin.testtools.Request.Builder> auth) {
        String job = "/api/v1/jobs/" + workOrderId;
        return new Response[] {
                client.request("/api/v1/visits", auth::accept),
                client.request(job, auth::accept),
                ApiFixture.postJson(client, job + "/status",
                        "{\"to\": \"EN_ROUTE\", \"version\": " + version + "}", auth),
                ApiFixture.postJson(client, job + "/notes", "{\"body\": \"hello\"}", auth),
        };
    }

    @Test
    void everyRouteWantsAToken() {
        JavalinTest.test(world.app(), (server, client) -> {
            for (Response response : everyRoute(client, world.mainJob.id(), world.mainJob.version(), r -> { })) {
                assertThat(response.code()).as(response.toString()).isEqualTo(401);
                assertThat(JobWorld.json(response).get("error").asText()).isEqualTo("unauthenticated");
            }
            for (Response response : everyRoute(client, world.mainJob.id(), world.mainJob.version(),
                    bearer("not-a-token"))) {
                assertThat(response.code()).as(response.toString()).isEqualTo(401);
            }
        });
    }

    @Test
    void anotherTechniciansJobIsNotFoundOnEveryJobRouteAndUntouched() {
        long notes = world.count(WORK_ORDER_NOTE);
        long audit = world.count(AUDIT_LOG);
        JavalinTest.test(world.app(), (server, client) -> {
            Response[] responses = everyRoute(client, world.othersJob.id(), world.othersJob.version(),
                    bearer(world.techA.token()));
            for (int i = 1; i < responses.length; i++) {
                assertThat(responses[i].code()).as(responses[i].toString()).isEqualTo(404);
                assertThat(JobWorld.json(responses[i]).get("error").asText()).isEqualTo("not_found");
            }
        });
        assertThat(world.count(WORK_ORDER_NOTE)).isEqualTo(notes);
        assertThat(world.count(AUDIT_LOG)).isEqualTo(audit);
        assertThat(world.workOrders.find(world.othersJob.id()).orElseThrow().version())
                .isEqualTo(world.othersJob.version());
    }

    @Test
    void anUnknownJobIsNotFoundOnEveryJobRoute() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response[] responses = everyRoute(client, 999_999, 1, bearer(world.techA.token()));
            for (int i = 1; i < responses.length; i++) {
                assertThat(responses[i].code()).as(responses[i].toString()).isEqualTo(404);
                assertThat(JobWorld.json(responses[i]).get("error").asText()).isEqualTo("not_found");
            }
        });
    }
}
