package com.fieldwork.api;

import com.fieldwork.api.auth.ApiKeyAuthentication;
import com.fieldwork.api.auth.ApiKeysController;
import com.fieldwork.api.auth.AuthController;
import com.fieldwork.api.auth.BearerAuthentication;
import com.fieldwork.api.completion.CompletionController;
import com.fieldwork.api.error.ErrorMapper;
import com.fieldwork.api.health.HealthController;
import com.fieldwork.api.intake.IntakeController;
import com.fieldwork.api.jobs.JobsController;
import com.fieldwork.api.jobs.ServiceReportController;
import com.fieldwork.api.jobs.VisitsController;
import com.fieldwork.api.logging.RequestLogging;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.api.openapi.OpenApiDocument;
import com.fieldwork.api.records.RecordRoutes;
import com.fieldwork.api.sync.SyncController;
import com.fieldwork.core.security.Authentication;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The field API as a Javalin application: JSON mapping, request logging, every route and every
 * exception mapper are declared here, in one place; each route also goes into the OpenAPI document
 * served at {@code /api/openapi.json}. The result is not started; the caller
 * (the server main, the desktop launcher or a test) decides where it listens.
 */
public final class FieldApi {

    private FieldApi() {
    }

    public static Javalin create(FieldApiContext context) {
        return create(context, config -> { });
    }

    /**
     * Javalin 7 takes routes only inside {@code Javalin.create}; tests use {@code extra} to add
     * routes of their own (e.g. ones that throw) next to the real ones.
     */
    static Javalin create(FieldApiContext context, Consumer<JavalinConfig> extra) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(extra, "extra");
        ErrorMapper errors = new ErrorMapper(JsonMapping.objectMapper());
        HealthController health = new HealthController(context.database(), context.clock(), context.version());
        Authentication authentication = context.authentication();
        // read once: the company is set up (or seeded) before the API starts and its zone does not move
        ZoneId companyZone = context.companyZone();

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // versions are pinned on purpose; the warning about an "old" Javalin is noise here
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.objectMapper(), false));
            config.http.defaultContentType = "application/json";
            // JSON bodies only (photos stream past this limit): room for a 1 MB signature PNG in base64
            config.http.maxRequestSize = 2L * 1024 * 1024;

            RequestLogging.install(config);
            errors.install(config);

            ApiRoutes routes = new ApiRoutes(config);
            health.install(routes);
            new BearerAuthentication(authentication).install(config);
            new ApiKeyAuthentication(context.apiKeys()).install(config);
            new AuthController(authentication, context.clock()).install(routes);
            new VisitsController(context.fieldJobService(companyZone), companyZone).install(routes);
            new JobsController(context.fieldJobService(companyZone), context.workOrderService(), context.clock(),
                    companyZone).install(routes);
            new RecordRoutes(context.recordServices(), JsonMapping.objectMapper()).install(routes);
            new CompletionController(context.jobCompletion(), companyZone).install(routes);
            new ServiceReportController(context.serviceReports()).install(routes);
            new ApiKeysController(context.apiKeys()).install(routes);
            new IntakeController(context.intakeService()).install(routes);
            new SyncController(context.syncService(), JsonMapping.objectMapper()).install(routes);
            // last: it documents every route declared above, itself included
            new OpenApiDocument(context.version()).install(routes);

            extra.accept(config);
        });
    }
}
