package com.fieldwork.api.auth;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.ApiKeys;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.Role;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Admin routes for API keys; the key itself is in the create response only, never again. */
public final class ApiKeysController {

    static final String KEYS = "/api/v1/admin/api-keys";

    private final ApiKeys apiKeys;

    public ApiKeysController(ApiKeys apiKeys) {
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
    }

    public void install(ApiRoutes routes) {
        RequiredPermission manage = RequiredPermission.of(Permission.API_KEY_MANAGE);
        routes.add(ApiRoute.post(KEYS)
                .operation("createApiKey", "Admin", "Create an API key for another system")
                .description("The key is in this answer only; it is stored hashed.")
                .body(ApiKeyRequest.class).reply(201, "Created", CreatedApiKeyResponse.class)
                .roles(manage), this::create);
        routes.add(ApiRoute.get(KEYS)
                .operation("listApiKeys", "Admin", "List the API keys (never the keys themselves)")
                .replyList(200, "The API keys", ApiKeyResponse.class)
                .roles(manage), this::list);
        routes.add(ApiRoute.delete(KEYS + "/{id}")
                .operation("revokeApiKey", "Admin", "Revoke an API key")
                .replyEmpty(204, "Revoked").errors(400, 404)
                .roles(manage), this::revoke);
    }

    private void create(Context ctx) {
        ApiKeyRequest request = JsonBody.read(ctx, ApiKeyRequest.class);
        var issued = apiKeys.create(CurrentActor.of(ctx), request.name(), role(request.role()));
        // the plain key is in this body: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(CreatedApiKeyResponse.of(issued));
    }

    private void list(Context ctx) {
        ctx.json(apiKeys.list(CurrentActor.of(ctx)).stream().map(ApiKeyResponse::of).toList());
    }

    private void revoke(Context ctx) {
        apiKeys.revoke(CurrentActor.of(ctx), id(ctx.pathParam("id")));
        ctx.status(204);
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("role", "'" + value + "' is not a role; use one of "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
        }
    }

    private static long id(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message
        }
        throw new ValidationException("id", "An API key id is a positive number, got '" + raw + "'");
    }
}
