package com.fieldwork.core.security;

/** The roles a user can hold. What each may do is in {@link PermissionMatrix}. */
public enum Role {
    SUPER_ADMIN("Super Admin"),
    OPERATIONS_MANAGER("Operations Manager"),
    BRANCH_MANAGER("Branch Manager"),
    DISPATCHER("Dispatcher"),
    TECHNICIAN("Technician"),
    ACCOUNTANT("Accountant"),
    AUDITOR("Auditor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
