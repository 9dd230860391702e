package com.fieldwork.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.db.Database;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.demo.DemoCredentials;
import com.fieldwork.db.demo.DemoUser;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The passwords the README gives for the demo company really sign in, technicians with their profile. */
class DemoLoginAuthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;

    @BeforeAll
    static void loadDemoCompany() {
        database = TestDatabases.fresh(TestEngine.H2);
        try {
            new DemoCompanySeeder(CLOCK, new FileContentStore(java.nio.file.Files.createTempDirectory("demo-files")))
                    .seedIfEmpty(database);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aDemoDispatcherAndADemoTechnicianSignInWithTheDocumentedPasswords() {
        DemoUser dispatcher = DemoCredentials.roleUsers().stream()
                .filter(u -> u.username().equals("dispatch")).findFirst().orElseThrow();
        DemoUser technician = DemoCredentials.technicians().get(0);
        JavalinTest.test(FieldApi.create(new FieldApiContext(database, CLOCK, "test")), (server, client) -> {
            JsonNode office = JSON.readTree(ApiFixture.postJson(client, "/api/v1/auth/login",
                    "{\"username\": \"dispatch\", \"password\": \"" + dispatcher.password() + "\"}").body().string());
            assertThat(office.path("user").path("role").asText()).isEqualTo("DISPATCHER");

            var response = ApiFixture.postJson(client, "/api/v1/auth/login", "{\"username\": \"" + technician.username()
                    + "\", \"password\": \"" + DemoCredentials.TECHNICIAN_PASSWORD + "\"}");
            assertThat(response.code()).isEqualTo(200);
            JsonNode field = JSON.readTree(response.body().string());
            assertThat(field.path("user").path("technicianId").asLong()).isPositive();

            JsonNode me = JSON.readTree(client.get("/api/v1/me", ApiFixture.bearer(field.get("token").asText())).body().string());
            assertThat(me.get("username").asText()).isEqualTo(technician.username());
        });
    }
}
