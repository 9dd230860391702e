package com.fieldwork.core.workorder;

import static com.fieldwork.core.security.Permission.FIELD_WORK;
import static com.fieldwork.core.security.Permission.WORK_ORDER_ASSIGN;
import static com.fieldwork.core.security.Permission.WORK_ORDER_CANCEL;
import static com.fieldwork.core.security.Permission.WORK_ORDER_CLOSE;
import static com.fieldwork.core.security.Permission.WORK_ORDER_EDIT;
import static com.fieldwork.core.security.Permission.WORK_ORDER_REOPEN;
import static com.fieldwork.core.workorder.WorkOrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.PermissionMatrix;
import com.fieldwork.core.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle says who may move an order, the matrix says what a role may do; a screen built on one
 * must not offer what the other refuses.
 */
class WorkOrderLifecycleAgreesWithPermissionsTest {

    private static final Set<WorkOrderStatus> ON_SITE_PROGRESS = EnumSet.of(EN_ROUTE, ARRIVED, IN_PROGRESS,
            WAITING_FOR_PARTS, COMPLETED);

    static Stream<Arguments> everyAllowedMove() {
        return Arrays.stream(WorkOrderStatus.values()).flatMap(from ->
                WorkOrderLifecycle.allowedTargets(from).stream().flatMap(to ->
                        WorkOrderLifecycle.rolesAllowed(from, to).stream().map(role -> Arguments.of(from, to, role))));
    }

    @ParameterizedTest(name = "{2} may move {0} -> {1}")
    @MethodSource("everyAllowedMove")
    void aRoleThatMayMakeAMoveHoldsThePermissionForIt(WorkOrderStatus from, WorkOrderStatus to, Role role) {
        assertThat(PermissionMatrix.of(role)).containsAnyElementsOf(permissionsFor(from, to));
    }

    @Test
    void exactlyTheRolesThatMayCloseCanMoveCompletedToClosed() {
        assertThat(WorkOrderLifecycle.rolesAllowed(COMPLETED, CLOSED))
                .isEqualTo(PermissionMatrix.rolesWith(WORK_ORDER_CLOSE));
    }

    @Test
    void exactlyTheRolesThatMayReopenCanMoveClosedToCompleted() {
        assertThat(WorkOrderLifecycle.rolesAllowed(CLOSED, COMPLETED))
                .isEqualTo(PermissionMatrix.rolesWith(WORK_ORDER_REOPEN));
    }

    @Test
    void exactlyTheRolesThatMayCancelCanCancelFromEveryCancellableStatus() {
        Arrays.stream(WorkOrderStatus.values())
                .filter(from -> WorkOrderLifecycle.allowedTargets(from).contains(CANCELLED))
                .forEach(from -> assertThat(WorkOrderLifecycle.rolesAllowed(from, CANCELLED))
                        .as("roles that may cancel from %s", from)
                        .isEqualTo(PermissionMatrix.rolesWith(WORK_ORDER_CANCEL)));
    }

    @Test
    void exactlyTheRolesThatMayAssignCanAssignAPendingOrder() {
        assertThat(WorkOrderLifecycle.rolesAllowed(PENDING, ASSIGNED))
                .isEqualTo(PermissionMatrix.rolesWith(WORK_ORDER_ASSIGN));
    }

    @Test
    void aRoleWithoutWorkOrderWritesMakesNoMove() {
        Arrays.stream(Role.values())
                .filter(role -> PermissionMatrix.of(role).stream()
                        .noneMatch(p -> p.isWrite() && (p.name().startsWith("WORK_ORDER_") || p == FIELD_WORK)))
                .forEach(role -> Arrays.stream(WorkOrderStatus.values()).forEach(from ->
                        assertThat(WorkOrderLifecycle.allowedTargets(from, role)).as("%s from %s", role, from)
                                .isEmpty()));
    }

    /** Any one of these is enough for the move; field moves accept the technician's or the office's. */
    private static Set<Permission> permissionsFor(WorkOrderStatus from, WorkOrderStatus to) {
        if (to == CLOSED) {
            return Set.of(WORK_ORDER_CLOSE);
        }
        if (from == CLOSED) {
            return Set.of(WORK_ORDER_REOPEN);
        }
        if (to == CANCELLED || from == CANCELLED) {
            return Set.of(WORK_ORDER_CANCEL);
        }
        boolean turnedBack = (from == EN_ROUTE || from == ARRIVED) && to == ASSIGNED;
        boolean reworkAfterCompletion = from == COMPLETED;
        if (turnedBack || (ON_SITE_PROGRESS.contains(to) && !reworkAfterCompletion)) {
            return Set.of(FIELD_WORK, WORK_ORDER_EDIT);
        }
        if (to == ASSIGNED || to == PENDING) {
            return Set.of(WORK_ORDER_ASSIGN);
        }
        return Set.of(WORK_ORDER_EDIT);
    }
}
