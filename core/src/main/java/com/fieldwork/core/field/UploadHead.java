package com.fieldwork.core.field;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The first bytes of an upload, to tell its type, read so that the store still sees every byte. */
final class UploadHead {

    private UploadHead() {
    }

    /** Reads the head and rewinds, so the store still hashes and counts every byte. */
    static byte[] peek(BufferedInputStream in, int bytes) {
        try {
            in.mark(bytes);
            byte[] head = in.readNBytes(bytes);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }
}
