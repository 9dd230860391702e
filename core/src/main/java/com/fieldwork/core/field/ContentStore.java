package com.fieldwork.core.field;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Where file contents live, named by their SHA-256 so the same bytes are kept once and a backup can
 * check them. Metadata (who, which job, what it is) lives in the database, not here.
 */
public interface ContentStore {

    /**
     * Reads the stream to its end and keeps the bytes. Stops as soon as more than {@code maxBytes}
     * arrived, keeping nothing, so an endless upload costs neither memory nor disk.
     *
     * @throws UploadTooLargeException when the content is bigger than {@code maxBytes}
     * @throws java.io.UncheckedIOException when the stream or the disk fails
     */
    StoredContent put(InputStream content, long maxBytes);

    default StoredContent put(byte[] content) {
        return put(new ByteArrayInputStream(content), content.length);
    }

    /**
     * @throws com.fieldwork.core.common.NotFoundException when nothing is stored under the key
     */
    InputStream open(String storageKey);

    boolean exists(String storageKey);
}
