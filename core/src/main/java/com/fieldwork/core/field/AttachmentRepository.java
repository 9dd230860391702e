package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** Attachment rows (the bytes are in the {@link ContentStore}). Every write is audited and on the change feed. */
public interface AttachmentRepository {

    /**
     * Records the photo once per client id.
     *
     * @return the new attachment, or the existing one when this client id was uploaded with the same content
     * @throws com.fieldwork.core.common.ConflictException when the client id was used for different content
     * @throws com.fieldwork.core.common.NotFoundException when the work order does not exist
     * @throws com.fieldwork.core.common.ValidationException when the visit is not one of the work order's
     */
    SavedAttachment createPhoto(NewPhoto photo, Actor actor);

    /**
     * Records a document the office attached.
     *
     * @throws com.fieldwork.core.common.NotFoundException when the work order does not exist
     */
    Attachment createDocument(NewDocument document, Actor actor);

    Optional<Attachment> find(long id);

    Optional<Attachment> findByClientId(java.util.UUID clientId);

    /** In upload order. */
    List<Attachment> forWorkOrder(long workOrderId);
}
