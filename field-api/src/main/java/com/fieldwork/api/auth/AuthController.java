package com.fieldwork.api.auth;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.security.Authentication;
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

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.post("/api/v1/auth/login")
                .operation("login", "Auth", "Sign in with username and password for a bearer token")
                .description("The token is shown in this answer only. Five failed sign-ins within 15 minutes are "
                        + "answered 429 with a Retry-After header (seconds).")
                .body(LoginRequest.class).reply(200, "Signed in", LoginResponse.class)
                .errors(401, 429).roles(PublicRoute.PUBLIC), this::login);
        routes.add(ApiRoute.post("/api/v1/auth/logout")
                .operation("logout", "Auth", "Sign out: the token stops working")
                .replyEmpty(204, "Signed out"), this::logout);
        routes.add(ApiRoute.get("/api/v1/me")
                .operation("me", "Auth", "Who the token belongs to")
                .reply(200, "The signed-in user", UserResponse.class), this::me);
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
