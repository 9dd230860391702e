package com.fieldwork.core.report;

import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;

/** A service report was asked for before the job was completed; the API answers 409. */
public final class ReportNotReadyException extends DomainException {

    public ReportNotReadyException(WorkOrderNumber number, WorkOrderStatus status) {
        super("The service report of " + number + " is made when the job is completed; it is " + status.label()
                + " now");
    }

    @Override
    public String code() {
        return "report_not_ready";
    }
}
