package com.fieldwork.api.auth;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Authentication;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.util.Objects;

/**
 * The one place where the API decides who is calling and whether their role may use the route:
 * a before-handler on every matched {@code /api/v1} route. It runs only for routes that exist, so an
 * unknown path is still a 404. Failures are exceptions, turned into 401/403 by the error mapper.
 */
public final class BearerAuthentication {

    public static final String PROTECTED_PATHS = "/api/v1/*";

    private final Authentication authentication;

    public BearerAuthentication(Authentication authentication) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
    }

    public void install(JavalinConfig config) {
        config.routes.beforeMatched(PROTECTED_PATHS, this::check);
    }

    private void check(Context ctx) {
        if (ctx.routeRoles().contains(PublicRoute.PUBLIC)) {
            return;
        }
        if (ctx.routeRoles().contains(ApiKeyRoute.API_KEY)) {
            return; // ApiKeyAuthentication's to check
        }
        Actor actor = authentication.authenticate(BearerToken.from(ctx));
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof RequiredPermission required) {
                actor.require(required.permission());
            }
        }
        CurrentActor.set(ctx, actor);
    }
}
