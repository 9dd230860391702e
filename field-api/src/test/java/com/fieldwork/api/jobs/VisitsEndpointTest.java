package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/visits}: a technician's day, on H2 and PostgreSQL. */
class VisitsEndpointTest extends JobsEndpointTest {

    static List<Long> workOrderIds(JsonNode day) {
        List<Long> ids = new ArrayList<>();
        day.get("visits").forEach(v -> ids.add(v.get("workOrderId").asLong()));
        return ids;
    }

    @Test
    void todayListsExactlyMyVisitsWithTheirSummaryInTheCompanyZone() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = client.get("/api/v1/visits", bearer(world.techA.token()));

            assertThat(response.code()).isEqualTo(200);
            JsonNode day = JobWorld.json(response);
            assertThat(day.get("date").asText()).isEqualTo("2026-03-10");
            assertThat(day.get("zone").asText()).isEqualTo("America/Denver");
            assertThat(workOrderIds(day)).containsExactly(world.mainJob.id());
            JsonNode visit = day.get("visits").get(0);
            assertThat(visit.get("visitId").asLong()).isEqualTo(world.mainVisit.id());
            assertThat(visit.get("plannedStart").asText()).isEqualTo("2026-03-10T09:00:00-06:00");
            assertThat(visit.get("plannedEnd").asText()).isEqualTo("2026-03-10T11:00:00-06:00");
            assertThat(visit.get("summary").asText()).isEqualTo("No heat in the office");
            assertThat(visit.get("priority").asText()).isEqualTo("HIGH");
            assertThat(visit.get("status").asText()).isEqualTo("ASSIGNED");
            assertThat(visit.get("workOrderVersion").asLong()).isEqualTo(world.mainJob.version());
            assertThat(visit.get("visitVersion").asLong()).isEqualTo(world.mainVisit.version());
            assertThat(visit.get("address").get("city").asText()).isEqualTo("Denver");
            assertThat(visit.get("actualStart").isNull()).isTrue();

            JsonNode other = JobWorld.json(client.get("/api/v1/visits", bearer(world.techB.token())));
            assertThat(workOrderIds(other)).containsExactly(world.othersJob.id());
        });
    }

    @Test
    void aDateParameterPicksTheDay() {
        JavalinTest.test(world.app(), (server, client) -> {
            JsonNode day = JobWorld.json(client.get("/api/v1/visits?date=2026-03-11", bearer(world.techA.token())));
            assertThat(day.get("date").asText()).isEqualTo("2026-03-11");
            assertThat(workOrderIds(day)).containsExactly(world.tomorrowJob.id());
        });
    }

    @Test
    void aBadDateIsA400NamingDate() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = client.get("/api/v1/visits?date=10.03.2026", bearer(world.techA.token()));
            assertThat(response.code()).isEqualTo(400);
            JsonNode error = JobWorld.json(response);
            assertThat(error.get("error").asText()).isEqualTo("validation_failed");
            assertThat(error.get("details").get("field").asText()).isEqualTo("date");
        });
    }

    @Test
    void aTechnicianCannotReadAColleaguesDay() {
        long colleague = world.techB.actor().technicianId().getAsLong();
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = client.get("/api/v1/visits?technicianId=" + colleague, bearer(world.techA.token()));
            assertThat(response.code()).isEqualTo(403);
            assertThat(JobWorld.json(response).get("error").asText()).isEqualTo("permission_denied");
        });
    }

    @Test
    void theOfficeReadsATechniciansDayByIdAndMustSayWhose() {
        long techA = world.techA.actor().technicianId().getAsLong();
        JavalinTest.test(world.app(), (server, client) -> {
            JsonNode day = JobWorld.json(client.get("/api/v1/visits?technicianId=" + techA,
                    bearer(world.dispatcher.token())));
            assertThat(workOrderIds(day)).containsExactly(world.mainJob.id());

            Response noId = client.get("/api/v1/visits", bearer(world.dispatcher.token()));
            assertThat(noId.code()).isEqualTo(400);
            assertThat(JobWorld.json(noId).get("details").get("field").asText()).isEqualTo("technicianId");
            Response badId = client.get("/api/v1/visits?technicianId=abc", bearer(world.dispatcher.token()));
            assertThat(badId.code()).isEqualTo(400);
        });
    }
}
