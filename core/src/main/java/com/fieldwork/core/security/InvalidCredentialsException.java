package com.fieldwork.core.security;

import com.fieldwork.core.common.DomainException;

/**
 * The username and password do not let anyone in. One message for an unknown user, a wrong password
 * and a deactivated account, so the answer does not tell which usernames exist.
 */
public final class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super("The username or password is wrong");
    }

    @Override
    public String code() {
        return "invalid_credentials";
    }
}
