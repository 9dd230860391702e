package com.fieldwork.api.auth;

/** {@code POST /api/v1/admin/api-keys}: the role is a Role name such as DISPATCHER. */
public record ApiKeyRequest(String name, String role) {
}
