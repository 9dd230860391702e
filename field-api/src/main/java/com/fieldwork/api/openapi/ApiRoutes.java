package com.fieldwork.api.openapi;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where controllers declare their routes: each one is registered with Javalin (with its roles, which the
 * authentication before-handlers read) and remembered with its documentation for the OpenAPI document.
 */
public final class ApiRoutes {

    private final JavalinConfig config;
    private final List<ApiRoute> routes = new ArrayList<>();

    public ApiRoutes(JavalinConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public void add(ApiRoute route, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        route.requireComplete();
        config.routes.addHttpHandler(route.method(), route.path(), handler, route.roleArray());
        routes.add(route);
    }

    public List<ApiRoute> all() {
        return List.copyOf(routes);
    }
}
