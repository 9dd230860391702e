package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;

import java.util.List;

/** Signatures and the attachment row of their image, written together, audited and on the change feed. */
public interface SignatureRepository {

    /**
     * @param image the signature's bytes, already in the content store
     * @return the new signature, or the one already captured under this client id with the same image
     * @throws com.fieldwork.core.common.ConflictException when the client id was used for a different image
     */
    Signature capture(NewSignature signature, StoredContent image, Actor actor);

    List<Signature> forWorkOrder(long workOrderId);
}
