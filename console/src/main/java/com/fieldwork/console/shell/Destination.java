package com.fieldwork.console.shell;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Permission;

/**
 * The console's main views, in the order of the navigation and of their shortcuts (Ctrl+1 to Ctrl+8).
 * Each needs one permission to be shown at all; what the user may change inside it is the view's business.
 */
public enum Destination {
    BOARD("Board", Permission.WORK_ORDER_VIEW_ALL),
    CALENDAR("Calendar", Permission.WORK_ORDER_VIEW_ALL),
    MAP("Map", Permission.WORK_ORDER_VIEW_ALL),
    WORK_ORDERS("Work orders", Permission.WORK_ORDER_VIEW_ALL),
    CUSTOMERS("Customers", Permission.CUSTOMER_VIEW),
    TECHNICIANS("Technicians", Permission.TECHNICIAN_VIEW),
    INVENTORY("Inventory", Permission.INVENTORY_VIEW),
    INVOICES("Invoices", Permission.INVOICE_VIEW);

    private final String title;
    private final Permission required;

    Destination(String title, Permission required) {
        this.title = title;
        this.required = required;
    }

    public String title() {
        return title;
    }

    /** 1-based: the digit of its Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    public boolean visibleTo(Actor actor) {
        return actor.can(required);
    }
}
