package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.testing.ApiDocument;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/jobs/{id}}: everything the phone shows of one job, on H2 and PostgreSQL. */
class JobDetailEndpointTest extends JobsEndpointTest {

    @Test
    void theJobShowsCustomerSiteChecklistPartsNotesAndHistory() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = client.get("/api/v1/jobs/" + world.mainJob.id(), bearer(world.techA.token()));

            assertThat(response.code()).isEqualTo(200);
            JsonNode job = JobWorld.json(response);
            JsonNode order = job.get("workOrder");
            assertThat(order.get("summary").asText()).isEqualTo("No heat in the office");
            assertThat(order.get("status").asText()).isEqualTo("ASSIGNED");
            assertThat(order.get("version").asLong()).isEqualTo(world.mainJob.version());
            assertThat(order.get("allowedStatuses")).extracting(JsonNode::asText).containsExactly("EN_ROUTE");
            assertThat(job.get("customer").get("name").asText()).startsWith("Customer ");
            assertThat(job.get("site").get("accessNotes").asText()).isEqualTo("Key box code 4711");
            assertThat(job.get("site").get("safetyNotes").asText()).isEqualTo("Dog in the yard");
            assertThat(job.get("asset").get("make").asText()).isEqualTo("Carrier");
            assertThat(job.get("template").get("code").asText()).isEqualTo("FURN-SVC");

            JsonNode checklist = job.get("checklist");
            assertThat(checklist).hasSize(2);
            assertThat(checklist.get(0).get("prompt").asText()).isEqualTo("Burner lit cleanly?");
            assertThat(checklist.get(0).get("answer").asBoolean()).isTrue();
            assertThat(checklist.get(0).get("answeredBy").asLong()).isEqualTo(world.techA.actor().userId());
            assertThat(checklist.get(1).get("answer").isNull()).isTrue();

            JsonNode part = job.get("parts").get(0);
            assertThat(part.get("partId").asLong()).isEqualTo(world.filter);
            assertThat(part.get("quantity").decimalValue()).isEqualByComparingTo("2");
            assertThat(part.get("inVanOnHand").decimalValue()).isEqualByComparingTo("4");

            assertThat(job.get("notes")).extracting(n -> n.get("body").asText()).containsExactly("Call before arrival");
            assertThat(job.get("history")).extracting(h -> h.get("to").asText()).containsExactly("PENDING", "ASSIGNED");
            // every time carries the company's offset
            assertThat(job.get("visits").get(0).get("plannedStart").asText()).isEqualTo("2026-03-10T09:00:00-06:00");
            assertThat(job.get("notes").get(0).get("createdAt").asText()).endsWith("-06:00");
        });
    }

    /** A phone app is generated from /api/openapi.json: the job it receives must have the promised shape. */
    @Test
    void theJobHasExactlyThePropertiesTheOpenApiDocumentPromises() {
        JavalinTest.test(world.app(), (server, client) -> {
            ApiDocument document = ApiDocument.fetch(client);
            JsonNode job = JobWorld.json(client.get("/api/v1/jobs/" + world.mainJob.id(), bearer(world.techA.token())));
            JsonNode schema = document.responseSchema("GET", "/api/v1/jobs/{workOrderId}", 200);

            assertThat(ApiDocument.fieldNames(job)).isEqualTo(document.properties(schema));
            for (String part : List.of("workOrder", "customer", "site", "asset", "template")) {
                assertThat(ApiDocument.fieldNames(job.get(part))).as(part)
                        .isEqualTo(document.properties(document.property(schema, part)));
            }
            for (String list : List.of("visits", "checklist", "parts", "notes", "history")) {
                assertThat(job.get(list)).as(list).isNotEmpty();
                assertThat(ApiDocument.fieldNames(job.get(list).get(0))).as(list)
                        .isEqualTo(document.properties(document.property(schema, list)));
            }
        });
    }

    @Test
    void anotherTechniciansJobAndAMissingOneAreTheSame404() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response others = client.get("/api/v1/jobs/" + world.othersJob.id(), bearer(world.techA.token()));
            Response missing = client.get("/api/v1/jobs/999999", bearer(world.techA.token()));

            assertThat(others.code()).isEqualTo(404);
            assertThat(missing.code()).isEqualTo(404);
            JsonNode othersBody = JobWorld.json(others);
            assertThat(othersBody.get("error").asText()).isEqualTo("not_found");
            assertThat(othersBody.get("message").asText()).doesNotContain("Colleague");
        });
    }

    @Test
    void theOfficeReadsAJobAsTheTechnicianSeesItWhenItSaysWhich() {
        long techA = world.techA.actor().technicianId().getAsLong();
        String path = "/api/v1/jobs/" + world.mainJob.id();
        JavalinTest.test(world.app(), (server, client) -> {
            Response asA = client.get(path + "?technicianId=" + techA, bearer(world.dispatcher.token()));
            assertThat(asA.code()).isEqualTo(200);
            assertThat(JobWorld.json(asA).get("workOrder").get("id").asLong()).isEqualTo(world.mainJob.id());

            Response unsaid = client.get(path, bearer(world.dispatcher.token()));
            assertThat(unsaid.code()).isEqualTo(400);
            assertThat(JobWorld.json(unsaid).get("details").get("field").asText()).isEqualTo("technicianId");

            long techB = world.techB.actor().technicianId().getAsLong();
            Response colleague = client.get(path + "?technicianId=" + techB, bearer(world.techA.token()));
            assertThat(colleague.code()).isEqualTo(403);
        });
    }

    @Test
    void aNonNumericIdIsA400() {
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = client.get("/api/v1/jobs/abc", bearer(world.techA.token()));
            assertThat(response.code()).isEqualTo(400);
            assertThat(JobWorld.json(response).get("details").get("field").asText()).isEqualTo("workOrderId");
        });
    }
}
