package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a drop on the dispatch board does: assigns a queued work order (a new visit, the order moves to
 * Assigned) or reschedules / reassigns a visit, quoting the versions the board read so a change made by
 * someone else in the meantime is refused rather than overwritten. Dropping onto a conflict is allowed
 * only with a reason, and the reason and the conflicts it overrides go into the audit log.
 */
public final class BoardDispatchService {

    static final String DEFAULT_REASON = "dispatch board";

    private final VisitRepository visits;
    private final WorkOrderService workOrders;

    public BoardDispatchService(VisitRepository visits, WorkOrderService workOrders) {
        this.visits = Objects.requireNonNull(visits, "visits");
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
    }

    /**
     * Puts the card on the technician's row at {@code slot}.
     *
     * @param overridden the sentences of the conflicts the dispatcher saw at the drop; when any, a reason is required
     * @throws ValidationException when conflicts are overridden without a reason (nothing is changed)
     * @throws com.fieldwork.core.common.ConcurrentModificationException when the visit or work order changed since read
     */
    public Visit place(BoardJob card, long technicianId, TimeSlot slot, List<String> overridden,
                       Optional<String> reason, Actor actor) {
        actor.require(Permission.WORK_ORDER_ASSIGN);
        Optional<String> given = reason.map(String::strip).filter(r -> !r.isEmpty());
        if (!overridden.isEmpty() && given.isEmpty()) {
            throw new ValidationException("reason", card.order().number() + " has " + overridden.size()
                    + (overridden.size() == 1 ? " conflict" : " conflicts") + " there: give a reason to place it anyway");
        }
        String auditReason = auditReason(given, overridden);
        if (card.order().status() == WorkOrderStatus.PENDING) {
            workOrders.changeStatus(card.order().id(), card.order().version(),
                    StatusChange.to(WorkOrderStatus.ASSIGNED).because(truncate(auditReason)), actor);
        }
        if (card.visit().isPresent()) {
            Visit visit = card.visit().get();
            return visits.replan(visit.id(), visit.version(),
                    new VisitPlan(OptionalLong.of(technicianId), Optional.of(slot), visit.pinned()), actor, truncate(auditReason));
        }
        return visits.create(new NewVisit(card.order().id(), OptionalLong.of(technicianId), Optional.of(slot), false),
                actor, truncate(auditReason));
    }

    /** Takes a visit off the board back into the queue (what accepting a plan that leaves it out does). */
    public Visit unassign(BoardJob card, String reason, Actor actor) {
        actor.require(Permission.WORK_ORDER_ASSIGN);
        Visit visit = card.visit().orElseThrow(() -> new ValidationException("visit",
                card.order().number() + " has no visit to take off the board"));
        return visits.replan(visit.id(), visit.version(), new VisitPlan(OptionalLong.empty(), Optional.empty(), false),
                actor, truncate(reason));
    }

    private static String auditReason(Optional<String> given, List<String> overridden) {
        String why = given.orElse(DEFAULT_REASON);
        return overridden.isEmpty() ? why : why + " (overrides: " + String.join("; ", overridden) + ")";
    }

    /** Reasons are stored in 500 characters; a long list of overridden conflicts is cut, never refused. */
    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
