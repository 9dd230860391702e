package com.fieldwork.console.schedule;

import com.fieldwork.core.audit.Change;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The ids a batch of change-feed rows names, sorted by what a schedule view does with them: reload one
 * visit, the visits of one work order, the positions, or everything (technicians and branches change
 * who is on screen).
 */
public record ChangedEntities(Set<Long> visits, Set<Long> workOrders, boolean positions, boolean everything) {

    public ChangedEntities {
        visits = Set.copyOf(visits);
        workOrders = Set.copyOf(workOrders);
    }

    public static ChangedEntities of(Collection<Change> changes) {
        Set<Long> visits = new LinkedHashSet<>();
        Set<Long> workOrders = new LinkedHashSet<>();
        boolean positions = false;
        boolean everything = false;
        for (Change change : changes) {
            switch (change.entity()) {
                case "visit" -> parse(change).ifPresent(visits::add);
                case "work_order" -> parse(change).ifPresent(workOrders::add);
                case "location_ping" -> positions = true;
                case "technician", "branch", "absence", "site" -> everything = true;
                default -> { } // parts, invoices, notes…: nothing the map or the calendar shows
            }
        }
        return new ChangedEntities(visits, workOrders, positions, everything);
    }

    public boolean isEmpty() {
        return visits.isEmpty() && workOrders.isEmpty() && !positions && !everything;
    }

    private static OptionalLong parse(Change change) {
        try {
            return OptionalLong.of(Long.parseLong(change.entityId()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
