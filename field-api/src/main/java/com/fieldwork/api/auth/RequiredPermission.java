package com.fieldwork.api.auth;

import com.fieldwork.core.security.Permission;
import io.javalin.security.RouteRole;

import java.util.Objects;

/**
 * A permission a route demands, checked against core's permission matrix by {@link BearerAuthentication}
 * before the handler runs: {@code config.routes.get(path, handler, RequiredPermission.of(Permission.X))}.
 * A route may name several; the caller needs all of them. Whether a technician may touch a particular
 * job is not a role question: their queries are scoped by {@code Actor.technicianId()} in SQL.
 */
public record RequiredPermission(Permission permission) implements RouteRole {

    public RequiredPermission {
        Objects.requireNonNull(permission, "permission");
    }

    public static RequiredPermission of(Permission permission) {
        return new RequiredPermission(permission);
    }
}
