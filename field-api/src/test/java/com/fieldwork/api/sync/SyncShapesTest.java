package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiDocument;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync answer is written as maps, not records, so nothing but this test ties it to the documented
 * {@link SyncShapes}: an applied and a rejected event carry only documented properties, between them all.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
class SyncShapesTest {

    @Parameter
    TestEngine engine;

    SyncWorld world;

    @BeforeEach
    void build() {
        world = new SyncWorld(engine, 2, 1);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aSyncAnswerHasTheDocumentedShape() {
        String token = world.fixture.tokenFor(world.technicians.get(0));
        String batch = SyncEndpointTest.batch(
                SyncEndpointTest.event(UUID.randomUUID(), SyncEndpointTest.T1, "note",
                        "{\"workOrderId\":" + world.jobs.get(0).get(0) + ",\"body\":\"Gate locked\"}"),
                SyncEndpointTest.event(UUID.randomUUID(), SyncEndpointTest.T1, "note",
                        "{\"workOrderId\":" + world.jobs.get(1).get(0) + ",\"body\":\"Not mine\"}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            ApiDocument document = ApiDocument.fetch(client);
            var response = ApiFixture.postJson(client, "/api/v1/sync", batch, bearer(token));
            JsonNode answer = new ObjectMapper().readTree(response.body().string());
            JsonNode schema = document.responseSchema("POST", "/api/v1/sync", 200);

            assertThat(response.code()).isEqualTo(200);
            assertThat(ApiDocument.fieldNames(answer)).isEqualTo(document.properties(schema));
            JsonNode applied = answer.get("results").get(0);
            JsonNode rejected = answer.get("results").get(1);
            assertThat(applied.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(rejected.get("outcome").asText()).isEqualTo("REJECTED");
            var documented = document.properties(document.property(schema, "results"));
            assertThat(documented).containsAll(ApiDocument.fieldNames(applied)).containsAll(ApiDocument.fieldNames(rejected));
            var seen = new java.util.TreeSet<>(ApiDocument.fieldNames(applied));
            seen.addAll(ApiDocument.fieldNames(rejected));
            assertThat(seen).isEqualTo(documented);
        });
    }

    @Test
    void theDocumentNamesEveryEventTypeTheServerReadsWithItsPayloadsFields() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            ApiDocument document = ApiDocument.fetch(client);
            JsonNode batch = document.root().path("paths").path("/api/v1/sync").path("post").path("requestBody")
                    .path("content").path("application/json").path("schema");
            JsonNode event = document.property(batch, "events");

            List<String> types = new ArrayList<>();
            document.property(event, "type").path("enum").forEach(type -> types.add(type.asText()));
            assertThat(types).containsExactlyInAnyOrder(Arrays.stream(SyncEventType.values())
                    .map(SyncEventType::wire).toArray(String[]::new));

            Set<Set<String>> documented = new HashSet<>();
            document.property(event, "payload").path("oneOf").forEach(shape -> documented.add(document.properties(shape)));
            for (SyncEventType type : SyncEventType.values()) {
                Set<String> fields = Arrays.stream(type.payload().getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(documented).as("payload of %s", type.wire()).contains(fields);
            }
        });
    }
}
