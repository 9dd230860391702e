package com.fieldwork.api.auth;

import com.fieldwork.core.security.IssuedToken;

import java.time.Clock;
import java.time.OffsetDateTime;

/** A good sign-in: the token, shown this once, and who it belongs to. */
public record LoginResponse(String token, String tokenType, OffsetDateTime expiresAt, UserResponse user) {

    static LoginResponse of(IssuedToken issued, Clock clock) {
        return new LoginResponse(issued.token(), "Bearer", issued.expiresAt().atZone(clock.getZone()).toOffsetDateTime(),
                UserResponse.of(issued.actor()));
    }

    @Override
    public String toString() {
        return "LoginResponse[token=(hidden), expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
