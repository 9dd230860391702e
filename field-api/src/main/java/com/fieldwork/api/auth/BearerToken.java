package com.fieldwork.api.auth;

import com.fieldwork.core.security.UnauthenticatedException;
import io.javalin.http.Context;
import io.javalin.http.Header;

import java.util.Locale;

/** Reads {@code Authorization: Bearer <token>} (RFC 6750); the scheme name is case-insensitive. */
final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    /** @throws UnauthenticatedException when there is no header, another scheme, or no token after it */
    static String from(Context ctx) {
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw UnauthenticatedException.missing();
        }
        String trimmed = header.strip();
        if (!trimmed.toLowerCase(Locale.ROOT).startsWith(SCHEME) || trimmed.substring(SCHEME.length()).isBlank()) {
            throw new UnauthenticatedException("Send the token as 'Authorization: Bearer <token>'");
        }
        return trimmed.substring(SCHEME.length()).strip();
    }
}
