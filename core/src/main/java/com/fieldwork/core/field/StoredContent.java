package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/**
 * Bytes safely in the content store.
 *
 * @param storageKey where the store keeps them, relative to its root; recorded in attachment.storage_key
 */
public record StoredContent(ContentHash hash, long sizeBytes, String storageKey) {

    public StoredContent {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(storageKey, "storageKey");
        if (sizeBytes < 0) {
            throw new ValidationException("sizeBytes", "A size cannot be negative, got " + sizeBytes);
        }
    }
}
