package com.fieldwork.db.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the API's certificate and private key are kept: a PKCS12 keystore and its password. The password
 * is a secret: it never appears in {@link #toString()}, so it cannot end up in a log line.
 */
public record TlsKeystore(Path path, String password) {

    public TlsKeystore {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TlsKeystore[path=" + path + ", password=***]";
    }
}
