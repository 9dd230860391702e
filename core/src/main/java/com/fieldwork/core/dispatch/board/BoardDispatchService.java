package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a drop on the dispatch board does: assigns a queued work order (a new visit, the order moves to
 * Assigned) or reschedules / reassigns a visit, quoting the versions the board read so a change made by
 * someone else in the meantime is refused rather than overwritten. Dropping onto a conflict is allowed
 * only with a reason, and the reason and the conflicts it overrides go into the audit log.
 * <p>
 * An accepted plan (the optimizer's day, an emergency insertion) is many such placements in one transaction:
 * all of it is written, or none of it. Each drop is one transaction too, so a queued order never ends up
 * Assigned without its visit.
 */
public final class BoardDispatchService {

    static final String DEFAULT_REASON = "dispatch board";

    private final BoardTransactions transactions;

    public BoardDispatchService(BoardTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
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
        return transactions.inTransaction(writes -> place(writes, card, technicianId, slot, auditReason, actor));
    }

    /** Takes a visit off the board back into the queue (what accepting a plan that leaves it out does). */
    public Visit unassign(BoardJob card, String reason, Actor actor) {
        actor.require(Permission.WORK_ORDER_ASSIGN);
        return transactions.inTransaction(writes -> unassign(writes, card, reason, actor));
    }

    /**
     * Commits an accepted plan in one transaction, with its title as the reason of every change. The engine
     * proposed it from the board as read, so nothing in it is an override; what changed since is refused by
     * the same checks as a drop (versions, the work order's lifecycle), and then nothing of the plan is written.
     *
     * @param progress told before each placement; when it says cancelled, the plan is rolled back
     * @return the visits as written, in the plan's order
     * @throws PlanNotAppliedException naming the job that failed and why (its cause), or that it was cancelled
     */
    public List<Visit> apply(String title, List<PlanPlacement> placements, Actor actor, PlanProgress progress) {
        actor.require(Permission.WORK_ORDER_ASSIGN);
        Objects.requireNonNull(title, "title");
        return transactions.inTransaction(writes -> {
            List<Visit> written = new ArrayList<>();
            for (PlanPlacement placement : placements) {
                if (progress.cancelled()) {
                    throw PlanNotAppliedException.cancelled(title);
                }
                progress.placing(written.size(), placements.size(), placement.card());
                try {
                    written.add(apply(writes, placement, title, actor));
                } catch (DomainException e) {
                    throw new PlanNotAppliedException(title, placement.card().order().number(), e);
                }
            }
            if (progress.cancelled()) {
                throw PlanNotAppliedException.cancelled(title);
            }
            return written;
        });
    }

    private static Visit apply(BoardWrites writes, PlanPlacement placement, String title, Actor actor) {
        if (placement.to().isEmpty()) {
            return unassign(writes, placement.card(), title, actor);
        }
        Appointment to = placement.to().get();
        return place(writes, placement.card(), to.technicianId(), to.slot(), title, actor);
    }

    /** The one place rule of a drop and of a plan's placement, inside the caller's transaction. */
    private static Visit place(BoardWrites writes, BoardJob card, long technicianId, TimeSlot slot,
                               String auditReason, Actor actor) {
        String reason = truncate(auditReason);
        if (card.order().status() == WorkOrderStatus.PENDING) {
            writes.workOrders().changeStatus(card.order().id(), card.order().version(),
                    StatusChange.to(WorkOrderStatus.ASSIGNED).because(reason), actor);
        }
        if (card.visit().isPresent()) {
            Visit visit = card.visit().get();
            return writes.visits().replan(visit.id(), visit.version(),
                    new VisitPlan(OptionalLong.of(technicianId), Optional.of(slot), visit.pinned()), actor, reason);
        }
        return writes.visits().create(new NewVisit(card.order().id(), OptionalLong.of(technicianId), Optional.of(slot),
                false), actor, reason);
    }

    private static Visit unassign(BoardWrites writes, BoardJob card, String reason, Actor actor) {
        Visit visit = card.visit().orElseThrow(() -> new ValidationException("visit",
                card.order().number() + " has no visit to take off the board"));
        return writes.visits().replan(visit.id(), visit.version(),
                new VisitPlan(OptionalLong.empty(), Optional.empty(), false), actor, truncate(reason));
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
