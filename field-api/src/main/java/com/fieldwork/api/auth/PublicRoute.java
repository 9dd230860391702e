package com.fieldwork.api.auth;

import io.javalin.security.RouteRole;

/**
 * Marks the few {@code /api/v1} routes anyone may call without a token (signing in). Everything
 * else under {@code /api/v1} needs one, so a new route is protected unless it says otherwise.
 */
public enum PublicRoute implements RouteRole {
    PUBLIC
}
