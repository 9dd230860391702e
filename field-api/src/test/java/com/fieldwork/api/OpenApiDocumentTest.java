package com.fieldwork.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.openapi.OpenApiDocument;
import com.fieldwork.api.testing.ApiDocument;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.api.testing.SignedInApiTest;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/openapi.json} is the contract phone apps are written against: it must hold every route the
 * server really has (read from Javalin's router, not from the registry that writes the document), be valid
 * OpenAPI 3, and promise the bodies the server really sends.
 */
class OpenApiDocumentTest extends SignedInApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRouteJavalinHasIsInTheDocumentAndNothingElse() {
        Javalin app = FieldApi.create(context);
        JavalinTest.test(app, (server, client) -> {
            Set<String> registered = routesOf(app);

            assertThat(registered).contains("GET /health", "POST /api/v1/auth/login", "GET /api/openapi.json",
                    "PUT /api/v1/photos/{clientId}", "POST /api/v1/sync", "POST /api/v1/intake/work-orders");
            assertThat(documented(client)).isEqualTo(registered);
        });
    }

    /** The check above can fail: a route added straight to Javalin, past the registry, is missing from the document. */
    @Test
    void aRouteDeclaredPastTheRegistryIsCaught() {
        Javalin app = FieldApi.create(context, config -> config.routes.get("/api/v1/undocumented/{id}", ctx -> { }));
        JavalinTest.test(app, (server, client) -> {
            Set<String> missing = new TreeSet<>(routesOf(app));
            missing.removeAll(documented(client));

            assertThat(missing).containsExactly("GET /api/v1/undocumented/{id}");
        });
    }

    /** What Javalin's router really holds (before/after filters left out), as "METHOD /openapi/path". */
    private static Set<String> routesOf(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name().toUpperCase(Locale.ROOT) + " "
                        + OpenApiDocument.openApiPath(endpoint.path))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> documented(io.javalin.testtools.HttpClient client) {
        Set<String> documented = new TreeSet<>();
        ApiDocument.fetch(client).root().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return documented;
    }

    @Test
    void theDocumentIsValidOpenApi3WithoutAnyMessage() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            String text = client.get("/api/openapi.json").body().string();
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);

            assertThat(result.getMessages()).isEmpty();
            assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
            assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("bearer", "apiKey");
        });
    }

    @Test
    void everyOperationSucceedsSomehowAndEveryErrorIsTheOneErrorShape() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            JsonNode document = ApiDocument.fetch(client).root();
            List<String> problems = new ArrayList<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = op.getValue();
                Set<String> statuses = new TreeSet<>();
                operation.get("responses").fieldNames().forEachRemaining(statuses::add);
                if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                    problems.add(name + " has no 2xx answer");
                }
                boolean secured = operation.has("security") && !operation.get("security").isEmpty();
                if (secured && !statuses.contains("401")) {
                    problems.add(name + " needs a token or key but documents no 401");
                }
                if (path.getKey().startsWith("/api/v1/") && !secured
                        && !path.getKey().equals("/api/v1/auth/login")) {
                    problems.add(name + " is under /api/v1 but documents no security");
                }
                operation.get("responses").fields().forEachRemaining(response -> {
                    // a down /health answers its own report (503), which a load balancer reads, not an Error
                    boolean healthReport = name.equals("GET /health") && response.getKey().equals("503");
                    if (Integer.parseInt(response.getKey()) >= 400 && !healthReport && !"#/components/schemas/Error".equals(response
                            .getValue().path("content").path("application/json").path("schema").path("$ref").asText())) {
                        problems.add(name + " " + response.getKey() + " is not the Error schema");
                    }
                });
                if (!operation.hasNonNull("operationId")) {
                    problems.add(name + " has no operationId");
                }
            }));

            assertThat(problems).isEmpty();
            JsonNode error = document.get("components").get("schemas").get("Error");
            assertThat(ApiDocument.fieldNames(error.get("properties"))).containsExactlyInAnyOrder("error", "message",
                    "details");
            assertThat(document.at("/paths/~1api~1v1~1intake~1work-orders/post/security/0").has("apiKey")).isTrue();
            assertThat(document.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-Api-Key");
        });
    }

    @Test
    void theLoginAnswerAndAnErrorHaveExactlyTheDocumentedProperties() {
        Actor technician = fixture.user(Role.TECHNICIAN);
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            ApiDocument document = ApiDocument.fetch(client);
            Response login = ApiFixture.postJson(client, "/api/v1/auth/login",
                    "{\"username\":\"" + technician.username() + "\",\"password\":\"" + ApiFixture.PASSWORD + "\"}");
            JsonNode body = JSON.readTree(login.body().string());
            Response refused = client.get("/api/v1/me");
            JsonNode error = JSON.readTree(refused.body().string());

            assertThat(login.code()).isEqualTo(200);
            assertThat(ApiDocument.fieldNames(body))
                    .isEqualTo(document.responseProperties("POST", "/api/v1/auth/login", 200));
            JsonNode loginSchema = document.responseSchema("POST", "/api/v1/auth/login", 200);
            assertThat(document.properties(document.property(loginSchema, "user")))
                    .containsAll(ApiDocument.fieldNames(body.get("user")));
            // a time is documented as a date-time string and sent as one, with its offset
            assertThat(document.property(loginSchema, "expiresAt").get("format").asText()).isEqualTo("date-time");
            assertThat(body.get("expiresAt").asText()).matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$");
            assertThat(refused.code()).isEqualTo(401);
            assertThat(ApiDocument.fieldNames(error)).isEqualTo(document.responseProperties("GET", "/api/v1/me", 401));
        });
    }

    @Test
    void theDocumentIsPublic() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response response = client.get("/api/openapi.json");
            String text = response.body().string();
            // kept for people to read after a build
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), text);

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type"))
                    .anySatisfy(type -> assertThat(type).startsWith("application/json"));
            assertThat(text).startsWith("{").contains("\"openapi\" : \"3.");
        });
    }
}
