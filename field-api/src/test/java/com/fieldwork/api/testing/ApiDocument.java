package com.fieldwork.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The served {@code /api/openapi.json}, read the way a client generator reads it, to check a real answer
 * against the schema the document promises for it.
 */
public final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public static ApiDocument fetch(HttpClient client) {
        var response = client.get("/api/openapi.json");
        try {
            if (response.code() != 200) {
                throw new AssertionError("GET /api/openapi.json answered " + response.code());
            }
            return new ApiDocument(JSON.readTree(response.body().string()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The property names of the JSON body the document promises for {@code method path} with {@code status}. */
    public Set<String> responseProperties(String method, String path, int status) {
        JsonNode operation = root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        JsonNode schema = operation.path("responses").path(String.valueOf(status)).path("content")
                .path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError("The document has no JSON body for " + method + " " + path + " " + status);
        }
        return properties(schema);
    }

    /** The property names of a schema, following a {@code $ref} to its component. */
    public Set<String> properties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Set<String> names = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema of property {@code name} of {@code schema}, each followed through its {@code $ref}. */
    public JsonNode property(JsonNode schema, String name) {
        JsonNode property = resolve(schema).path("properties").path(name);
        return property.has("items") ? resolve(property.get("items")) : resolve(property);
    }

    public JsonNode responseSchema(String method, String path, int status) {
        return root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT)).path("responses")
                .path(String.valueOf(status)).path("content").path("application/json").path("schema");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return root.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** The field names of a real JSON object. */
    public static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
