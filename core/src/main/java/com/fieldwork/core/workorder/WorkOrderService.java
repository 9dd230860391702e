package com.fieldwork.core.workorder;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.sla.SlaPolicies;
import com.fieldwork.core.sla.SlaPolicy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The use cases of a work order's life. Rules are checked here, once, for the console and the
 * field API alike; the repository then applies the change in one transaction.
 */
public final class WorkOrderService {

    private final WorkOrderRepository workOrders;
    private final VisitRepository visits;
    private final SlaPolicies slaPolicies;
    private final Clock clock;

    public WorkOrderService(WorkOrderRepository workOrders, VisitRepository visits, SlaPolicies slaPolicies, Clock clock) {
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.visits = Objects.requireNonNull(visits, "visits");
        this.slaPolicies = Objects.requireNonNull(slaPolicies, "slaPolicies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a work order with its SLA clock started now. A source's external reference names one order:
     * a second order under it is refused by the repository (a ConflictException). Answering a resend with
     * the first order is intake's business ({@link com.fieldwork.core.intake.IntakeService}), which can
     * tell a resend from a new order; returning the earlier order from here would hide that.
     */
    public WorkOrder create(NewWorkOrder order, Actor actor) {
        actor.require(Permission.WORK_ORDER_CREATE);
        var due = slaPolicies.applicable(order.priority(), order.customerId())
                .map(policy -> policy.dueFrom(clock.instant()));
        return workOrders.create(order, due, actor);
    }

    /** The SLA that a new order of this priority for this customer would get. */
    public Optional<SlaPolicy> slaFor(Priority priority, long customerId) {
        return slaPolicies.applicable(priority, customerId);
    }

    /** A work order as this actor may see it: technicians only see their own jobs. */
    public WorkOrder get(long id, Actor actor) {
        WorkOrder order = workOrders.find(id).orElseThrow(() -> new NotFoundException("work order", id));
        requireVisible(order, actor);
        return order;
    }

    /**
     * Moves a work order through its lifecycle: the move must exist, the actor's role must be allowed
     * to make it, a technician may only move their own jobs, and nobody may have changed the order
     * since {@code expectedVersion}.
     */
    public WorkOrder changeStatus(long id, long expectedVersion, StatusChange change, Actor actor) {
        WorkOrder order = get(id, actor);
        // before the lifecycle, so "closed" is said instead of "no such move"
        ClosedWorkOrders.checkStatusChange(order.number(), order.status(), change);
        WorkOrderLifecycle.check(order.status(), change.target(), actor.role());
        return workOrders.changeStatus(order, expectedVersion, change, actor);
    }

    /** Office edits; a closed or cancelled order is a record of what happened and stays as it is. */
    public WorkOrder edit(long id, long expectedVersion, WorkOrderEdit edit, Actor actor) {
        actor.require(Permission.WORK_ORDER_EDIT);
        WorkOrder order = get(id, actor);
        ClosedWorkOrders.requireOpen(order.number(), order.status(), "editing it");
        if (WorkOrderLifecycle.isTerminal(order.status())) {
            throw new ConflictException(order.number() + " is " + order.status().label()
                    + " and can no longer be edited; reopen or reinstate it first");
        }
        return workOrders.edit(id, expectedVersion, edit, actor);
    }

    public WorkOrderNote addNote(long workOrderId, String body, boolean internal, Actor actor) {
        if (!actor.can(Permission.WORK_ORDER_EDIT)) {
            actor.require(Permission.FIELD_WORK);
        }
        get(workOrderId, actor);
        return workOrders.addNote(workOrderId, Text.required("body", body, 10_000), internal, actor);
    }

    /**
     * A technician who asks for someone else's job is told it does not exist: saying "forbidden"
     * would confirm the job is there.
     */
    private void requireVisible(WorkOrder order, Actor actor) {
        if (actor.can(Permission.WORK_ORDER_VIEW_ALL)) {
            return;
        }
        actor.require(Permission.WORK_ORDER_VIEW_OWN);
        boolean own = actor.technicianId().isPresent()
                && visits.isAssigned(order.id(), actor.technicianId().getAsLong());
        if (!own) {
            throw new NotFoundException("work order", order.id());
        }
    }
}
