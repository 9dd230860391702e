package com.fieldwork.console.schedule;

import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.field.LocationPings;
import com.fieldwork.core.fieldjob.FieldJobs;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.technician.SkillRepository;
import com.fieldwork.core.technician.TechnicianRepository;
import com.fieldwork.core.workorder.WorkOrderRepository;

import java.util.Objects;

/**
 * The core ports the schedule views read through; the launcher passes the db module's implementations.
 * {@code days} is the phones' "my day" read (one joined query per technician and day), reused for the map's
 * and the calendar's lists.
 */
public record SchedulePorts(BranchRepository branches, TechnicianRepository technicians, SkillRepository skills,
                            VisitRepository visits, WorkOrderRepository workOrders, CustomerRepository customers,
                            LocationPings pings, PartRepository parts, StockLocationRepository stockLocations,
                            StockLedger stock, FieldJobs days) {

    public SchedulePorts {
        Objects.requireNonNull(branches, "branches");
        Objects.requireNonNull(technicians, "technicians");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(pings, "pings");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(stockLocations, "stockLocations");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(days, "days");
    }
}
