package com.fieldwork.api.logging;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One log line per request (method, path, status, milliseconds), all tied together by a request id:
 * taken from an incoming {@code X-Request-Id} (a reverse proxy or the phone may set one) or made up,
 * sent back in the response header, and kept in the SLF4J MDC while the request runs so every log
 * line of that request carries it.
 */
public final class RequestLogging {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger log = LoggerFactory.getLogger(RequestLogging.class);
    private static final String ATTRIBUTE = RequestLogging.class.getName() + ".id";
    /** Anything else from outside (too long, spaces, control characters) could forge log lines. */
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestLogging() {
    }

    public static void install(JavalinConfig config) {
        config.routes.before(RequestLogging::start);
        config.requestLogger.http(RequestLogging::finish);
    }

    /** The id of the request being handled, or "-" if none was assigned (the request never reached routing). */
    public static String requestId(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    private static void start(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && ACCEPTED_ID.matcher(incoming).matches() ? incoming : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    private static void finish(Context ctx, Float millis) {
        try {
            int status = ctx.statusCode();
            // load balancers poll /health every few seconds; a healthy answer is not news
            boolean routine = status == 200 && "/health".equals(ctx.path());
            String format = "{} {} {} {} ms";
            Object[] args = {ctx.method(), ctx.path(), status, String.format(Locale.ROOT, "%.1f", millis)};
            if (routine) {
                log.debug(format, args);
            } else {
                log.info(format, args);
            }
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** 12 hex digits: short enough to read out over the phone, unique enough within a day of logs. */
    private static String newId() {
        return String.format(Locale.ROOT, "%012x", ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL);
    }
}
