package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One work order decided but not yet written: where, what, who, when, and how far it got by now.
 * {@code plannedStart} is the appointment (for unassigned orders, the day it is wanted); an
 * {@code earlierVisit} is a first trip that ended waiting for parts.
 */
record Job(CompanyModel.Site site, Optional<Long> assetId, CompanyModel.Template template, Priority priority,
           WorkOrderSource source, WorkOrderStatus status, Optional<CompanyModel.Technician> technician,
           Instant plannedStart, Instant plannedEnd, Instant createdAt, Optional<Instant> earlierVisit) {

    Job {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(earlierVisit, "earlierVisit");
        if (!plannedEnd.isAfter(plannedStart)) {
            throw new IllegalArgumentException("A job must end after it starts");
        }
    }
}
