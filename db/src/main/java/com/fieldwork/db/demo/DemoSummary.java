package com.fieldwork.db.demo;

import java.time.Duration;

/** What a demo load wrote, counted in the database at the end of the load. */
public record DemoSummary(int branches, int users, int technicians, int customers, int sites, int contacts,
                          int assets, int parts, int templates, int workOrders, int visits, int statusChanges,
                          int stockMovements, int locationPings, Duration elapsed) {

    @Override
    public String toString() {
        return String.format("demo company: %d branches, %d users (%d technicians), %d customers, %d sites, %d assets, "
                        + "%d parts, %d templates, %d work orders, %d visits, %d status changes, %d stock movements "
                        + "in %d ms", branches, users, technicians, customers, sites, assets, parts, templates,
                workOrders, visits, statusChanges, stockMovements, elapsed.toMillis());
    }
}
