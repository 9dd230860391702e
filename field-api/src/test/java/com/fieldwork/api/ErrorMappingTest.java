package com.fieldwork.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of failure comes out as one {@code ErrorResponse} shape with the right status. */
class ErrorMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh(TestEngine.H2);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** A rule of the business with a code of its own, as later use cases will throw them. */
    static final class RuleException extends DomainException {
        private final String code;

        RuleException(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    record NewNote(String text, int minutes) {
        NewNote {
            Objects.requireNonNull(text, "text");
            if (minutes < 0) {
                throw new ValidationException("minutes", "Minutes cannot be negative");
            }
        }
    }

    private static Javalin app() {
        return FieldApi.create(new FieldApiContext(database, Clock.systemUTC(), "test"), config -> {
            config.routes.get("/throw/not-found", ctx -> {
                throw new NotFoundException("work order", 42);
            });
            config.routes.get("/throw/validation", ctx -> {
                throw new ValidationException("quantity", "Quantity must be at least 1");
            });
            config.routes.get("/throw/conflict", ctx -> {
                throw new ConflictException("Work order number WO-2026-000123 is already taken");
            });
            config.routes.get("/throw/concurrent", ctx -> {
                throw new ConcurrentModificationException("visit", 7, 3, 4, "dana", Instant.parse("2026-11-25T09:30:00Z"));
            });
            config.routes.get("/throw/rule/{code}", ctx -> {
                throw new RuleException(ctx.pathParam("code"), "The rule said no");
            });
            config.routes.get("/throw/bad-request", ctx -> {
                throw new BadRequestResponse("Missing the 'from' query parameter");
            });
            config.routes.get("/throw/bug", ctx -> {
                throw new IllegalStateException("secret internals: password=hunter2");
            });
            config.routes.get("/throw/error", ctx -> {
                throw new AssertionError("secret internals");
            });
            config.routes.get("/limit", ctx -> ctx.result(String.valueOf(
                    ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0, "must be positive").get())));
            config.routes.post("/notes", ctx -> ctx.json(ctx.bodyAsClass(NewNote.class)));
            config.routes.post("/notes/validated", ctx -> ctx.json(ctx.bodyValidator(NewNote.class).get()));
        });
    }

    private static JsonNode json(Response response) throws Exception {
        assertThat(response.headers().get("Content-Type")).anySatisfy(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body().string());
    }

    private static Response postRaw(HttpClient client, String path, String body) {
        return client.request(path, request -> request.post(BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    @Test
    void notFoundIs404WithEntityAndId() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/not-found");
            assertThat(response.code()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("not_found");
            assertThat(body.get("message").asText()).isEqualTo("No work order with id 42");
            assertThat(body.at("/details/entity").asText()).isEqualTo("work order");
            assertThat(body.at("/details/id").asText()).isEqualTo("42");
        });
    }

    @Test
    void validationIs400NamingTheField() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/validation");
            assertThat(response.code()).isEqualTo(400);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("validation_failed");
            assertThat(body.get("message").asText()).isEqualTo("Quantity must be at least 1");
            assertThat(body.at("/details/field").asText()).isEqualTo("quantity");
        });
    }

    @Test
    void conflictIs409() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/conflict");
            assertThat(response.code()).isEqualTo(409);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("conflict");
            assertThat(body.get("message").asText()).isEqualTo("Work order number WO-2026-000123 is already taken");
            assertThat(body.get("details").isEmpty()).isTrue();
        });
    }

    @Test
    void concurrentModificationIs409NamingWhoAndWhen() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/concurrent");
            assertThat(response.code()).isEqualTo(409);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("concurrent_modification");
            assertThat(body.get("message").asText()).startsWith("visit 7 was changed by dana at 2026-11-25T09:30:00Z");
            assertThat(body.at("/details/changedBy").asText()).isEqualTo("dana");
            assertThat(body.at("/details/changedAt").asText()).isEqualTo("2026-11-25T09:30:00Z");
            assertThat(body.at("/details/currentVersion").asLong()).isEqualTo(4);
            assertThat(body.at("/details/yourVersion").asLong()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @CsvSource({"permission_denied, 403", "invalid_transition, 409", "outside_working_hours, 422"})
    void otherDomainCodesMapByCode(String code, int status) {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/rule/" + code);
            assertThat(response.code()).isEqualTo(status);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo(code);
            assertThat(body.get("message").asText()).isEqualTo("The rule said no");
        });
    }

    @Test
    void javalinBadRequestIs400() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/bad-request");
            assertThat(response.code()).isEqualTo(400);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("bad_request");
            assertThat(body.get("message").asText()).isEqualTo("Missing the 'from' query parameter");
        });
    }

    @Test
    void javalinValidatorFailuresAre400NamingTheParameter() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(client.get("/limit?limit=5").body().string()).isEqualTo("5");

            Response notANumber = client.get("/limit?limit=abc");
            assertThat(notANumber.code()).isEqualTo(400);
            JsonNode body = json(notANumber);
            assertThat(body.get("error").asText()).isEqualTo("bad_request");
            assertThat(body.get("message").asText()).contains("limit");
            assertThat(body.at("/details/field").asText()).isEqualTo("limit");

            Response negative = client.get("/limit?limit=-1");
            assertThat(negative.code()).isEqualTo(400);
            assertThat(json(negative).get("message").asText()).contains("limit: must be positive");
        });
    }

    @Test
    void unknownRouteIs404Json() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/nope");
            assertThat(response.code()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("not_found");
            assertThat(body.get("message").asText()).isEqualTo("There is no endpoint GET /nope");
        });
    }

    @Test
    void malformedJsonBodyIs400() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/notes", "/notes/validated"}) {
                Response response = postRaw(client, path, "{\"text\": \"fixed the pump\", ");
                assertThat(response.code()).as(path).isEqualTo(400);
                JsonNode body = json(response);
                assertThat(body.get("error").asText()).as(path).isEqualTo("bad_request");
                assertThat(body.get("message").asText()).as(path).startsWith("The request body is not valid JSON");
            }
        });
    }

    @Test
    void wrongShapeIs400NamingTheField() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/notes", "/notes/validated"}) {
                Response response = postRaw(client, path, "{\"text\": \"fixed the pump\", \"minutes\": \"ten\"}");
                assertThat(response.code()).as(path).isEqualTo(400);
                JsonNode body = json(response);
                assertThat(body.get("error").asText()).as(path).isEqualTo("bad_request");
                assertThat(body.get("message").asText()).as(path).startsWith("The request body does not have the expected shape");
                assertThat(body.at("/details/field").asText()).as(path).isEqualTo("minutes");
            }
        });
    }

    @Test
    void aRuleBrokenInsideARequestRecordIsItsDomainError() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/notes", "/notes/validated"}) {
                Response response = postRaw(client, path, "{\"text\": \"fixed the pump\", \"minutes\": -5}");
                assertThat(response.code()).as(path).isEqualTo(400);
                JsonNode body = json(response);
                assertThat(body.get("error").asText()).as(path).isEqualTo("validation_failed");
                assertThat(body.get("message").asText()).as(path).isEqualTo("Minutes cannot be negative");
                assertThat(body.at("/details/field").asText()).as(path).isEqualTo("minutes");
            }
        });
    }

    @Test
    void unexpectedExceptionIs500WithOnlyTheRequestId() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/bug", request -> request.header("X-Request-Id", "bug-report-1"));
            assertThat(response.code()).isEqualTo(500);
            String raw = response.body().string();
            assertThat(raw).doesNotContain("secret", "IllegalStateException", "hunter2");
            JsonNode body = JSON.readTree(raw);
            assertThat(body.get("error").asText()).isEqualTo("internal_error");
            assertThat(body.get("message").asText()).isEqualTo("Something went wrong; reference bug-report-1");
        });
    }

    @Test
    void javaLangErrorIs500TooWithoutInternals() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.get("/throw/error", request -> request.header("X-Request-Id", "bug-report-2"));
            assertThat(response.code()).isEqualTo(500);
            String raw = response.body().string();
            assertThat(raw).doesNotContain("secret", "AssertionError");
            JsonNode body = JSON.readTree(raw);
            assertThat(body.get("error").asText()).isEqualTo("internal_error");
            assertThat(body.get("message").asText()).isEqualTo("Something went wrong; reference bug-report-2");
        });
    }
}
