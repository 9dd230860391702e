package com.fieldwork.core.field;

import com.fieldwork.core.common.DomainException;

/** The upload is bigger than the limit; the API answers 413 so the phone stops retrying it as is. */
public final class UploadTooLargeException extends DomainException {

    private final long limitBytes;

    public UploadTooLargeException(long limitBytes) {
        super("The file is larger than the limit of " + describe(limitBytes));
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public String code() {
        return "upload_too_large";
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
