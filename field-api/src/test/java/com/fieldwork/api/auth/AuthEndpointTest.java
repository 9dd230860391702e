package com.fieldwork.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.api.testing.SignedInApiTest;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, staying signed in, and being refused, over HTTP on H2 and PostgreSQL. */
class AuthEndpointTest extends SignedInApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LOGIN = "/api/v1/auth/login";

    static Response login(HttpClient client, String username, String password) {
        return ApiFixture.postJson(client, LOGIN,
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    @Test
    void aGoodSignInReturnsATokenThatOpensTheApi() {
        Actor technician = fixture.user(Role.TECHNICIAN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response response = login(client, technician.username().toUpperCase(), ApiFixture.PASSWORD);

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Cache-Control")).contains("no-store");
            JsonNode body = json(response);
            assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
            assertThat(body.get("expiresAt").asText()).isEqualTo("2026-03-03T01:00:00Z");
            String token = body.get("token").asText();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            JsonNode user = body.get("user");
            assertThat(user.get("id").asLong()).isEqualTo(technician.userId());
            assertThat(user.get("username").asText()).isEqualTo(technician.username());
            assertThat(user.get("displayName").asText()).isEqualTo(technician.displayName());
            assertThat(user.get("role").asText()).isEqualTo("TECHNICIAN");
            assertThat(user.get("technicianId").asLong()).isEqualTo(technician.technicianId().getAsLong());

            Response me = client.get("/api/v1/me", ApiFixture.bearer(token));
            assertThat(me.code()).isEqualTo(200);
            assertThat(json(me)).isEqualTo(user);
        });
    }

    @Test
    void anOfficeUserHasNoTechnicianId() {
        String token = fixture.tokenFor(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            JsonNode me = json(client.get("/api/v1/me", ApiFixture.bearer(token)));
            assertThat(me.get("role").asText()).isEqualTo("DISPATCHER");
            assertThat(me.has("technicianId")).isFalse();
        });
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADeactivatedUserGetTheSameAnswer() {
        Actor user = fixture.user(Role.DISPATCHER);
        Actor gone = fixture.user(Role.DISPATCHER);
        database.dsl().update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ID.eq(gone.userId())).execute();
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response wrong = login(client, user.username(), "not the password");
            Response unknown = login(client, "nobody-here", ApiFixture.PASSWORD);
            Response inactive = login(client, gone.username(), ApiFixture.PASSWORD);

            String body = wrong.body().string();
            assertThat(wrong.code()).isEqualTo(401);
            assertThat(wrong.headers().get("WWW-Authenticate")).anySatisfy(h -> assertThat(h).startsWith("Bearer"));
            assertThat(JSON.readTree(body).get("error").asText()).isEqualTo("invalid_credentials");
            assertThat(unknown.code()).isEqualTo(401);
            assertThat(unknown.body().string()).isEqualTo(body);
            assertThat(inactive.code()).isEqualTo(401);
            assertThat(inactive.body().string()).isEqualTo(body);
        });
    }

    @Test
    void theSixthAttemptIsRefusedUntilTheOldestFailureLeavesTheWindow() {
        Actor user = fixture.user(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            for (int i = 0; i < 5; i++) {
                assertThat(login(client, user.username(), "guess " + i).code()).isEqualTo(401);
                clock.advance(Duration.ofSeconds(10));
            }
            // even the right password: the throttle answers before the password is looked at
            Response refused = login(client, user.username(), ApiFixture.PASSWORD);

            assertThat(refused.code()).isEqualTo(429);
            // the first failure was 50 s ago, so it leaves the 15-minute window in 850 s
            assertThat(refused.headers().get("Retry-After")).containsExactly("850");
            JsonNode body = json(refused);
            assertThat(body.get("error").asText()).isEqualTo("too_many_attempts");
            assertThat(body.get("details").get("retryAfterSeconds").asLong()).isEqualTo(850);

            clock.advance(Duration.ofSeconds(849));
            assertThat(login(client, user.username(), ApiFixture.PASSWORD).code()).isEqualTo(429);
            clock.advance(Duration.ofSeconds(1));
            assertThat(login(client, user.username(), ApiFixture.PASSWORD).code()).isEqualTo(200);
        });
    }

    @Test
    void aGoodSignInStartsTheCountAgain() {
        Actor user = fixture.user(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            for (int i = 0; i < 4; i++) {
                login(client, user.username(), "guess " + i);
            }
            assertThat(login(client, user.username(), ApiFixture.PASSWORD).code()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                assertThat(login(client, user.username(), "guess " + i).code()).isEqualTo(401);
            }
        });
    }

    @Test
    void afterSigningOutTheTokenNoLongerWorks() {
        String token = fixture.tokenFor(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response logout = client.request("/api/v1/auth/logout",
                    request -> request.post(java.net.http.HttpRequest.BodyPublishers.noBody())
                            .header("Authorization", "Bearer " + token));
            assertThat(logout.code()).isEqualTo(204);

            Response me = client.get("/api/v1/me", ApiFixture.bearer(token));
            assertThat(me.code()).isEqualTo(401);
            assertThat(me.headers().get("WWW-Authenticate")).isNotEmpty();
            JsonNode body = json(me);
            assertThat(body.get("error").asText()).isEqualTo("unauthenticated");
            assertThat(body.get("message").asText()).contains("signed out");
        });
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = fixture.tokenFor(Role.TECHNICIAN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            clock.advance(Duration.ofHours(12).minusSeconds(1));
            assertThat(client.get("/api/v1/me", ApiFixture.bearer(token)).code()).isEqualTo(200);

            clock.advance(Duration.ofSeconds(1));
            Response me = client.get("/api/v1/me", ApiFixture.bearer(token));

            assertThat(me.code()).isEqualTo(401);
            assertThat(json(me).get("message").asText()).contains("expired");
        });
    }

    @Test
    void aDeactivatedUsersTokenStopsWorking() {
        ApiFixture.SignedIn signedIn = fixture.signIn(Role.DISPATCHER);
        database.dsl().update(APP_USER).set(APP_USER.ACTIVE, false)
                .where(APP_USER.ID.eq(signedIn.actor().userId())).execute();
        JavalinTest.test(FieldApi.create(context), (server, client) ->
                assertThat(client.get("/api/v1/me", ApiFixture.bearer(signedIn.token())).code()).isEqualTo(401));
    }

    @Test
    void aMissingOrGarbledAuthorizationHeaderIs401WithAChallenge() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response none = client.get("/api/v1/me");
            Response garbage = client.get("/api/v1/me", request -> request.header("Authorization", "Bearer not-a-token"));
            Response basic = client.get("/api/v1/me", request -> request.header("Authorization", "Basic dXNlcjpwYXNz"));
            Response empty = client.get("/api/v1/me", request -> request.header("Authorization", "Bearer "));

            for (Response response : new Response[] {none, garbage, basic, empty}) {
                assertThat(response.code()).isEqualTo(401);
                assertThat(response.headers().get("WWW-Authenticate")).containsExactly("Bearer realm=\"fieldwork\"");
                assertThat(json(response).get("error").asText()).isEqualTo("unauthenticated");
            }
            // the health check stays public, and an unknown path is still "no such endpoint"
            assertThat(client.get("/health").code()).isEqualTo(200);
            assertThat(client.get("/api/v1/no-such-thing").code()).isEqualTo(404);
        });
    }
}
