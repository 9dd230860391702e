package com.fieldwork.api.auth;

import io.javalin.security.RouteRole;

/**
 * Marks the {@code /api/v1} routes that other systems call with an API key instead of a bearer token
 * (work-order intake). {@link BearerAuthentication} leaves them to {@link ApiKeyAuthentication}, which
 * still applies the route's {@link RequiredPermission}s to the key's role.
 */
public enum ApiKeyRoute implements RouteRole {
    API_KEY
}
