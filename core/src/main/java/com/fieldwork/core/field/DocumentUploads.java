package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Permission;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * The office attaching a file to a work order: who may (those who edit work orders), what (PDF, JPEG, PNG by
 * their bytes), how big (25 MB), then the bytes into the content store and one audited attachment row.
 */
public final class DocumentUploads {

    /** A scanned permit or a long PDF quote fits; a video does not. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private final ContentStore store;
    private final AttachmentRepository attachments;

    public DocumentUploads(ContentStore store, AttachmentRepository attachments) {
        this.store = Objects.requireNonNull(store, "store");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
    }

    /**
     * @throws com.fieldwork.core.security.PermissionDeniedException when the actor may not edit work orders
     * @throws UnsupportedMediaTypeException when the bytes are no PDF, JPEG or PNG, before anything is stored
     * @throws UploadTooLargeException       when the content is over {@link #MAX_BYTES}
     * @throws com.fieldwork.core.common.NotFoundException when the work order does not exist
     */
    public Attachment attach(long workOrderId, String fileName, InputStream content, Actor actor) {
        actor.require(Permission.WORK_ORDER_EDIT);
        Objects.requireNonNull(fileName, "fileName");
        BufferedInputStream in = new BufferedInputStream(Objects.requireNonNull(content, "content"));
        DocumentType type = DocumentType.detect(UploadHead.peek(in, ImageType.HEADER_BYTES))
                .orElseThrow(() -> new UnsupportedMediaTypeException(FileNames.baseName(fileName)
                        + " is not a PDF, JPEG or PNG file (checked by its content, not its name)"));
        StoredContent stored = store.put(in, MAX_BYTES);
        return attachments.createDocument(new NewDocument(workOrderId, fileName, type, stored), actor);
    }
}
