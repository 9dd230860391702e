package com.fieldwork.console.inventory;

/** The stock moves the inventory screen can make, each with its own dialog title and fields. */
public enum StockMoveKind {
    RECEIVE("Receive stock", false, true, false),
    TRANSFER("Transfer stock", true, true, false),
    ADJUST("Adjust after a count", true, false, true),
    RETURN("Return from a van", true, true, false);

    private final String title;
    private final boolean hasSource;
    private final boolean hasDestination;
    private final boolean reasonRequired;

    StockMoveKind(String title, boolean hasSource, boolean hasDestination, boolean reasonRequired) {
        this.title = title;
        this.hasSource = hasSource;
        this.hasDestination = hasDestination;
        this.reasonRequired = reasonRequired;
    }

    public String title() {
        return title;
    }

    /** An adjustment has one location, shown as the source field ("At"). */
    public boolean hasSource() {
        return hasSource;
    }

    public boolean hasDestination() {
        return hasDestination;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
