package com.fieldwork.console.workorder;

import com.fieldwork.core.workorder.WorkOrderSort;

import java.util.Optional;

/**
 * What a click on a column header asks the database for. A column names the sort it stands for; the
 * Created column reads both ways (newest or oldest first), the others only one way, so their second click
 * (descending) goes back to the default, newest first, as "no sort" does.
 */
final class HeaderSort {

    private HeaderSort() {
    }

    /** {@code column} is the sort of the first column in the table's sort order, empty when none is. */
    static WorkOrderSort of(Optional<WorkOrderSort> column, boolean ascending) {
        if (column.isEmpty()) {
            return WorkOrderSort.NEWEST;
        }
        return switch (column.get()) {
            case NEWEST, OLDEST -> ascending ? WorkOrderSort.OLDEST : WorkOrderSort.NEWEST;
            default -> ascending ? column.get() : WorkOrderSort.NEWEST;
        };
    }

    /** Whether the header arrow may stay: a one-way column clicked to descending has no such order. */
    static boolean shown(Optional<WorkOrderSort> column, boolean ascending) {
        return column.isEmpty() || ascending || column.get() == WorkOrderSort.NEWEST;
    }
}
