package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a file's bytes, as 64 lower-case hex digits: its name in the content store. */
public record ContentHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        Objects.requireNonNull(hex, "hex");
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new ValidationException("contentHash", "A content hash is 64 lower-case hex digits, got '" + hex + "'");
        }
    }

    public static ContentHash of(byte[] content) {
        return ofDigestBytes(newDigest().digest(Objects.requireNonNull(content, "content")));
    }

    /** Finishes a digest fed while streaming, so big files are hashed without holding them. */
    public static ContentHash of(MessageDigest digest) {
        return ofDigestBytes(digest.digest());
    }

    /** A fresh SHA-256 digest; every JVM must provide one, so its absence is a broken runtime. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    private static ContentHash ofDigestBytes(byte[] sha256) {
        return new ContentHash(HexFormat.of().formatHex(sha256));
    }

    @Override
    public String toString() {
        return hex;
    }
}
