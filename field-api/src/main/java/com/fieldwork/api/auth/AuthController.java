package com.fieldwork.api.auth;

import com.fieldwork.api.JsonBody;
import com.fieldwork.core.security.Authentication;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Signing in and out, and "who am I". Handlers do I/O only; {@link Authentication} decides. */
public final class AuthController {

    private final Authentication authentication;
    private final Clock clock;

    public AuthController(Authentication authentication, Clock clock) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void install(JavalinConfig config) {
        config.routes.post("/api/v1/auth/login", this::login, PublicRoute.PUBLIC);
        config.routes.post("/api/v1/auth/logout", this::logout);
        config.routes.get("/api/v1/me", this::me);
    }

    void login(Context ctx) {
        LoginRequest request = JsonBody.read(ctx, LoginRequest.class);
        var issued = authentication.login(request.username(), request.password(), ctx.ip(),
                Optional.ofNullable(ctx.header(Header.USER_AGENT)));
        // a token must not sit in a shared cache
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.json(LoginResponse.of(issued, clock));
    }

    void logout(Context ctx) {
        authentication.logout(BearerToken.from(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void me(Context ctx) {
        ctx.json(UserResponse.of(CurrentActor.of(ctx)));
    }
}
