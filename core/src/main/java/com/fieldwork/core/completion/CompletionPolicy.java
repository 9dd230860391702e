package com.fieldwork.core.completion;

import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.WorkOrderStatus;

/**
 * Who may complete a job by a bare status change. A technician is on site and can always give proof, so they
 * must use {@link JobCompletion}; the office keeps the bare move for jobs phoned in by a technician whose
 * phone is dead, where the proof is on paper.
 */
public final class CompletionPolicy {

    private CompletionPolicy() {
    }

    /** @throws CompletionRequiresProofException when a technician asks for Completed by status */
    public static void requireProofForTechnician(Role role, WorkOrderStatus target, long workOrderId) {
        if (role == Role.TECHNICIAN && target == WorkOrderStatus.COMPLETED) {
            throw new CompletionRequiresProofException(workOrderId);
        }
    }
}
