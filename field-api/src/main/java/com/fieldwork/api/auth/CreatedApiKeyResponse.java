package com.fieldwork.api.auth;

import com.fieldwork.core.security.IssuedApiKey;

/** The answer to creating a key: the only time {@code key} is ever shown. */
public record CreatedApiKeyResponse(long id, String name, String role, String prefix, String key) {

    static CreatedApiKeyResponse of(IssuedApiKey issued) {
        return new CreatedApiKeyResponse(issued.key().id(), issued.key().name(), issued.key().role().name(),
                issued.key().prefix(), issued.plaintext());
    }

    @Override
    public String toString() {
        return "CreatedApiKeyResponse[id=" + id + ", name=" + name + ", key=(hidden)]";
    }
}
