package com.fieldwork.console.inventory;

/** A part offered in a stock dialog: its id and "SKU name". */
public record PartChoice(long id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
