package com.fieldwork.api.auth;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.ApiKeys;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is calling an {@link ApiKeyRoute}: the key comes as {@code X-Api-Key: <key>} or
 * {@code Authorization: ApiKey <key>}. A second before-handler next to {@link BearerAuthentication}
 * rather than a branch inside it, so the session path stays as it was.
 */
public final class ApiKeyAuthentication {

    public static final String HEADER = "X-Api-Key";
    private static final String SCHEME = "apikey ";

    private final ApiKeys apiKeys;

    public ApiKeyAuthentication(ApiKeys apiKeys) {
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
    }

    public void install(JavalinConfig config) {
        config.routes.beforeMatched(BearerAuthentication.PROTECTED_PATHS, this::check);
    }

    private void check(Context ctx) {
        if (!ctx.routeRoles().contains(ApiKeyRoute.API_KEY)) {
            return;
        }
        Actor actor = apiKeys.authenticate(key(ctx));
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof RequiredPermission required) {
                actor.require(required.permission());
            }
        }
        CurrentActor.set(ctx, actor);
    }

    /** The key from either header; null when neither carries one (the core says what to send). */
    static String key(Context ctx) {
        String key = ctx.header(HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return authorization.strip().substring(SCHEME.length()).strip();
        }
        return null;
    }
}
