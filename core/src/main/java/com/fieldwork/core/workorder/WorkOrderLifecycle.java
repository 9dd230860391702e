package com.fieldwork.core.workorder;

import static com.fieldwork.core.security.Role.ACCOUNTANT;
import static com.fieldwork.core.security.Role.BRANCH_MANAGER;
import static com.fieldwork.core.security.Role.DISPATCHER;
import static com.fieldwork.core.security.Role.OPERATIONS_MANAGER;
import static com.fieldwork.core.security.Role.SUPER_ADMIN;
import static com.fieldwork.core.security.Role.TECHNICIAN;
import static com.fieldwork.core.workorder.WorkOrderStatus.*;

import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state machine of a work order: which status changes exist and which roles may make each.
 *
 * <p>The rules are one table, built once. This class answers for a role; whether a technician is the one
 * assigned to the job ("own jobs") is for the use case to check, as it knows the assignment.
 */
public final class WorkOrderLifecycle {

    /** The office: plans, parks, cancels, and records what a technician phones in. */
    private static final Set<Role> DISPATCH = roles(SUPER_ADMIN, OPERATIONS_MANAGER, BRANCH_MANAGER, DISPATCHER);
    /** Moves made on the road and on site, by the technician or by the office on their behalf. */
    private static final Set<Role> FIELD = roles(SUPER_ADMIN, OPERATIONS_MANAGER, BRANCH_MANAGER, DISPATCHER,
            TECHNICIAN);
    /** Closing is the accounting sign-off, so the accountant may and the dispatcher may not. */
    private static final Set<Role> CLOSERS = roles(SUPER_ADMIN, OPERATIONS_MANAGER, BRANCH_MANAGER, ACCOUNTANT);
    /** Reopening a closed order may undo invoicing: company-wide managers only, and it is audited. */
    private static final Set<Role> REOPENERS = roles(SUPER_ADMIN, OPERATIONS_MANAGER);
    /** Nothing was billed on a cancelled order, so a branch manager may bring it back too. */
    private static final Set<Role> REINSTATERS = roles(SUPER_ADMIN, OPERATIONS_MANAGER, BRANCH_MANAGER);

    /**
     * Finished for day-to-day work: only a manager's correction (reopen, reinstate) leaves these, and the
     * lifecycle test holds the table to that.
     */
    private static final Set<WorkOrderStatus> TERMINAL = Collections.unmodifiableSet(EnumSet.of(CLOSED, CANCELLED));

    private static final Map<WorkOrderStatus, Map<WorkOrderStatus, Set<Role>>> MOVES = new TableBuilder()
            // Planning: the office puts an order on a technician's list and takes it off again.
            .allow(from(PENDING, ON_HOLD), ASSIGNED, DISPATCH)
            .allow(from(ASSIGNED, ON_HOLD), PENDING, DISPATCH)
            // A new visit: the parts have come in, or the customer called back before the order was
            // closed because the fix did not hold (a recall needs a trip, not just "In progress").
            .allow(from(WAITING_FOR_PARTS, COMPLETED), ASSIGNED, DISPATCH)
            // Any open, unfinished order can be parked: customer asks to wait, a quote needs approval,
            // the site is unsafe. Without Arrived and In progress here, the office would have to record a
            // false "Waiting for parts" to stop a job on site.
            .allow(from(PENDING, ASSIGNED, EN_ROUTE, ARRIVED, IN_PROGRESS, WAITING_FOR_PARTS), ON_HOLD, DISPATCH)
            // Cancel directly until the technician is on site (a customer often cancels while the van is on
            // its way). Once on site, time has been spent that may be billed, so the order is parked On
            // hold first and cancelled as a separate, deliberate decision, or completed with a call-out fee.
            .allow(from(PENDING, ASSIGNED, EN_ROUTE, WAITING_FOR_PARTS, ON_HOLD), CANCELLED, DISPATCH)
            // In the field.
            .allow(from(ASSIGNED), EN_ROUTE, FIELD)
            .allow(from(EN_ROUTE), ARRIVED, FIELD)
            // Turned back on the way, or no access on arrival (nobody home): back on the list for a new
            // visit. The most common failed visit, so it must not need the office.
            .allow(from(EN_ROUTE, ARRIVED), ASSIGNED, FIELD)
            .allow(from(ARRIVED, WAITING_FOR_PARTS), IN_PROGRESS, FIELD)
            .allow(from(IN_PROGRESS), WAITING_FOR_PARTS, FIELD)
            .allow(from(IN_PROGRESS), COMPLETED, FIELD)
            // After the work: rework on the same visit, sign-off, and the managers' corrections.
            .allow(from(COMPLETED), IN_PROGRESS, DISPATCH)
            .allow(from(COMPLETED), CLOSED, CLOSERS)
            .allow(from(CLOSED), COMPLETED, REOPENERS)
            .allow(from(CANCELLED), PENDING, REINSTATERS)
            .build();

