package com.fieldwork.core.security;

import com.fieldwork.core.common.DomainException;

/**
 * The request does not say who is asking: no token, or one that does not (or no longer) work. The
 * message says which in plain words, which tells the holder of a token nothing they could not guess.
 */
public final class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super(message);
    }

    public static UnauthenticatedException missing() {
        return new UnauthenticatedException("Sign in first: send the token as 'Authorization: Bearer <token>'");
    }

    public static UnauthenticatedException unknown() {
        return new UnauthenticatedException("The token is not valid; sign in again");
    }

    public static UnauthenticatedException revoked() {
        return new UnauthenticatedException("The token was signed out; sign in again");
    }

    public static UnauthenticatedException expired() {
        return new UnauthenticatedException("The token has expired; sign in again");
    }

    public static UnauthenticatedException inactive() {
        return new UnauthenticatedException("The account can no longer sign in; ask an administrator");
    }

    @Override
    public String code() {
        return "unauthenticated";
    }
}
