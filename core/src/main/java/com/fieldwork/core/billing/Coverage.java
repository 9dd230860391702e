package com.fieldwork.core.billing;

/**
 * Why a job is not billed to the customer. Such a job still gets a draft, priced as usual and then
 * cancelled out by a discount line naming the reason, so the office sees what the work was worth and why
 * the customer pays nothing, and the draft can be issued as a zero invoice or discarded.
 */
public enum Coverage {
    /** The asset worked on was under warranty on the day of completion. */
    WARRANTY("Covered by warranty"),
    /** The customer's service contract ran on the day of completion. */
    CONTRACT("Covered by service contract");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
