package com.fieldwork.core.completion;

import com.fieldwork.core.workorder.WorkOrder;

import java.util.Objects;

/** The work order after completion and the proof stored with it. */
public record CompletedJob(WorkOrder workOrder, long completedBy, CompletionProof proof) {

    public CompletedJob {
        Objects.requireNonNull(workOrder, "workOrder");
        Objects.requireNonNull(proof, "proof");
    }
}
