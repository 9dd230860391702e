package com.fieldwork.core.field;

import java.util.Objects;

/**
 * The attachment an upload ended in.
 *
 * @param replayed true when the same client id and content had been uploaded before and nothing new was
 *                 written: the API answers 200 instead of 201, and the phone drops it from its queue either way
 */
public record SavedAttachment(Attachment attachment, boolean replayed) {

    public SavedAttachment {
        Objects.requireNonNull(attachment, "attachment");
    }
}
