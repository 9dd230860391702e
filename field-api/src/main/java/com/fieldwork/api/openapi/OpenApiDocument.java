package com.fieldwork.api.openapi;

import com.fieldwork.api.auth.ApiKeyAuthentication;
import com.fieldwork.api.auth.ApiKeyRoute;
import com.fieldwork.api.auth.BearerAuthentication;
import com.fieldwork.api.auth.PublicRoute;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.api.error.ErrorResponse;
import io.javalin.http.HttpStatus;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3 document of the routes declared in {@link ApiRoutes}. Security is derived from the roles the
 * route is registered with, by the same rules the authentication before-handlers apply, and every error
 * answer points at the one {@code Error} schema that the error mapper writes.
 */
public final class OpenApiDocument {

    public static final String PATH = "/api/openapi.json";
    static final String ERROR = "Error";
    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    private final String version;
    private String rendered;

    public OpenApiDocument(String version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    /** Serves the document of {@code routes}, itself included. */
    public void install(ApiRoutes routes) {
        Objects.requireNonNull(routes, "routes");
        routes.add(ApiRoute.get(PATH)
                        .operation("openApi", "Meta", "This document: the contract a phone app is written against")
                        .reply(200, "The OpenAPI 3 document", Object.class),
                ctx -> ctx.contentType("application/json").result(rendered(routes)));
    }

    /** Rendered on the first request, when every route has been declared; the routes do not change after. */
    private synchronized String rendered(ApiRoutes routes) {
        if (rendered == null) {
            rendered = Json.pretty(build(routes.all()));
        }
        return rendered;
    }

    public OpenAPI build(List<ApiRoute> routes) {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The token from POST /api/v1/auth/login, as Authorization: Bearer <token>"))
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(ApiKeyAuthentication.HEADER)
                        .description("An API key created by an admin (POST /api/v1/admin/api-keys), for other systems"));
        SchemaCatalog schemas = new SchemaCatalog(components);
        components.addSchemas(ERROR, schemas.errorSchema(ErrorResponse.class));
        Paths paths = new Paths();
        for (ApiRoute route : routes) {
            PathItem item = paths.computeIfAbsent(openApiPath(route.path()), path -> new PathItem());
            item.operation(PathItem.HttpMethod.valueOf(route.method().name()), operation(route, schemas));
        }
        return new OpenAPI()
                .info(new Info().title("Fieldwork field API").version(version).description("""
                        The API of technicians' phones and of other systems (CRM/ERP intake). Times are ISO-8601 \
                        with offset; every error is JSON {"error": code, "message": sentence, "details": {...}}; \
                        a technician sees only their own jobs (another's is a 404)."""))
                .components(components)
                .paths(paths);
    }

    /** Javalin's {@code <name>} (a parameter that may hold slashes) is written {@code {name}} in OpenAPI. */
    public static String openApiPath(String javalinPath) {
        return javalinPath.replace('<', '{').replace('>', '}');
    }

    private Operation operation(ApiRoute route, SchemaCatalog schemas) {
        Operation operation = new Operation().operationId(route.operationId()).summary(route.summary())
                .addTagsItem(route.tag());
        String permissions = route.roles().stream().filter(RequiredPermission.class::isInstance)
                .map(role -> ((RequiredPermission) role).permission().name()).collect(Collectors.joining(", "));
        String description = route.description().orElse("")
                + (permissions.isEmpty() ? "" : (route.description().isPresent() ? "\n\n" : "") + "Needs permission "
                + permissions + ".");
        if (!description.isEmpty()) {
            operation.description(description);
        }
        Security security = security(route);
        if (security != Security.PUBLIC) {
            operation.addSecurityItem(new SecurityRequirement().addList(security == Security.BEARER ? BEARER : API_KEY));
        }
        for (ApiRoute.Param param : route.params()) {
            operation.addParametersItem(new Parameter().name(param.name()).in(param.in()).required(param.required())
                    .description(param.description()).schema(SchemaCatalog.of(param.type())));
        }
        route.request().ifPresent(body -> operation.requestBody(new RequestBody().required(true)
                .content(schemas.content(body))));
        ApiResponses responses = new ApiResponses();
        route.replies().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(reply -> {
            ApiResponse response = new ApiResponse().description(reply.getValue().description());
            reply.getValue().content().ifPresent(content -> response.content(schemas.content(content)));
            responses.addApiResponse(String.valueOf(reply.getKey()), response);
        });
        for (int status : errorStatuses(route, security, !permissions.isEmpty())) {
            responses.addApiResponse(String.valueOf(status), new ApiResponse().description(reason(status))
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref(ERROR)))));
        }
        return operation.responses(responses);
    }

    private static Set<Integer> errorStatuses(ApiRoute route, Security security, boolean needsPermission) {
        Set<Integer> statuses = new TreeSet<>(route.errors());
        if (security != Security.PUBLIC) {
            statuses.add(401);
        }
        if (needsPermission) {
            statuses.add(403);
        }
        if (route.request().filter(body -> !body.isBinary()).isPresent()) {
            statuses.add(400); // malformed JSON, a missing or invalid field
        }
        return statuses;
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
    }

    enum Security { PUBLIC, BEARER, API_KEY }

    /** As BearerAuthentication and ApiKeyAuthentication decide: the token check guards /api/v1 only. */
    static Security security(ApiRoute route) {
        String guarded = BearerAuthentication.PROTECTED_PATHS.replace("*", "");
        if (!route.path().startsWith(guarded) || route.roles().contains(PublicRoute.PUBLIC)) {
            return Security.PUBLIC;
        }
        return route.roles().contains(ApiKeyRoute.API_KEY) ? Security.API_KEY : Security.BEARER;
    }
}
