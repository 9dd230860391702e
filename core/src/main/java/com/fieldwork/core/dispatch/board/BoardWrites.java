package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/** The ports a board write goes through, all bound to one {@link BoardTransactions transaction}. */
public record BoardWrites(VisitRepository visits, WorkOrderService workOrders) {

    public BoardWrites {
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(workOrders, "workOrders");
    }
}
