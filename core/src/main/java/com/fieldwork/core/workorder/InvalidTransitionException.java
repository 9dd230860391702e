package com.fieldwork.core.workorder;

import com.fieldwork.core.common.DomainException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requested status change is not a move of the work order lifecycle at all, for anyone. The message
 * names where the order is and where it could go, so a stale screen or API client can recover.
 */
public final class InvalidTransitionException extends DomainException {

    private final WorkOrderStatus current;
    private final WorkOrderStatus requested;
    private final Set<WorkOrderStatus> allowed;

    public InvalidTransitionException(WorkOrderStatus current, WorkOrderStatus requested,
                                      Collection<WorkOrderStatus> allowed) {
        super(message(current, requested, allowed));
        this.current = current;
        this.requested = requested;
        this.allowed = Collections.unmodifiableSet(copy(allowed));
    }

    private static String message(WorkOrderStatus current, WorkOrderStatus requested,
                                  Collection<WorkOrderStatus> allowed) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(requested, "requested");
        Set<WorkOrderStatus> targets = copy(Objects.requireNonNull(allowed, "allowed"));
        String options = targets.isEmpty()
                ? "nothing is allowed from " + current.label()
                : "allowed from " + current.label() + ": "
                        + targets.stream().map(WorkOrderStatus::label).collect(Collectors.joining(", "));
        return "Cannot move a work order from " + current.label() + " to " + requested.label() + "; " + options;
    }

    private static Set<WorkOrderStatus> copy(Collection<WorkOrderStatus> statuses) {
        EnumSet<WorkOrderStatus> set = EnumSet.noneOf(WorkOrderStatus.class);
        set.addAll(statuses);
        return set;
    }

    /** Where the work order is now. */
    public WorkOrderStatus current() {
        return current;
    }

    /** Where the caller asked to move it. */
    public WorkOrderStatus requested() {
        return requested;
    }

    /** Every status reachable from {@link #current()} by some role, in declaration order. */
    public Set<WorkOrderStatus> allowed() {
        return allowed;
    }

    @Override
    public String code() {
        return "invalid_transition";
    }
}
