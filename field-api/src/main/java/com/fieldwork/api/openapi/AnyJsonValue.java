package com.fieldwork.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;

/**
 * {@code Object} and {@code JsonNode} fields hold any JSON value (a checklist answer is true, 12.5 or text; an
 * error's details hold strings, numbers and lists). swagger-core would call them {@code object}, which a client
 * generator takes literally and then refuses {@code true}; an untyped schema says what is meant.
 */
final class AnyJsonValue implements ModelConverter {

    private final TypeFactory types = TypeFactory.defaultInstance();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = types.constructType(type.getType()).getRawClass();
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return new Schema<>().description("Any JSON value");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
