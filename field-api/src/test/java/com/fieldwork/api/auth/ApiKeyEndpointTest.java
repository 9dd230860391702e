package com.fieldwork.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.api.testing.SignedInApiTest;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.security.TokenHash;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static com.fieldwork.db.jooq.Tables.API_KEY;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

/** Admins issue, list and revoke API keys over HTTP; a key is shown once and stored as its hash only. */
class ApiKeyEndpointTest extends SignedInApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEYS = "/api/v1/admin/api-keys";
    /** A route behind an API key; an empty body is refused only after the key was accepted. */
    static final String INTAKE = "/api/v1/intake/work-orders";

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    static Response create(HttpClient client, String token, String name, String role) {
        return ApiFixture.postJson(client, KEYS, "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}",
                ApiFixture.bearer(token));
    }

    static Response withKey(HttpClient client, String key) {
        return ApiFixture.postJson(client, INTAKE, "{}", request -> request.header("X-Api-Key", key));
    }

    @Test
    void anAdminGetsTheKeyOnceAndOnlyItsHashIsStored() {
        String admin = fixture.tokenFor(Role.SUPER_ADMIN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response created = create(client, admin, "ERP", "DISPATCHER");

            assertThat(created.code()).isEqualTo(201);
            assertThat(created.headers().get("Cache-Control")).contains("no-store");
            JsonNode body = json(created);
            String key = body.get("key").asText();
            assertThat(key).matches("fwk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}");
            assertThat(key).startsWith(body.get("prefix").asText() + "_");
            assertThat(body.get("role").asText()).isEqualTo("DISPATCHER");

            var row = database.dsl().selectFrom(API_KEY).where(API_KEY.ID.eq(body.get("id").asLong())).fetchSingle();
            assertThat(row.getKeyHash()).isEqualTo(TokenHash.of(key)).doesNotContain(key);
            assertThat(row.getKeyPrefix()).isEqualTo(body.get("prefix").asText());
            assertThat(database.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("api_key")).fetch())
                    .hasSize(1)
                    .allSatisfy(audit -> assertThat(audit.getAfterJson()).doesNotContain(key).doesNotContain(row.getKeyHash()));

            Response listed = client.get(KEYS, ApiFixture.bearer(admin));
            assertThat(listed.code()).isEqualTo(200);
            String list = listed.body().string();
            assertThat(list).doesNotContain(key).doesNotContain(row.getKeyHash()).contains("\"ERP\"");
            assertThat(JSON.readTree(list).get(0).has("key")).isFalse();

            // the key opens the intake route: past authentication, the empty body is the only complaint
            clock.advance(Duration.ofMinutes(5));
            Response used = withKey(client, key);
            assertThat(used.code()).isEqualTo(400);
            assertThat(database.dsl().selectFrom(API_KEY).fetchSingle().getLastUsedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void aRevokedKeyIsRefused() {
        String admin = fixture.tokenFor(Role.SUPER_ADMIN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            JsonNode body = json(create(client, admin, "ERP", "DISPATCHER"));
            String key = body.get("key").asText();
            assertThat(withKey(client, key).code()).isEqualTo(400);

            Response revoked = client.delete(KEYS + "/" + body.get("id").asLong(), null, ApiFixture.bearer(admin));
            assertThat(revoked.code()).isEqualTo(204);

            Response refused = withKey(client, key);
            assertThat(refused.code()).isEqualTo(401);
            assertThat(json(refused).get("message").asText()).contains("revoked");
            assertThat(json(client.get(KEYS, ApiFixture.bearer(admin))).get(0).get("revokedAt").asText())
                    .isEqualTo(T0.toString());
        });
    }

    @Test
    void onlyTheAdminManagesKeys() {
        String manager = fixture.tokenFor(Role.OPERATIONS_MANAGER);
        String dispatcher = fixture.tokenFor(Role.DISPATCHER);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response created = create(client, manager, "ERP", "DISPATCHER");
            assertThat(created.code()).isEqualTo(403);
            assertThat(json(created).get("error").asText()).isEqualTo("permission_denied");
            assertThat(client.get(KEYS, ApiFixture.bearer(dispatcher)).code()).isEqualTo(403);
            assertThat(client.delete(KEYS + "/1", null, ApiFixture.bearer(dispatcher)).code()).isEqualTo(403);
            assertThat(client.get(KEYS).code()).isEqualTo(401);
            assertThat(database.dsl().fetchCount(API_KEY)).isZero();
        });
    }

    @Test
    void aMissingUnknownOrSessionTokenIsNotAKey() {
        String admin = fixture.tokenFor(Role.SUPER_ADMIN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response missing = ApiFixture.postJson(client, INTAKE, "{}");
            assertThat(missing.code()).isEqualTo(401);
            assertThat(json(missing).get("message").asText()).contains("X-Api-Key");

            Response unknown = withKey(client, "fwk_nothing_here");
            assertThat(unknown.code()).isEqualTo(401);
            assertThat(json(unknown).get("message").asText()).contains("not valid");

            // a signed-in person uses the office screens, not the integration route
            assertThat(ApiFixture.postJson(client, INTAKE, "{}", ApiFixture.bearer(admin)).code()).isEqualTo(401);
        });
    }

    @Test
    void theKeyMayAlsoComeAsAnAuthorizationScheme() {
        String admin = fixture.tokenFor(Role.SUPER_ADMIN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            String key = json(create(client, admin, "ERP", "DISPATCHER")).get("key").asText();

            Response used = ApiFixture.postJson(client, INTAKE, "{}",
                    request -> request.header("Authorization", "ApiKey " + key));

            assertThat(used.code()).isEqualTo(400);
        });
    }

    @Test
    void aKeyCannotBeATechnicianAndNamesAreUnique() {
        String admin = fixture.tokenFor(Role.SUPER_ADMIN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response technician = create(client, admin, "Phones", "TECHNICIAN");
            assertThat(technician.code()).isEqualTo(400);
            assertThat(json(technician).get("details").get("field").asText()).isEqualTo("role");
            assertThat(create(client, admin, "ERP", "DISPATCHER").code()).isEqualTo(201);
            assertThat(create(client, admin, "ERP", "ACCOUNTANT").code()).isEqualTo(409);
            assertThat(create(client, admin, "Other", "BOSS").code()).isEqualTo(400);
        });
    }
}
