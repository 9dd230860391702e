package com.fieldwork.db.demo;

import com.fieldwork.core.security.Role;

import java.util.Objects;

/** A login of the demo company, with its password in clear text: demo data only. */
public record DemoUser(String username, String password, Role role, String displayName) {

    public DemoUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
    }
}
