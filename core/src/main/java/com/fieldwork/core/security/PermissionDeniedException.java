package com.fieldwork.core.security;

import com.fieldwork.core.common.DomainException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action exists, but the caller's role may not do it. The message names the role and the roles
 * that may, so the user knows whom to ask rather than just hearing "no".
 */
public final class PermissionDeniedException extends DomainException {

    private final Role role;
    private final String action;
    private final Set<Role> allowedRoles;

    /**
     * @param role         the role that asked
     * @param action       what it tried, as a verb phrase that completes "A Dispatcher may not …",
     *                     e.g. {@code "issue invoices"}
     * @param allowedRoles the roles that may do it; may be empty
     */
    public PermissionDeniedException(Role role, String action, Collection<Role> allowedRoles) {
        super(message(role, action, allowedRoles));
        this.role = role;
        this.action = action;
        this.allowedRoles = Collections.unmodifiableSet(copy(allowedRoles));
    }

    private static String message(Role role, String action, Collection<Role> allowedRoles) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Set<Role> allowed = copy(Objects.requireNonNull(allowedRoles, "allowedRoles"));
        String who = allowed.isEmpty()
                ? "no role may"
                : "allowed: " + allowed.stream().map(Role::label).collect(Collectors.joining(", "));
        return article(role.label()) + " " + role.label() + " may not " + action + " (" + who + ")";
    }

    private static Set<Role> copy(Collection<Role> roles) {
        // An EnumSet keeps the roles in declaration order, so messages read the same every time.
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(roles);
        return set;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "An" : "A";
    }

    public Role role() {
        return role;
    }

    /** The verb phrase describing what was refused, e.g. {@code "issue invoices"}. */
    public String action() {
        return action;
    }

    /** The roles that may do the action, in {@link Role} declaration order. */
    public Set<Role> allowedRoles() {
        return allowedRoles;
    }

    @Override
    public String code() {
        return "permission_denied";
    }
}
