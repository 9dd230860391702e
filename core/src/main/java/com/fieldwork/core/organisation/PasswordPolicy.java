package com.fieldwork.core.organisation;

import com.fieldwork.core.common.ValidationException;

/** The one rule for new passwords, so the console, the API and imports agree. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes; a longer password would silently be cut. */
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    public static void check(CharSequence password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException("password", "A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("password", "A password may have at most " + MAX_LENGTH + " characters");
        }
        if (password.toString().isBlank()) {
            throw new ValidationException("password", "A password cannot be only spaces");
        }
    }
}
