package com.fieldwork.api.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fieldwork.api.logging.RequestLogging;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.completion.CompletionIncompleteException;
import com.fieldwork.core.completion.CompletionRequiresProofException;
import com.fieldwork.core.completion.Missing;
import com.fieldwork.core.field.UploadTooLargeException;
import com.fieldwork.core.intake.IntakeValidationException;
import com.fieldwork.core.inventory.InsufficientStockException;
import com.fieldwork.core.inventory.ReturnExceedsUseException;
import com.fieldwork.core.security.TooManyAttemptsException;
import com.fieldwork.core.workorder.InvalidTransitionException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one table from "what went wrong" to HTTP status and {@link ErrorResponse}; read
 * {@link #map(Exception, Context)} top to bottom. Domain exceptions keep their own {@code code()}
 * as the error code. Anything unexpected is a bug: it is logged with its stack trace and answered
 * with a 500 that names only the request id, never the exception.
 */
public final class ErrorMapper {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

    /** Status per domain error code; any other domain code is a business rule that said no: 422. */
    static final Map<String, Integer> DOMAIN_STATUS = Map.of(
            "not_found", 404,
            "validation_failed", 400,
            "permission_denied", 403,
            "conflict", 409,
            "concurrent_modification", 409,
            "invalid_transition", 409,
            "unauthenticated", 401,
            "invalid_credentials", 401,
            "too_many_attempts", 429);
    static final int OTHER_DOMAIN_STATUS = 422;
    /** Field-record codes; a map of their own because Map.of stops at ten pairs. */
    static final Map<String, Integer> FIELD_RECORD_STATUS = Map.of(
            "upload_too_large", 413,
            "unsupported_media_type", 415,
            "insufficient_stock", 409,
            "return_exceeds_use", 409,
            "work_order_closed", 409,
            "report_not_ready", 409);

    private final ObjectMapper json;

    public ErrorMapper(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Javalin looks a handler up by the exception's class, then its superclasses, and ships its own
     * for {@link HttpResponseException} and its validation exception: naming those classes here
     * replaces them; {@code Exception} catches everything else.
     */
    public void install(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, this::handle);
        config.routes.exception(io.javalin.validation.ValidationException.class, this::handle);
        config.routes.exception(Exception.class, this::handle);
        config.router.javaLangErrorHandler(this::handleError);
    }

    private void handle(Exception e, Context ctx) {
        Mapped mapped = map(e, ctx);
        if (mapped.status() == 401) {
            // RFC 9110: a 401 names the scheme that would work
            ctx.header("WWW-Authenticate", "Bearer realm=\"fieldwork\"");
        }
        if (e instanceof TooManyAttemptsException tooMany) {
            ctx.header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        ctx.status(mapped.status()).json(mapped.body());
    }

    private Mapped map(Exception e, Context ctx) {
        if (e instanceof DomainException domain) {
            return domain(domain);
        }
        if (e instanceof EndpointNotFound) {
            return new Mapped(404, ErrorResponse.of("not_found",
                    "There is no endpoint " + ctx.method() + " " + ctx.path()));
        }
        if (e instanceof HttpResponseException http) {
            return new Mapped(http.getStatus(),
                    new ErrorResponse(code(http.getStatus()), http.getMessage(), new LinkedHashMap<>(http.getDetails())));
        }
        if (e instanceof io.javalin.validation.ValidationException invalid) {
            // bodyValidator reports an unreadable body as REQUEST_BODY: DESERIALIZATION_FAILED; say why instead
            return bodyError(invalid).map(ErrorMapper::unreadableBody).orElseGet(() -> invalidParameters(invalid));
        }
        Optional<JacksonException> input = inputError(e);
        if (input.isPresent()) {
            return unreadableBody(input.get());
        }
        return unexpected(e, ctx);
    }

    private static Mapped domain(DomainException e) {
        int status = DOMAIN_STATUS.getOrDefault(e.code(), FIELD_RECORD_STATUS.getOrDefault(e.code(), OTHER_DOMAIN_STATUS));
        return new Mapped(status, new ErrorResponse(e.code(), e.getMessage(), domainDetails(e)));
    }

    private static Map<String, Object> domainDetails(DomainException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e instanceof NotFoundException notFound) {
            details.put("entity", notFound.entity());
            details.put("id", notFound.id());
        } else if (e instanceof ValidationException invalid) {
            details.put("field", invalid.field());
        } else if (e instanceof IntakeValidationException invalid) {
            // every bad field at once; "field" is the first, as for a single-field error
            details.put("field", invalid.errors().get(0).field());
            details.put("errors", invalid.errors());
        } else if (e instanceof ConcurrentModificationException changed) {
            details.put("entity", changed.entity());
            details.put("id", changed.id());
            details.put("yourVersion", changed.expectedVersion());
            details.put("currentVersion", changed.currentVersion());
            changed.changedBy().ifPresent(by -> details.put("changedBy", by));
            changed.changedAt().ifPresent(at -> details.put("changedAt", at));
        } else if (e instanceof TooManyAttemptsException tooMany) {
            details.put("retryAfterSeconds", tooMany.retryAfterSeconds());
        } else if (e instanceof InvalidTransitionException invalid) {
            // a stale screen recovers by offering the moves that are possible now
            details.put("current", invalid.current());
            details.put("requested", invalid.requested());
            details.put("allowed", List.copyOf(invalid.allowed()));
        } else if (e instanceof InsufficientStockException stock) {
            // what is there, so the technician can use what is available or fetch more
            details.put("sku", stock.partSku());
            details.put("location", stock.locationName());
            details.put("onHand", stock.onHand());
            details.put("reserved", stock.reserved());
            details.put("available", stock.available());
            details.put("requested", stock.requested());
        } else if (e instanceof ReturnExceedsUseException tooMany) {
            // how many can come back, so the technician returns that instead
            details.put("sku", tooMany.partSku());
            details.put("returnable", tooMany.returnable());
            details.put("requested", tooMany.requested());
        } else if (e instanceof UploadTooLargeException tooLarge) {
            details.put("limitBytes", tooLarge.limitBytes());
        } else if (e instanceof CompletionIncompleteException incomplete) {
            // every shortfall at once, so the technician fixes them all before trying again
            details.put("missing", incomplete.missing().stream().map(ErrorMapper::missing).toList());
        } else if (e instanceof CompletionRequiresProofException proof) {
            // where the phone should go instead
            details.put("route", "/api/v1/jobs/" + proof.workOrderId() + "/complete");
        }
        return details;
    }

    private static Map<String, Object> missing(Missing m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", m.kind().name());
        m.itemId().ifPresent(id -> item.put("itemId", id));
        m.prompt().ifPresent(prompt -> item.put("prompt", prompt));
        item.put("needed", m.needed());
        item.put("have", m.have());
        return item;
    }

    private static String code(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "http_" + status : known.name().toLowerCase(Locale.ROOT);
    }

    /** Javalin's {@code pathParamAsClass(...).check(...)} and {@code bodyValidator} failures. */
    private static Mapped invalidParameters(io.javalin.validation.ValidationException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.getErrors().forEach((field, list) ->
                errors.put(field, list.stream().map(ValidationError::getMessage).toList()));
        String message = errors.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                .collect(Collectors.joining("; ", "Invalid request (", ")"));
        Map<String, Object> details = new LinkedHashMap<>();
        errors.keySet().stream().findFirst().ifPresent(first -> details.put("field", first));
        details.put("errors", errors);
        return new Mapped(400, new ErrorResponse("bad_request", message, details));
    }

    /**
     * The Jackson error behind {@code e} (itself or, when Javalin wrapped it, its cause) if it is
     * about the client's input. A failure to write a response (InvalidDefinitionException, a
     * generator error) is our bug and stays a 500.
     */
    private static Optional<JacksonException> inputError(Throwable e) {
        return Stream.of(e, e.getCause())
                .filter(t -> t instanceof StreamReadException || t instanceof MismatchedInputException
                        || t instanceof ValueInstantiationException)
                .map(JacksonException.class::cast)
                .findFirst();
    }

    private static Optional<JacksonException> bodyError(io.javalin.validation.ValidationException e) {
        return e.getErrors().values().stream()
                .flatMap(List::stream)
                .map(ValidationError::exception)
                .filter(Objects::nonNull)
                .flatMap(cause -> inputError(cause).stream())
                .findFirst();
    }

    private static Mapped unreadableBody(JacksonException e) {
        // a compact constructor that rejects a value throws a domain exception while Jackson builds the record
        if (e instanceof ValueInstantiationException && e.getCause() instanceof DomainException domain) {
            return domain(domain);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        String what = "is not valid JSON";
        if (e instanceof JsonMappingException mapping) {
            what = "does not have the expected shape";
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (!field.isEmpty()) {
                details.put("field", field);
            }
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        // the original message names the problem but not our classes: "Unexpected character ('x' ...)"
        String problem = e instanceof ValueInstantiationException ? "a value was rejected" : e.getOriginalMessage();
        return new Mapped(400, new ErrorResponse("bad_request",
                "The request body " + what + where + ": " + problem, details));
    }

    private static Mapped unexpected(Exception e, Context ctx) {
        String requestId = RequestLogging.requestId(ctx);
        log.error("Unhandled exception on {} {} (request {})", ctx.method(), ctx.path(), requestId, e);
        return new Mapped(500, internalError(requestId));
    }

    private static ErrorResponse internalError(String requestId) {
        return ErrorResponse.of("internal_error", "Something went wrong; reference " + requestId);
    }

    /** StackOverflowError and friends: Javalin gives no Context here, but the request id is in the MDC. */
    private void handleError(HttpServletResponse response, Error error) {
        String requestId = Objects.requireNonNullElse(MDC.get(RequestLogging.MDC_KEY), "-");
        log.error("Unhandled error (request {})", requestId, error);
        try {
            response.setStatus(500);
            response.setContentType("application/json");
            json.writeValue(response.getOutputStream(), internalError(requestId));
        } catch (IOException | IllegalStateException e) {
            log.warn("Could not write the error response for request {}", requestId, e);
        }
    }

    /** A status with its body. */
    record Mapped(int status, ErrorResponse body) {
    }
}
