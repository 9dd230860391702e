package com.fieldwork.api.openapi;

import com.fieldwork.api.JsonMapping;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON schemas of the request and response records, read by swagger-core through the API's own Jackson
 * configuration ({@link JsonMapping}), so property names and date formats are the ones actually sent.
 * Each record becomes a named component; bodies refer to it.
 */
final class SchemaCatalog {

    private final Components components;
    private final ModelConverters converters = new ModelConverters();

    SchemaCatalog(Components components) {
        this.components = Objects.requireNonNull(components, "components");
        converters.addConverter(new ModelResolver(JsonMapping.objectMapper()));
        // added last, so asked first
        converters.addConverter(new AnyJsonValue());
    }

    Content content(ApiRoute.Content body) {
        Content content = new Content();
        for (String mediaType : body.mediaTypes()) {
            content.addMediaType(mediaType, new MediaType().schema(schema(body)));
        }
        return content;
    }

    private Schema<?> schema(ApiRoute.Content body) {
        if (body.isBinary()) {
            return new StringSchema().format("binary");
        }
        List<Schema> shapes = body.types().stream().map(type -> (Schema) reference(type)).toList();
        if (body.list()) {
            return new ArraySchema().items(shapes.get(0));
        }
        return shapes.size() == 1 ? shapes.get(0) : new Schema<>().oneOf(shapes);
    }

    /** A named component for a record, or the plain schema of a simple type (e.g. {@code object}). */
    Schema<?> reference(Class<?> type) {
        ResolvedSchema resolved = converters.readAllAsResolvedSchema(type);
        if (resolved == null || resolved.schema == null) {
            throw new IllegalArgumentException("swagger-core cannot describe " + type.getName());
        }
        resolved.referencedSchemas.forEach((name, schema) -> {
            Schema<?> known = components.getSchemas() == null ? null : components.getSchemas().get(name);
            if (known != null && !known.equals(schema)) {
                // two classes with one simple name would silently share a component; rename one of them
                throw new IllegalStateException("Two different schemas are both named " + name);
            }
            components.addSchemas(name, schema);
        });
        String name = resolved.schema.getName();
        return name != null && resolved.referencedSchemas.containsKey(name) ? new Schema<>().$ref(name) : resolved.schema;
    }

    /** The error body under the name clients know it by; every field is always present. */
    Schema<?> errorSchema(Class<?> errorType) {
        Map<String, Schema> schemas = converters.read(errorType);
        Schema<?> error = schemas.values().iterator().next();
        error.setName(OpenApiDocument.ERROR);
        error.required(List.of("error", "message", "details"));
        error.getProperties().get("error").description("a stable machine-readable code such as not_found");
        error.getProperties().get("message").description("a sentence a person can act on");
        error.getProperties().get("details").description("extra facts, e.g. the offending field; empty when none");
        return error;
    }

    static Schema<?> of(ApiRoute.ParamType type) {
        return switch (type) {
            case ID -> new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ONE);
            case UUID -> new UUIDSchema();
            case DATE -> new DateSchema();
            case NUMBER -> new NumberSchema().format("double");
            case TEXT -> new StringSchema();
        };
    }
}
