package com.fieldwork.core.organisation;

import com.fieldwork.core.security.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Someone who signs in. The password hash is deliberately not here: it never leaves the
 * repository, so it cannot end up in a response, a log line or a screen.
 */
public record User(long id, String username, String displayName, Optional<String> email, Optional<String> phone,
                   Role role, OptionalLong branchId, boolean active, long version) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(branchId, "branchId");
    }

    public UserEdit edit() {
        return new UserEdit(displayName, email, phone, role, branchId);
    }
}
