package com.fieldwork.api.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
class HealthEndpointTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:00.123456Z"), ZoneOffset.ofHours(1));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    TestEngine engine;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void upWhenTheDatabaseAnswersAndTheSchemaIsCurrent() {
        JavalinTest.test(FieldApi.create(new FieldApiContext(database, CLOCK, "9.9.9-test")), (server, client) -> {
            Response response = client.get("/health");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type")).anySatisfy(type -> assertThat(type).startsWith("application/json"));
            JsonNode body = JSON.readTree(response.body().string());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("database").asText()).isEqualTo("UP");
            assertThat(body.get("engine").asText()).isEqualTo(engine.name());
            assertThat(body.get("schemaVersion").asText()).as("the newest migration, which MigrationTest pins")
                    .isEqualTo(database.schemaVersion().orElseThrow()).isNotBlank();
            assertThat(body.get("migrated").asBoolean()).isTrue();
            assertThat(body.get("version").asText()).isEqualTo("9.9.9-test");
            assertThat(body.get("time").asText()).isEqualTo("2026-11-25T10:30:00.123+01:00");
            assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly(
                    "status", "database", "engine", "schemaVersion", "migrated", "version", "time");
        });
    }

    @Test
    void downWith503WhenTheDatabaseIsGone() {
        JavalinTest.test(FieldApi.create(new FieldApiContext(database, CLOCK, "9.9.9-test")), (server, client) -> {
            database.close();

            Response response = client.get("/health");

            assertThat(response.code()).isEqualTo(503);
            JsonNode body = JSON.readTree(response.body().string());
            assertThat(body.get("status").asText()).isEqualTo("DOWN");
            assertThat(body.get("database").asText()).isEqualTo("DOWN");
            assertThat(body.get("engine").asText()).isEqualTo(engine.name());
            assertThat(body.get("error").asText()).startsWith("the database does not answer: ").contains("closed");
            assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly(
                    "status", "database", "engine", "version", "time", "error");
            assertThat(body.get("time").asText()).isEqualTo("2026-11-25T10:30:00.123+01:00");
        });
    }
}
