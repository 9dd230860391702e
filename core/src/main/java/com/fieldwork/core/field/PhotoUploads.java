package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * Taking a photo from a phone: its type from its first bytes, its bytes into the content store
 * (never more than the limit), then one attachment row per client id.
 */
public final class PhotoUploads {

    private final ContentStore store;
    private final AttachmentRepository attachments;
    private final UploadPolicy policy;

    public PhotoUploads(ContentStore store, AttachmentRepository attachments, UploadPolicy policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @throws UnsupportedMediaTypeException when the bytes are not an allowed image, before anything is stored
     * @throws UploadTooLargeException       when the stream is longer than the policy allows
     * @throws com.fieldwork.core.common.ConflictException when the client id was used for other content
     *         (the bytes may then stay in the store unreferenced; they are harmless and content-addressed)
     */
    public SavedAttachment upload(PhotoDetails details, InputStream content, Actor actor) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(actor, "actor");
        BufferedInputStream in = new BufferedInputStream(Objects.requireNonNull(content, "content"));
        ImageType type = policy.requireType(UploadHead.peek(in, ImageType.HEADER_BYTES));
        StoredContent stored = store.put(in, policy.maxBytes());
        return attachments.createPhoto(details.stored(type, stored), actor);
    }

    /** The attachment and its bytes; the caller closes the stream. */
    public Download download(long attachmentId) {
        Attachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachment, store.open(attachment.storageKey()));
    }

    public record Download(Attachment attachment, InputStream content) {
    }
}
