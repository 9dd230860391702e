package com.fieldwork.core.workorder;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/**
 * The one rule that a closed work order is immutable. Every write to a job's record asks it with the job's
 * status as read in the writing transaction (the repositories lock the work order row for that), so the
 * console, the phone and a replayed sync event are refused alike. The only way out of Closed is the
 * reopen move, which {@link WorkOrderLifecycle} gives to company-wide managers and this rule makes
 * explain itself: the reason goes to the audit log with the move.
 */
public final class ClosedWorkOrders {

    private ClosedWorkOrders() {
    }

    /**
     * @param change what was asked, as the user would say it ("adding a note"); it ends up in the message
     * @throws WorkOrderClosedException when the order is closed
     */
    public static void requireOpen(WorkOrderNumber number, WorkOrderStatus status, String change) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(change, "change");
        if (Objects.requireNonNull(status, "status") == WorkOrderStatus.CLOSED) {
            throw new WorkOrderClosedException(number, change);
        }
    }

    /**
     * A status change of a closed order must be the reopen (to Completed) and say why; whether the role may
     * reopen is the lifecycle's question.
     *
     * @throws WorkOrderClosedException for any other target
     * @throws ValidationException      naming {@code reason} when a reopen gives none
     */
    public static void checkStatusChange(WorkOrderNumber number, WorkOrderStatus from, StatusChange change) {
        if (from != WorkOrderStatus.CLOSED) {
            return;
        }
        if (change.target() != WorkOrderStatus.COMPLETED) {
            throw new WorkOrderClosedException(number, "moving it to " + change.target().label());
        }
        if (change.reason().filter(r -> !r.isBlank()).isEmpty()) {
            throw new ValidationException("reason", "Reopening " + number
                    + " needs a reason: it is kept in the audit log with who reopened it and when");
        }
    }
}
