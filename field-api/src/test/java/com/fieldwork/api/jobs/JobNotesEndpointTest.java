package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/jobs/{id}/notes}, on H2 and PostgreSQL. */
class JobNotesEndpointTest extends JobsEndpointTest {

    @Test
    void aNoteIsCreatedWithAuthorAndAuditedAndShowsOnTheJob() {
        long audit = world.count(AUDIT_LOG);
        long feed = world.count(CHANGE_FEED);
        String path = "/api/v1/jobs/" + world.mainJob.id();
        JavalinTest.test(world.app(), (server, client) -> {
            Response response = ApiFixture.postJson(client, path + "/notes",
                    "{\"body\": \"Gate was locked, called the owner\", \"internal\": true}", bearer(world.techA.token()));

            assertThat(response.code()).isEqualTo(201);
            JsonNode note = JobWorld.json(response);
            assertThat(note.get("body").asText()).isEqualTo("Gate was locked, called the owner");
            assertThat(note.get("internal").asBoolean()).isTrue();
            assertThat(note.get("authorId").asLong()).isEqualTo(world.techA.actor().userId());
            assertThat(note.get("createdAt").asText()).isEqualTo("2026-03-10T08:00:00-06:00");

            JsonNode job = JobWorld.json(client.get(path, bearer(world.techA.token())));
            assertThat(job.get("notes")).extracting(n -> n.get("body").asText())
                    .contains("Gate was locked, called the owner");
        });
        assertThat(world.count(AUDIT_LOG)).isEqualTo(audit + 1);
        assertThat(world.count(CHANGE_FEED)).isEqualTo(feed + 1);
    }

    @Test
    void aBlankOrMissingBodyIsA400NamingBody() {
        long notes = world.count(WORK_ORDER_NOTE);
        String path = "/api/v1/jobs/" + world.mainJob.id() + "/notes";
        JavalinTest.test(world.app(), (server, client) -> {
            for (String json : new String[] {"{\"body\": \"   \"}", "{}", "null", "{\"body\": 1"}) {
                Response response = ApiFixture.postJson(client, path, json, bearer(world.techA.token()));
                assertThat(response.code()).as(json).isEqualTo(400);
                if (!json.endsWith("1")) {
                    assertThat(JobWorld.json(response).get("details").get("field").asText()).as(json).isEqualTo("body");
                }
            }
        });
        assertThat(world.count(WORK_ORDER_NOTE)).isEqualTo(notes);
    }
}
