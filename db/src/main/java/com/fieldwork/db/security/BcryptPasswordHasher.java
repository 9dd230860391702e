package com.fieldwork.db.security;

import com.fieldwork.core.security.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt from Spring Security's crypto module: a maintained, salted, deliberately slow hash. */
public final class BcryptPasswordHasher implements PasswordHasher {

    /** Work factor 10: about 70 ms a hash on a small office machine, enough against offline guessing. */
    public static final int DEFAULT_STRENGTH = 10;

    private final BCryptPasswordEncoder encoder;

    public BcryptPasswordHasher() {
        this(DEFAULT_STRENGTH);
    }

    public BcryptPasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String hash(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String storedHash) {
        return storedHash != null && encoder.matches(rawPassword, storedHash);
    }
}
