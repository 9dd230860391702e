package com.fieldwork.core.workorder;

import static com.fieldwork.core.workorder.WorkOrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.security.RoleGrid;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkOrderLifecycleTest {

    /** Every move that exists and who may make it. Any row not here must be refused for everyone. */
    private static final Map<String, Set<Role>> EXPECTED = RoleGrid.parse("""
                                                   SA  OM  BM  DI  TE  AC  AU
            PENDING           -> ASSIGNED          X   X   X   X   .   .   .
            PENDING           -> ON_HOLD           X   X   X   X   .   .   .
            PENDING           -> CANCELLED         X   X   X   X   .   .   .
            ASSIGNED          -> PENDING           X   X   X   X   .   .   .
            ASSIGNED          -> EN_ROUTE          X   X   X   X   X   .   .
            ASSIGNED          -> ON_HOLD           X   X   X   X   .   .   .
            ASSIGNED          -> CANCELLED         X   X   X   X   .   .   .
            EN_ROUTE          -> ASSIGNED          X   X   X   X   X   .   .
            EN_ROUTE          -> ARRIVED           X   X   X   X   X   .   .
            EN_ROUTE          -> ON_HOLD           X   X   X   X   .   .   .
            EN_ROUTE          -> CANCELLED         X   X   X   X   .   .   .
            ARRIVED           -> ASSIGNED          X   X   X   X   X   .   .
            ARRIVED           -> IN_PROGRESS       X   X   X   X   X   .   .
            ARRIVED           -> ON_HOLD           X   X   X   X   .   .   .
            IN_PROGRESS       -> WAITING_FOR_PARTS X   X   X   X   X   .   .
            IN_PROGRESS       -> ON_HOLD           X   X   X   X   .   .   .
            IN_PROGRESS       -> COMPLETED         X   X   X   X   X   .   .
            WAITING_FOR_PARTS -> ASSIGNED          X   X   X   X   .   .   .
            WAITING_FOR_PARTS -> IN_PROGRESS       X   X   X   X   X   .   .
            WAITING_FOR_PARTS -> ON_HOLD           X   X   X   X   .   .   .
            WAITING_FOR_PARTS -> CANCELLED         X   X   X   X   .   .   .
            ON_HOLD           -> PENDING           X   X   X   X   .   .   .
            ON_HOLD           -> ASSIGNED          X   X   X   X   .   .   .
            ON_HOLD           -> CANCELLED         X   X   X   X   .   .   .
            COMPLETED         -> ASSIGNED          X   X   X   X   .   .   .
            COMPLETED         -> IN_PROGRESS       X   X   X   X   .   .   .
            COMPLETED         -> CLOSED            X   X   X   .   .   X   .
            CLOSED            -> COMPLETED         X   X   .   .   .   .   .
            CANCELLED         -> PENDING           X   X   X   .   .   .   .
            """);

    private static final Set<Role> MANAGERS = EnumSet.of(Role.SUPER_ADMIN, Role.OPERATIONS_MANAGER,
            Role.BRANCH_MANAGER);

    private static String key(WorkOrderStatus from, WorkOrderStatus to) {
        return from + " -> " + to;
    }

    static Stream<Arguments> everyPairAndRole() {
        return Arrays.stream(WorkOrderStatus.values()).flatMap(from ->
                Arrays.stream(WorkOrderStatus.values()).flatMap(to ->
                        Arrays.stream(Role.values()).map(role -> Arguments.of(from, to, role))));
    }

    @ParameterizedTest(name = "{0} -> {1} as {2}")
    @MethodSource("everyPairAndRole")
    void checkAcceptsExactlyTheMovesInTheTable(WorkOrderStatus from, WorkOrderStatus to, Role role) {
        Set<Role> allowedRoles = EXPECTED.get(key(from, to));
        boolean expected = allowedRoles != null && allowedRoles.contains(role);

        if (allowedRoles == null) {
            assertThatThrownBy(() -> WorkOrderLifecycle.check(from, to, role))
                    .isInstanceOf(InvalidTransitionException.class);
        } else if (expected) {
            assertThatCode(() -> WorkOrderLifecycle.check(from, to, role)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> WorkOrderLifecycle.check(from, to, role))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(WorkOrderLifecycle.canTransition(from, to, role)).isEqualTo(expected);
        assertThat(WorkOrderLifecycle.allowedTargets(from, role).contains(to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void allowedTargetsAreTheTableRowsInDeclarationOrder(WorkOrderStatus from) {
        Set<WorkOrderStatus> expected = Arrays.stream(WorkOrderStatus.values())
                .filter(to -> EXPECTED.containsKey(key(from, to)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkOrderStatus.class)));

        assertThat(WorkOrderLifecycle.allowedTargets(from)).containsExactlyElementsOf(expected);
    }

    @Test
    void expectedTableNamesOnlyRealStatuses() {
        assertThat(EXPECTED.keySet()).allSatisfy(move -> {
            String[] parts = move.split(" -> ");
            assertThat(parts).hasSize(2);
            assertThat(WorkOrderStatus.valueOf(parts[0])).isNotEqualTo(WorkOrderStatus.valueOf(parts[1]));
        });
    }

    @Test
    void invalidMoveNamesCurrentRequestedAndAllowedStatesByLabel() {
        assertThatThrownBy(() -> WorkOrderLifecycle.check(COMPLETED, EN_ROUTE, Role.DISPATCHER))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e).hasMessage("Cannot move a work order from Completed to En route; "
                            + "allowed from Completed: Assigned, In progress, Closed");
                    assertThat(e.current()).isEqualTo(COMPLETED);
                    assertThat(e.requested()).isEqualTo(EN_ROUTE);
                    assertThat(e.allowed()).containsExactly(ASSIGNED, IN_PROGRESS, CLOSED);
                    assertThat(e.code()).isEqualTo("invalid_transition");
                });
    }

    @Test
    void refusedRoleIsNamedWithTheRolesThatMay() {
        assertThatThrownBy(() -> WorkOrderLifecycle.check(COMPLETED, CLOSED, Role.TECHNICIAN))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e).hasMessage("A Technician may not move a work order from Completed to Closed "
                            + "(allowed: Super Admin, Operations Manager, Branch Manager, Accountant)");
                    assertThat(e.role()).isEqualTo(Role.TECHNICIAN);
                    assertThat(e.allowedRoles()).containsExactly(Role.SUPER_ADMIN, Role.OPERATIONS_MANAGER,
                            Role.BRANCH_MANAGER, Role.ACCOUNTANT);
                    assertThat(e.code()).isEqualTo("permission_denied");
                });
    }

    @Test
    void happyPathFromPendingToClosedByTheRolesThatDoIt() {
        assertThatCode(() -> {
            WorkOrderLifecycle.check(PENDING, ASSIGNED, Role.DISPATCHER);
            WorkOrderLifecycle.check(ASSIGNED, EN_ROUTE, Role.TECHNICIAN);
            WorkOrderLifecycle.check(EN_ROUTE, ARRIVED, Role.TECHNICIAN);
            WorkOrderLifecycle.check(ARRIVED, IN_PROGRESS, Role.TECHNICIAN);
            WorkOrderLifecycle.check(IN_PROGRESS, WAITING_FOR_PARTS, Role.TECHNICIAN);
            WorkOrderLifecycle.check(WAITING_FOR_PARTS, IN_PROGRESS, Role.TECHNICIAN);
            WorkOrderLifecycle.check(IN_PROGRESS, COMPLETED, Role.TECHNICIAN);
            WorkOrderLifecycle.check(COMPLETED, CLOSED, Role.ACCOUNTANT);
        }).doesNotThrowAnyException();
    }

    @Test
    void technicianCannotCloseOrCancel() {
        assertThat(WorkOrderLifecycle.canTransition(COMPLETED, CLOSED, Role.TECHNICIAN)).isFalse();
        assertThat(Arrays.stream(WorkOrderStatus.values()))
                .noneMatch(from -> WorkOrderLifecycle.canTransition(from, CANCELLED, Role.TECHNICIAN));
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void auditorCanDoNothing(WorkOrderStatus from) {
        assertThat(WorkOrderLifecycle.allowedTargets(from, Role.AUDITOR)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void stayingInTheSameStatusIsNotAMove(WorkOrderStatus status) {
        assertThatThrownBy(() -> WorkOrderLifecycle.check(status, status, Role.SUPER_ADMIN))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageStartingWith("Cannot move a work order from " + status.label() + " to " + status.label());
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void terminalMeansOnlyManagersCanLeave(WorkOrderStatus status) {
        boolean onlyManagersLeave = WorkOrderLifecycle.allowedTargets(status).stream()
                .allMatch(to -> MANAGERS.containsAll(WorkOrderLifecycle.rolesAllowed(status, to)));

        assertThat(WorkOrderLifecycle.isTerminal(status)).isEqualTo(onlyManagersLeave);
        assertThat(WorkOrderLifecycle.isTerminal(status)).isEqualTo(status == CLOSED || status == CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(WorkOrderStatus.class)
    void everyStatusIsReachableFromPendingAndCanStillEnd(WorkOrderStatus status) {
        assertThat(reachableFrom(PENDING)).contains(status);
        assertThat(reachableFrom(status)).containsAnyOf(CLOSED, CANCELLED);
    }

    @Test
    void returnedSetsCannotBeChangedByCallers() {
        assertThatThrownBy(() -> WorkOrderLifecycle.allowedTargets(PENDING).add(CLOSED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> WorkOrderLifecycle.allowedTargets(PENDING, Role.DISPATCHER).add(CLOSED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> WorkOrderLifecycle.rolesAllowed(COMPLETED, CLOSED).add(Role.TECHNICIAN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Set<WorkOrderStatus> reachableFrom(WorkOrderStatus start) {
        Set<WorkOrderStatus> seen = EnumSet.of(start);
        Deque<WorkOrderStatus> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (WorkOrderStatus next : WorkOrderLifecycle.allowedTargets(queue.pop())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
