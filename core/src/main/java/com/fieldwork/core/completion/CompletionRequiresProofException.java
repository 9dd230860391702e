package com.fieldwork.core.completion;

import com.fieldwork.core.common.DomainException;

/**
 * A technician tried to complete a job with a bare status change. Technicians complete through the
 * completion use case, which insists on the template's proof; the API answers 422 and names that route.
 */
public final class CompletionRequiresProofException extends DomainException {

    private final long workOrderId;

    public CompletionRequiresProofException(long workOrderId) {
        super("A technician completes work order " + workOrderId
                + " with proof of completion (checklist, photos, signature), not by a status change");
        this.workOrderId = workOrderId;
    }

    public long workOrderId() {
        return workOrderId;
    }

    @Override
    public String code() {
        return "completion_requires_proof";
    }
}
