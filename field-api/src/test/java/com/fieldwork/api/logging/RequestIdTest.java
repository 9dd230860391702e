package com.fieldwork.api.logging;

import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh(TestEngine.H2);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Javalin app() {
        return FieldApi.create(new FieldApiContext(database, Clock.systemUTC(), "test"));
    }

    private static String requestId(Response response) {
        assertThat(response.headers().get("X-Request-Id")).hasSize(1);
        return response.headers().get("X-Request-Id").get(0);
    }

    @Test
    void anIncomingRequestIdIsEchoedBack() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/health", request -> request.header("X-Request-Id", "proxy-4711.a"));
            assertThat(requestId(response)).isEqualTo("proxy-4711.a");
        });
    }

    @Test
    void withoutOneEachRequestGetsAFreshShortId() {
        JavalinTest.test(app(), (server, client) -> {
            String first = requestId(client.get("/health"));
            String second = requestId(client.get("/health"));
            assertThat(first).matches("[0-9a-f]{12}");
            assertThat(second).matches("[0-9a-f]{12}").isNotEqualTo(first);
        });
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        JavalinTest.test(app(), (server, client) -> {
            String forged = "x".repeat(65);
            assertThat(requestId(client.get("/health", request -> request.header("X-Request-Id", forged))))
                    .matches("[0-9a-f]{12}");
        });
    }

    @Test
    void errorResponsesCarryTheIdToo() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/nope", request -> request.header("X-Request-Id", "lost-1"));
            assertThat(response.code()).isEqualTo(404);
            assertThat(requestId(response)).isEqualTo("lost-1");
        });
    }
}
