package com.fieldwork.core.security;

import static com.fieldwork.core.security.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionMatrixTest {

    /** The whole policy. Changing who may do what means changing this picture on purpose. */
    private static final Map<String, Set<Role>> EXPECTED = RoleGrid.parse("""
                                 SA  OM  BM  DI  TE  AC  AU
            WORK_ORDER_VIEW_ALL  X   X   X   X   .   X   X
            WORK_ORDER_VIEW_OWN  X   X   X   X   X   X   X
            WORK_ORDER_CREATE    X   X   X   X   .   .   .
            WORK_ORDER_EDIT      X   X   X   X   .   .   .
            WORK_ORDER_ASSIGN    X   X   X   X   .   .   .
            WORK_ORDER_CANCEL    X   X   X   X   .   .   .
            WORK_ORDER_CLOSE     X   X   X   .   .   X   .
            WORK_ORDER_REOPEN    X   X   .   .   .   .   .
            FIELD_WORK           X   X   X   .   X   .   .
            DISPATCH_OPTIMIZE    X   X   X   X   .   .   .
            CUSTOMER_VIEW        X   X   X   X   .   X   X
            CUSTOMER_EDIT        X   X   X   X   .   .   .
            TECHNICIAN_VIEW      X   X   X   X   .   .   X
            TECHNICIAN_EDIT      X   X   X   .   .   .   .
            SCHEDULE_EDIT        X   X   X   X   .   .   .
            INVENTORY_VIEW       X   X   X   X   X   .   X
            INVENTORY_MANAGE     X   X   X   .   .   .   .
            CATALOG_MANAGE       X   X   .   .   .   .   .
            INVOICE_VIEW         X   X   X   .   .   X   X
            INVOICE_EDIT         X   X   X   .   .   X   .
            INVOICE_ISSUE        X   X   X   .   .   X   .
            PAYMENT_RECORD       X   X   X   .   .   X   .
            REPORT_VIEW          X   X   X   .   .   X   X
            AUDIT_VIEW           X   X   X   .   .   .   X
            USER_MANAGE          X   .   .   .   .   .   .
            SETTINGS_MANAGE      X   .   .   .   .   .   .
            API_KEY_MANAGE       X   .   .   .   .   .   .
            ALL_BRANCHES         X   X   .   .   .   X   X
            """);

    /** Holding the left one without the right one would make no sense: you cannot edit what you cannot see. */
    private static final Map<Permission, Permission> IMPLIES = Map.ofEntries(
            Map.entry(WORK_ORDER_VIEW_ALL, WORK_ORDER_VIEW_OWN),
            Map.entry(WORK_ORDER_CREATE, WORK_ORDER_VIEW_ALL),
            Map.entry(WORK_ORDER_EDIT, WORK_ORDER_VIEW_ALL),
            Map.entry(WORK_ORDER_CLOSE, WORK_ORDER_VIEW_ALL),
            Map.entry(FIELD_WORK, WORK_ORDER_VIEW_OWN),
            Map.entry(CUSTOMER_EDIT, CUSTOMER_VIEW),
            Map.entry(TECHNICIAN_EDIT, TECHNICIAN_VIEW),
            Map.entry(SCHEDULE_EDIT, TECHNICIAN_VIEW),
            Map.entry(DISPATCH_OPTIMIZE, WORK_ORDER_ASSIGN),
            Map.entry(INVENTORY_MANAGE, INVENTORY_VIEW),
            Map.entry(INVOICE_EDIT, INVOICE_VIEW),
            Map.entry(INVOICE_ISSUE, INVOICE_VIEW),
            Map.entry(PAYMENT_RECORD, INVOICE_VIEW));

    @Test
    void theGridNamesEveryPermissionOnce() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleHoldsExactlyTheGridColumn(Role role) {
        Set<Permission> expected = Arrays.stream(Permission.values())
                .filter(p -> EXPECTED.get(p.name()).contains(role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));

        assertThat(PermissionMatrix.of(role)).containsExactlyElementsOf(expected);
        Arrays.stream(Permission.values()).forEach(p ->
                assertThat(PermissionMatrix.allows(role, p)).as("%s %s", role, p).isEqualTo(expected.contains(p)));
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void everyPermissionIsGrantedToSomeoneAndRolesWithMatchesTheGrid(Permission permission) {
        assertThat(PermissionMatrix.rolesWith(permission))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(permission.name()));
    }

    @Test
    void superAdminHoldsEverything() {
        assertThat(PermissionMatrix.of(Role.SUPER_ADMIN)).containsExactly(Permission.values());
    }

    @Test
    void auditorReadsEverythingAndWritesNothing() {
        assertThat(PermissionMatrix.of(Role.AUDITOR)).noneMatch(Permission::isWrite);
        assertThat(PermissionMatrix.of(Role.AUDITOR)).containsAll(
                Arrays.stream(Permission.values()).filter(p -> !p.isWrite()).toList());
    }

    @Test
    void technicianSeesOnlyTheirOwnWorkOrders() {
        assertThat(PermissionMatrix.allows(Role.TECHNICIAN, WORK_ORDER_VIEW_OWN)).isTrue();
        assertThat(PermissionMatrix.allows(Role.TECHNICIAN, WORK_ORDER_VIEW_ALL)).isFalse();
        assertThat(PermissionMatrix.allows(Role.TECHNICIAN, ALL_BRANCHES)).isFalse();
    }

    @Test
    void onlyTheSuperAdminControlsAccess() {
        for (Permission access : EnumSet.of(USER_MANAGE, SETTINGS_MANAGE, API_KEY_MANAGE)) {
            assertThat(PermissionMatrix.rolesWith(access)).as("%s", access).containsExactly(Role.SUPER_ADMIN);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void noRoleHoldsAPermissionWithoutWhatItImplies(Role role) {
        IMPLIES.forEach((permission, implied) -> {
            if (PermissionMatrix.allows(role, permission)) {
                assertThat(PermissionMatrix.allows(role, implied))
                        .as("%s holds %s so needs %s", role, permission, implied).isTrue();
            }
        });
    }

    @Test
    void requirePassesWhenTheRoleHoldsThePermission() {
        assertThatCode(() -> PermissionMatrix.require(Role.ACCOUNTANT, INVOICE_ISSUE)).doesNotThrowAnyException();
    }

    @Test
    void requireNamesTheRoleTheActionAndWhoMay() {
        assertThatThrownBy(() -> PermissionMatrix.require(Role.TECHNICIAN, INVOICE_ISSUE))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e).hasMessage("A Technician may not issue invoices "
                            + "(allowed: Super Admin, Operations Manager, Branch Manager, Accountant)");
                    assertThat(e.role()).isEqualTo(Role.TECHNICIAN);
                    assertThat(e.action()).isEqualTo("issue invoices");
                    assertThat(e.code()).isEqualTo("permission_denied");
                });
        assertThatThrownBy(() -> PermissionMatrix.require(Role.AUDITOR, WORK_ORDER_EDIT))
                .hasMessageStartingWith("An Auditor may not edit work orders (allowed: ");
        assertThatThrownBy(() -> PermissionMatrix.require(Role.OPERATIONS_MANAGER, USER_MANAGE))
                .hasMessage("An Operations Manager may not manage users (allowed: Super Admin)");
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void descriptionsCompleteASentence(Permission permission) {
        assertThat(permission.description()).isNotBlank().matches("[a-z].*[a-z]");
    }

    @Test
    void grantsCannotBeChangedByCallers() {
        assertThatThrownBy(() -> PermissionMatrix.of(Role.TECHNICIAN).add(WORK_ORDER_VIEW_ALL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PermissionMatrix.rolesWith(USER_MANAGE).add(Role.TECHNICIAN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void deniedWithNoRoleAllowedSaysSo() {
        assertThat(new PermissionDeniedException(Role.DISPATCHER, "delete history", Set.of()))
                .hasMessage("A Dispatcher may not delete history (no role may)");
    }
}
