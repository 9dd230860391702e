package com.fieldwork.api.auth;

import com.fieldwork.core.common.ValidationException;

/** The body of {@code POST /api/v1/auth/login}; a missing field is a 400 naming it. */
public record LoginRequest(String username, String password) {

    public LoginRequest {
        if (username == null || username.isBlank()) {
            throw new ValidationException("username", "A username is required");
        }
        if (password == null || password.isEmpty()) {
            throw new ValidationException("password", "A password is required");
        }
    }

    /** Never prints the password, should a request ever be logged. */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=(hidden)]";
    }
}
