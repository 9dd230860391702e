package com.fieldwork.db.config;

/** A setting is missing or wrong; the message names the setting, where it came from and what is expected. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
