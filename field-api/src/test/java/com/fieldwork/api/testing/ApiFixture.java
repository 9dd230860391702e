package com.fieldwork.api.testing;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Authentication;
import com.fieldwork.core.security.IssuedToken;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.testing.Seed;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Request;
import io.javalin.testtools.Response;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import static com.fieldwork.db.jooq.Tables.APP_USER;

/**
 * Signed-in callers for API tests. Build it from the same {@link FieldApiContext} the app under test
 * uses, then {@code fixture.tokenFor(Role.TECHNICIAN)} or {@code fixture.signIn(Role.DISPATCHER)} and
 * send the token with {@link #bearer(String)}:
 * <pre>{@code
 * ApiFixture fixture = new ApiFixture(context);
 * ApiFixture.SignedIn tech = fixture.signIn(Role.TECHNICIAN);   // tech.actor().technicianId() is set
 * client.get("/api/v1/me", ApiFixture.bearer(tech.token()));
 * }</pre>
 * Users get a technician row when their role is Technician (through {@link Seed}), and a real BCrypt
 * hash at cost 4, so signing in is fast but goes through the same code as in production.
 */
public final class ApiFixture {

    public static final String PASSWORD = "correct horse battery staple";
    private static final BcryptPasswordHasher FAST_HASHER = new BcryptPasswordHasher(4);

    private final FieldApiContext context;
    private final Seed seed;
    private final Authentication authentication;
    private Long branchId;

    public ApiFixture(FieldApiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.seed = new Seed(context.database().dsl());
        this.authentication = context.authentication();
    }

    /** A signed-in user and the bearer token that proves it. */
    public record SignedIn(Actor actor, String token) {
    }

    /** A new active user of the role (one branch shared by all of this fixture's users), password {@link #PASSWORD}. */
    public Actor user(Role role) {
        Actor actor = seed.user(role, branch());
        context.database().dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, FAST_HASHER.hash(PASSWORD))
                .where(APP_USER.ID.eq(actor.userId())).execute();
        return actor;
    }

    /** The branch this fixture's users belong to, created on first use. */
    public long branch() {
        if (branchId == null) {
            branchId = seed.branch();
        }
        return branchId;
    }

    /** Signs in as the user directly through core (no HTTP round trip); the token works against the app. */
    public String tokenFor(Actor user) {
        IssuedToken issued = authentication.login(user.username(), PASSWORD, "127.0.0.1", Optional.of("ApiFixture"));
        return issued.token();
    }

    public String tokenFor(Role role) {
        return signIn(role).token();
    }

    public SignedIn signIn(Role role) {
        Actor actor = user(role);
        return new SignedIn(actor, tokenFor(actor));
    }

    /** Adds {@code Authorization: Bearer <token>} to a request. */
    public static Consumer<Request.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    /** POSTs a JSON text as it is (malformed on purpose, if the test wants). */
    public static Response postJson(HttpClient client, String path, String json, Consumer<Request.Builder> more) {
        return client.request(path, request -> {
            request.post(BodyPublishers.ofString(json)).header("Content-Type", "application/json");
            more.accept(request);
        });
    }

    public static Response postJson(HttpClient client, String path, String json) {
        return postJson(client, path, json, request -> { });
    }
}
