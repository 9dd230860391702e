package com.fieldwork.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.security.TokenHash;
import com.fieldwork.db.Database;
import com.fieldwork.db.jooq.tables.records.AuditLogRecord;
import com.fieldwork.core.testing.MutableClock;
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

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.LOGIN_FAILURE;
import static com.fieldwork.db.jooq.Tables.SESSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** A client's mistakes at sign-in are 400s, never 500s; and what sign-in leaves in the database. */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
class AuthRequestErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LOGIN = "/api/v1/auth/login";

    @Parameter
    TestEngine engine;

    Database database;
    FieldApiContext context;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
        context = new FieldApiContext(database, new MutableClock(AuthEndpointTest.T0), "test");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void malformedOrIncompleteBodiesAre400sThatSayWhatIsWrong() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response notJson = ApiFixture.postJson(client, LOGIN, "{\"username\": \"ann\", ");
            Response noPassword = ApiFixture.postJson(client, LOGIN, "{\"username\": \"ann\"}");
            Response blankName = ApiFixture.postJson(client, LOGIN, "{\"username\": \" \", \"password\": \"x\"}");
            Response wrongShape = ApiFixture.postJson(client, LOGIN, "{\"username\": {\"a\": 1}, \"password\": \"x\"}");
            Response array = ApiFixture.postJson(client, LOGIN, "[]");
            Response nullBody = ApiFixture.postJson(client, LOGIN, "null");
            Response emptyBody = ApiFixture.postJson(client, LOGIN, "");

            assertThat(List.of(notJson, noPassword, blankName, wrongShape, array, nullBody, emptyBody))
                    .allSatisfy(response -> assertThat(response.code()).isEqualTo(400));
            assertThat(JSON.readTree(notJson.body().string()).get("error").asText()).isEqualTo("bad_request");
            assertThat(field(noPassword)).isEqualTo("password");
            assertThat(field(blankName)).isEqualTo("username");
            assertThat(field(wrongShape)).isEqualTo("username");
            // a request that never named a user is not a failed sign-in
            assertThat(database.dsl().fetchCount(LOGIN_FAILURE)).isZero();
        });
    }

    @Test
    void overlongUsernamesAndPasswordsAreOrdinaryFailuresNotA500() {
        ApiFixture fixture = new ApiFixture(context);
        var user = fixture.user(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            assertThat(AuthEndpointTest.login(client, "x".repeat(5000), "whatever").code()).isEqualTo(401);
            // BCrypt reads 72 bytes at most; a longer guess must still be just a wrong password
            assertThat(AuthEndpointTest.login(client, user.username(), "p".repeat(200)).code()).isEqualTo(401);
            assertThat(AuthEndpointTest.login(client, "nobody", "p".repeat(200)).code()).isEqualTo(401);
        });
    }

    @Test
    void theDatabaseHoldsOnlyTheTokensHashAndTheAuditNeither() {
        ApiFixture fixture = new ApiFixture(context);
        var user = fixture.user(Role.TECHNICIAN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            String token = JSON.readTree(AuthEndpointTest.login(client, user.username(), ApiFixture.PASSWORD)
                    .body().string()).get("token").asText();
            Response logout = client.request("/api/v1/auth/logout",
                    request -> request.post(BodyPublishers.noBody()).header("Authorization", "Bearer " + token));
            assertThat(logout.code()).isEqualTo(204);

            String stored = database.dsl().select(SESSION_TOKEN.TOKEN_HASH).from(SESSION_TOKEN).fetchSingle().value1();
            assertThat(stored).isNotEqualTo(token).isEqualTo(TokenHash.of(token));
            List<AuditLogRecord> audit = database.dsl().selectFrom(AUDIT_LOG)
                    .where(AUDIT_LOG.ENTITY.eq("session")).orderBy(AUDIT_LOG.ID).fetch();
            assertThat(audit).extracting(AuditLogRecord::getAction).containsExactly("login", "logout");
            assertThat(audit).allSatisfy(row -> {
                assertThat(row.getActorId()).isEqualTo(user.userId());
                assertThat(row.formatJSON()).doesNotContain(token).doesNotContain(stored);
            });
        });
    }

    private static String field(Response response) throws java.io.IOException {
        JsonNode body = JSON.readTree(response.body().string());
        return body.path("details").path("field").asText();
    }
}
