package com.fieldwork.api;

import com.fieldwork.db.config.FieldworkConfig;

/**
 * The real field API server plus one route that does nothing, {@code GET /bench/hello}: the ceiling the
 * load benchmark measures every real route against. It lives with the tests because the product has no
 * use for such a route. Configured like the product, from {@code FIELDWORK_*} variables.
 */
public final class BenchServer {

    public static final String HELLO_PATH = "/bench/hello";

    private BenchServer() {
    }

    public static void main(String[] args) {
        FieldworkConfig config = FieldworkConfig.load();
        FieldApiServer server = FieldApiServer.start(config, DemoCompanySeeder.forConfig(config),
                javalin -> javalin.routes.get(HELLO_PATH, ctx -> ctx.result("Hello, World")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-server-shutdown"));
    }
}
