package com.fieldwork.core.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.completion.CompletionPolicy;
import com.fieldwork.core.workorder.InvalidTransitionException;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.core.sync.SyncPayload.StatusChangeEvent;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conflict rule for status events, chosen so that replaying a queue in any order ends where sending it
 * once in client-time order ends: the job follows the newest status event by client time.
 * <ul>
 *   <li>An event no newer than the job's newest recorded status change is <em>superseded</em>: applied as a
 *       no-op that reports the current status. (The phone's queue already holds the newer move.)</li>
 *   <li>A newer event moves the job to its target along the shortest chain of moves the actor's role may make,
 *       every step stamped with the event's client time. The skipped steps are events that are still on their
 *       way; when they arrive they are older, hence superseded. A target equal to the current status still
 *       takes the shortest round trip, so the history's newest time moves on as it would have in order.</li>
 *   <li>No such chain: rejected as an invalid transition (e.g. the office parked the job meanwhile).</li>
 * </ul>
 * The phone's version is not compared: yesterday's queue is always stale, and the rule above decides instead.
 * Visibility (a job reassigned while offline) is WorkOrderService's check: not_found.
 */
final class StatusReplay {

    private StatusReplay() {
    }

    static Map<String, String> apply(EventScope scope, SyncEvent event, StatusChangeEvent status, Actor actor) {
        WorkOrder order = scope.workOrders().get(status.workOrderId(), actor);
        Optional<Instant> newest = scope.history().history(order.id()).stream()
                .map(StatusHistoryEntry::changedAt).max(Instant::compareTo);
        if (newest.isPresent() && !event.clientTime().isAfter(newest.get())) {
            return Map.of("status", order.status().name(), "version", Long.toString(order.version()),
                    "superseded", "true");
        }
        List<WorkOrderStatus> steps = chain(order.status(), status.to(), actor)
                .orElseThrow(() -> new InvalidTransitionException(order.status(), status.to(),
                        WorkOrderLifecycle.allowedTargets(order.status(), actor.role())));
        // a queued "Completed" carries no proof: the phone must send it through the completion route instead
        steps.forEach(step -> CompletionPolicy.requireProofForTechnician(actor.role(), step, order.id()));
        WorkOrder current = order;
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            StatusChange change = new StatusChange(steps.get(i), last ? status.note() : Optional.empty(),
                    status.position(), Optional.of(event.clientTime()));
            current = scope.workOrders().changeStatus(current.id(), current.version(), change, actor);
        }
        return Map.of("status", current.status().name(), "version", Long.toString(current.version()));
    }

    /** Breadth-first over the moves this role may make: the shortest non-empty chain from {@code from} to {@code to}. */
    static Optional<List<WorkOrderStatus>> chain(WorkOrderStatus from, WorkOrderStatus to, Actor actor) {
        Map<WorkOrderStatus, WorkOrderStatus> previous = new EnumMap<>(WorkOrderStatus.class);
        ArrayDeque<WorkOrderStatus> queue = new ArrayDeque<>();
        for (WorkOrderStatus next : WorkOrderLifecycle.allowedTargets(from, actor.role())) {
            previous.put(next, from);
            queue.add(next);
        }
        while (!queue.isEmpty()) {
            WorkOrderStatus at = queue.poll();
            if (at == to) {
                List<WorkOrderStatus> path = new ArrayList<>();
                // back to a first step (one whose predecessor is the start); "from" itself is only ever
                // reached later, so a round trip to it walks through its own predecessor first
                for (WorkOrderStatus s = at; ; s = previous.get(s)) {
                    path.add(s);
                    if (previous.get(s) == from) {
                        break;
                    }
                }
                Collections.reverse(path);
                return Optional.of(path);
            }
            for (WorkOrderStatus next : WorkOrderLifecycle.allowedTargets(at, actor.role())) {
                if (!previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }
}
