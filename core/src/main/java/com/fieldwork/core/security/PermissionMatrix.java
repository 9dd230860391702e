package com.fieldwork.core.security;

import static com.fieldwork.core.security.Permission.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each {@link Role} may do. The whole policy is the one table below; callers ask
 * {@link #allows(Role, Permission)} or {@link #require(Role, Permission)} and never test roles themselves,
 * so a change of policy is a change here (and in its test grid) only.
 */
public final class PermissionMatrix {

    /** Company-wide administration: who may log in, how the company is set up, who may call the API. */
    private static final Set<Permission> ADMINISTRATION = EnumSet.of(USER_MANAGE, SETTINGS_MANAGE, API_KEY_MANAGE);

    private static final Map<Role, Set<Permission>> GRANTS = table();

    private PermissionMatrix() {
    }

    private static Map<Role, Set<Permission>> table() {
        Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);

        grants.put(Role.SUPER_ADMIN, EnumSet.allOf(Permission.class));

        // Runs the whole operation across branches, but users, settings and API keys stay with the admin
        // so that the people who run the business cannot also grant themselves or others access.
        // FIELD_WORK stays in: in a small company the manager goes out to jobs too, and "own jobs" needs
        // a technician profile, so it grants nothing to a manager who has none.
        grants.put(Role.OPERATIONS_MANAGER, EnumSet.complementOf(EnumSet.copyOf(ADMINISTRATION)));

        // The operations manager's job for one branch. Reopening a closed order undoes accounting and
        // the catalog sets prices for every branch, so both stay with company-wide roles.
        grants.put(Role.BRANCH_MANAGER, minus(grants.get(Role.OPERATIONS_MANAGER),
                ALL_BRANCHES, WORK_ORDER_REOPEN, CATALOG_MANAGE));

        // Takes the calls and plans the day for their branch. No FIELD_WORK: field moves phoned in by a
        // technician are recorded under WORK_ORDER_EDIT.
        grants.put(Role.DISPATCHER, EnumSet.of(
                WORK_ORDER_VIEW_ALL, WORK_ORDER_VIEW_OWN, WORK_ORDER_CREATE, WORK_ORDER_EDIT,
                WORK_ORDER_ASSIGN, WORK_ORDER_CANCEL, DISPATCH_OPTIMIZE,
                CUSTOMER_VIEW, CUSTOMER_EDIT, TECHNICIAN_VIEW, SCHEDULE_EDIT, INVENTORY_VIEW));

        // Only their own jobs. No CUSTOMER_VIEW: the site address and contact come with the job, and a
        // technician has no reason to browse the customer list (personal data).
        grants.put(Role.TECHNICIAN, EnumSet.of(WORK_ORDER_VIEW_OWN, FIELD_WORK, INVENTORY_VIEW));

        // Bills what was done, company-wide; closing a completed order is the accounting sign-off.
        grants.put(Role.ACCOUNTANT, EnumSet.of(
                WORK_ORDER_VIEW_ALL, WORK_ORDER_VIEW_OWN, WORK_ORDER_CLOSE, CUSTOMER_VIEW,
                INVOICE_VIEW, INVOICE_EDIT, INVOICE_ISSUE, PAYMENT_RECORD, REPORT_VIEW, ALL_BRANCHES));

        // Reads everything, everywhere, and changes nothing: any new read permission reaches auditors too.
        grants.put(Role.AUDITOR, Arrays.stream(Permission.values())
                .filter(p -> !p.isWrite())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class))));

        grants.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        if (grants.size() != Role.values().length) {
            throw new IllegalStateException("Every role needs a row in the permission matrix");
        }
        return Collections.unmodifiableMap(grants);
    }

    private static Set<Permission> minus(Set<Permission> base, Permission... removed) {
        EnumSet<Permission> result = EnumSet.copyOf(base);
        result.removeAll(Arrays.asList(removed));
        return result;
    }

    /** Every permission the role holds, in declaration order. */
    public static Set<Permission> of(Role role) {
        return GRANTS.get(Objects.requireNonNull(role, "role"));
    }

    public static boolean allows(Role role, Permission permission) {
        return of(role).contains(Objects.requireNonNull(permission, "permission"));
    }

    /** The roles that hold the permission, in declaration order. */
    public static Set<Role> rolesWith(Permission permission) {
        Objects.requireNonNull(permission, "permission");
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        GRANTS.forEach((role, permissions) -> {
            if (permissions.contains(permission)) {
                roles.add(role);
            }
        });
        return Collections.unmodifiableSet(roles);
    }

    /**
     * Does nothing when the role holds the permission.
     *
     * @throws PermissionDeniedException naming the role, the action and the roles that may do it
     */
    public static void require(Role role, Permission permission) {
        if (!allows(role, permission)) {
            throw new PermissionDeniedException(role, permission.description(), rolesWith(permission));
        }
    }
}
