package com.fieldwork.core.workorder;

import com.fieldwork.core.common.ConflictException;

/**
 * A change to a closed work order. Closed is the accounting sign-off: the job's record (notes, labor, parts,
 * checklist, files, visits, status) stays as it was signed off; the API answers 409 and names the way out.
 */
public final class WorkOrderClosedException extends ConflictException {

    private final WorkOrderNumber number;

    public WorkOrderClosedException(WorkOrderNumber number, String change) {
        super(number + " is Closed, so " + change + " is refused and nothing was changed; a manager can reopen it"
                + " (with a reason) to correct it");
        this.number = number;
    }

    public WorkOrderNumber number() {
        return number;
    }

    @Override
    public String code() {
        return "work_order_closed";
    }
}
