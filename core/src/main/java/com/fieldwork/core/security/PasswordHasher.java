package com.fieldwork.core.security;

/** A slow, salted one-way hash for passwords. Implementations live outside core. */
public interface PasswordHasher {

    String hash(CharSequence rawPassword);

    boolean matches(CharSequence rawPassword, String storedHash);
}