    private WorkOrderLifecycle() {
    }

    /** Every status some role may move a work order to from {@code from}, in declaration order. */
    public static Set<WorkOrderStatus> allowedTargets(WorkOrderStatus from) {
        return movesFrom(from).keySet();
    }

    /** The statuses this role may move a work order to from {@code from}, in declaration order. */
    public static Set<WorkOrderStatus> allowedTargets(WorkOrderStatus from, Role role) {
        Objects.requireNonNull(role, "role");
        EnumSet<WorkOrderStatus> targets = EnumSet.noneOf(WorkOrderStatus.class);
        movesFrom(from).forEach((to, roles) -> {
            if (roles.contains(role)) {
                targets.add(to);
            }
        });
        return Collections.unmodifiableSet(targets);
    }

    /** The roles that may make the move; empty when the move does not exist. */
    public static Set<Role> rolesAllowed(WorkOrderStatus from, WorkOrderStatus to) {
        Objects.requireNonNull(to, "to");
        return movesFrom(from).getOrDefault(to, Set.of());
    }

    public static boolean canTransition(WorkOrderStatus from, WorkOrderStatus to, Role role) {
        Objects.requireNonNull(role, "role");
        return rolesAllowed(from, to).contains(role);
    }

    /**
     * Does nothing when the role may make the move.
     *
     * @throws InvalidTransitionException when no role may move an order from {@code from} to {@code to}
     *                                    (including staying in the same status)
     * @throws PermissionDeniedException  when the move exists but this role may not make it
     */
    public static void check(WorkOrderStatus from, WorkOrderStatus to, Role role) {
        Objects.requireNonNull(role, "role");
        Set<Role> roles = rolesAllowed(from, to);
        if (roles.isEmpty()) {
            throw new InvalidTransitionException(from, to, allowedTargets(from));
        }
        if (!roles.contains(role)) {
            throw new PermissionDeniedException(role,
                    "move a work order from " + from.label() + " to " + to.label(), roles);
        }
    }

    /** Closed or Cancelled: no further work is expected, and only a manager's correction leaves it. */
    public static boolean isTerminal(WorkOrderStatus status) {
        return TERMINAL.contains(Objects.requireNonNull(status, "status"));
    }

    private static Map<WorkOrderStatus, Set<Role>> movesFrom(WorkOrderStatus from) {
        return MOVES.get(Objects.requireNonNull(from, "from"));
    }

    private static Set<Role> roles(Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Collections.addAll(set, roles);
        return Collections.unmodifiableSet(set);
    }

    private static Set<WorkOrderStatus> from(WorkOrderStatus... statuses) {
        EnumSet<WorkOrderStatus> set = EnumSet.noneOf(WorkOrderStatus.class);
        Collections.addAll(set, statuses);
        return set;
    }

    /** Collects the moves and refuses a table that contradicts itself. */
    private static final class TableBuilder {
        private final Map<WorkOrderStatus, Map<WorkOrderStatus, Set<Role>>> moves = new EnumMap<>(WorkOrderStatus.class);

        TableBuilder() {
            for (WorkOrderStatus status : WorkOrderStatus.values()) {
                moves.put(status, new EnumMap<>(WorkOrderStatus.class));
            }
        }

        TableBuilder allow(Set<WorkOrderStatus> sources, WorkOrderStatus target, Set<Role> roles) {
            for (WorkOrderStatus source : sources) {
                if (source == target) {
                    throw new IllegalStateException("A work order cannot move from " + source + " to itself");
                }
                if (moves.get(source).putIfAbsent(target, roles) != null) {
                    throw new IllegalStateException("Move " + source + " -> " + target + " is declared twice");
                }
            }
            return this;
        }

        Map<WorkOrderStatus, Map<WorkOrderStatus, Set<Role>>> build() {
            moves.replaceAll((source, targets) -> Collections.unmodifiableMap(targets));
            return Collections.unmodifiableMap(moves);
        }
    }
}
