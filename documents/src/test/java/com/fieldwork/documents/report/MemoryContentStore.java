package com.fieldwork.documents.report;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.StoredContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Files in a map, for drawing reports without a data folder. */
final class MemoryContentStore implements ContentStore {

    private final Map<String, byte[]> files = new HashMap<>();

    @Override
    public StoredContent put(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readAllBytes();
            ContentHash hash = ContentHash.of(bytes);
            files.put(hash.hex(), bytes);
            return new StoredContent(hash, bytes.length, hash.hex());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String storageKey) {
        byte[] bytes = files.get(storageKey);
        if (bytes == null) {
            throw new NotFoundException("file", storageKey);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean exists(String storageKey) {
        return files.containsKey(storageKey);
    }
}
