package com.fieldwork.db.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;

/** A technician with a visit on a work order whose template has a checklist, and a dispatcher. */
final class FieldWorld {

    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final Seed seed;
    final Actor dispatcher;
    final Actor technician;
    final Actor otherTechnician;
    final long template;
    final long workOrder;
    final long otherWorkOrder;
    final long visit;
    final long otherVisit;

    FieldWorld(DSLContext dsl) {
        this.dsl = dsl;
        seed = new Seed(dsl);
        long branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        technician = seed.user(Role.TECHNICIAN, branch);
        otherTechnician = seed.user(Role.TECHNICIAN, branch);
        long customer = seed.customer(branch);
        long site = seed.site(customer);
        long serviceType = seed.serviceType();
        template = seed.template(serviceType);
        JooqWorkOrderRepository workOrders = new JooqWorkOrderRepository(dsl, clock);
        workOrder = workOrders.create(order(customer, site, serviceType, branch), Optional.empty(), dispatcher).id();
        otherWorkOrder = workOrders.create(order(customer, site, serviceType, branch), Optional.empty(), dispatcher).id();
        JooqVisitRepository visits = new JooqVisitRepository(dsl, clock);
        visit = visits.create(new NewVisit(workOrder, technician.technicianId(), Optional.of(morning()), false), dispatcher).id();
        otherVisit = visits.create(new NewVisit(otherWorkOrder, technician.technicianId(), Optional.of(morning()),
                false),
                dispatcher).id();
    }

    /** The visits were planned for the morning of T0 (local 8:00, Denver), before anything was recorded. */
    private static TimeSlot morning() {
        return TimeSlot.of(Seed.T0.minus(Duration.ofHours(7)), Duration.ofHours(2));
    }

    private NewWorkOrder order(long customer, long site, long serviceType, long branch) {
        return new NewWorkOrder(customer, site, OptionalLong.empty(), serviceType, OptionalLong.of(template), branch,
                Priority.NORMAL, "Annual furnace service", Optional.empty(), 60, WorkOrderSource.MANUAL,
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    int auditRows() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    int feedRows() {
        return dsl.fetchCount(CHANGE_FEED);
    }

    int auditRows(String entity) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq(entity));
    }

    int feedRows(String entity) {
        return dsl.fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq(entity));
    }
}
