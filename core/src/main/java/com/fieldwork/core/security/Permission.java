package com.fieldwork.core.security;

/**
 * Something a user may be allowed to do. Which role holds which permission is in {@link PermissionMatrix}.
 *
 * <p>A permission says what kind of action is allowed, not on which records: "own jobs" and "own branch"
 * are narrowed by the caller's technician and branch, and {@link #ALL_BRANCHES} lifts the branch limit.
 */
public enum Permission {
    WORK_ORDER_VIEW_ALL(Access.READ, "see all work orders"),
    WORK_ORDER_VIEW_OWN(Access.READ, "see their own work orders"),
    WORK_ORDER_CREATE(Access.WRITE, "create work orders"),
    WORK_ORDER_EDIT(Access.WRITE, "edit work orders"),
    WORK_ORDER_ASSIGN(Access.WRITE, "assign work orders to technicians"),
    WORK_ORDER_CANCEL(Access.WRITE, "cancel work orders"),
    WORK_ORDER_CLOSE(Access.WRITE, "close completed work orders"),
    WORK_ORDER_REOPEN(Access.WRITE, "reopen closed work orders"),
    /** Status updates, notes, photos, checklists, parts used and signatures on the caller's own jobs. */
    FIELD_WORK(Access.WRITE, "record field work on their own jobs"),
    DISPATCH_OPTIMIZE(Access.WRITE, "run the dispatch optimizer"),
    CUSTOMER_VIEW(Access.READ, "see customers"),
    CUSTOMER_EDIT(Access.WRITE, "edit customers"),
    TECHNICIAN_VIEW(Access.READ, "see technicians"),
    TECHNICIAN_EDIT(Access.WRITE, "edit technicians"),
    /** Absences and working hours. */
    SCHEDULE_EDIT(Access.WRITE, "edit technicians' schedules"),
    INVENTORY_VIEW(Access.READ, "see inventory"),
    /** Receiving, transfers between warehouse and vans, stock counts and adjustments. */
    INVENTORY_MANAGE(Access.WRITE, "manage inventory"),
    /**
     * Service types, checklist templates, parts catalogue and price list. Separate from settings because
     * it changes what every branch quotes and bills, yet is business data an operations manager owns.
     */
    CATALOG_MANAGE(Access.WRITE, "manage the service catalog and price list"),
    INVOICE_VIEW(Access.READ, "see invoices"),
    INVOICE_EDIT(Access.WRITE, "edit invoices"),
    INVOICE_ISSUE(Access.WRITE, "issue invoices"),
    PAYMENT_RECORD(Access.WRITE, "record payments"),
    REPORT_VIEW(Access.READ, "see reports"),
    AUDIT_VIEW(Access.READ, "see the audit log"),
    USER_MANAGE(Access.WRITE, "manage users"),
    SETTINGS_MANAGE(Access.WRITE, "change company settings"),
    API_KEY_MANAGE(Access.WRITE, "manage API keys"),
    /** A scope, not an action: without it a user sees only their own branch. */
    ALL_BRANCHES(Access.READ, "see every branch");

    /** Whether using a permission can change stored data. */
    public enum Access {
        READ, WRITE
    }

    private final Access access;
    private final String description;

    Permission(Access access, String description) {
        this.access = access;
        this.description = description;
    }

    public Access access() {
        return access;
    }

    /** True when using this permission can change stored data; an auditor holds none of these. */
    public boolean isWrite() {
        return access == Access.WRITE;
    }

    /** What the permission allows, as a verb phrase that completes "A Technician may not …". */
    public String description() {
        return description;
    }
}
