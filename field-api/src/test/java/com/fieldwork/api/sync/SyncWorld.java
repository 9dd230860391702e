package com.fieldwork.api.sync;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.Database;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.VISIT;

/**
 * Technicians, each with jobs in status Assigned on one template (two yes/no items and a text item), set up
 * a day before {@link #NOW}; the clock then stands at NOW, so a day of offline events lies in the past.
 * Built the same way twice, two worlds have the same ids, which the property test relies on.
 */
final class SyncWorld implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    static final Instant SET_UP = NOW.minus(Duration.ofDays(1));

    final Database database;
    final DSLContext dsl;
    final MutableClock clock = new MutableClock(SET_UP);
    final FieldApiContext context;
    final ApiFixture fixture;
    final Actor dispatcher;
    final List<Actor> technicians = new ArrayList<>();
    /** jobs.get(t) are technician t's jobs. */
    final List<List<Long>> jobs = new ArrayList<>();
    final List<Long> items;

    SyncWorld(TestEngine engine, int technicianCount, int jobsEach) {
        database = TestDatabases.fresh(engine);
        dsl = database.dsl();
        dsl.insertInto(COMPANY).set(COMPANY.NAME, "Mile High Heating").set(COMPANY.CURRENCY, "USD")
                .set(COMPANY.DEFAULT_TAX_RATE, new BigDecimal("0.0881")).set(COMPANY.TIME_ZONE, "America/Denver")
                .execute();
        context = new FieldApiContext(database, clock, "test");
        fixture = new ApiFixture(context);
        dispatcher = fixture.user(Role.DISPATCHER);
        long branch = fixture.branch();
        Seed seed = new Seed(dsl);
        long customer = seed.customer(branch);
        long site = seed.site(customer);
        long serviceType = seed.serviceType();
        long template = seed.template(serviceType);
        items = List.of(seed.checklistItem(template, 1, "Burner lit cleanly?", "YES_NO", true),
                seed.checklistItem(template, 2, "Flue clear?", "YES_NO", true),
                seed.checklistItem(template, 3, "Remarks", "TEXT", false));
        var workOrders = new JooqWorkOrderRepository(dsl, clock);
        var visits = new JooqVisitRepository(dsl, clock);
        for (int t = 0; t < technicianCount; t++) {
            Actor technician = fixture.user(Role.TECHNICIAN);
            technicians.add(technician);
            List<Long> own = new ArrayList<>();
            for (int j = 0; j < jobsEach; j++) {
                WorkOrder order = workOrders.create(new NewWorkOrder(customer, site, OptionalLong.empty(), serviceType,
                        OptionalLong.of(template), branch, Priority.NORMAL, "Job " + t + "/" + j, Optional.empty(), 60,
                        WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), List.of(), List.of()),
                        Optional.empty(), dispatcher);
                visits.create(new NewVisit(order.id(), technician.technicianId(),
                        Optional.of(new TimeSlot(SET_UP.plus(Duration.ofHours(1)), SET_UP.plus(Duration.ofHours(9)))),
                        false), dispatcher);
                workOrders.changeStatus(order.id(), order.version(), StatusChange.to(WorkOrderStatus.ASSIGNED), dispatcher);
                own.add(order.id());
            }
            jobs.add(own);
        }
        clock.advance(Duration.between(SET_UP, NOW));
    }

    /** The office moved the visit to another technician while the phone was offline. */
    void reassign(long workOrderId, Actor to) {
        dsl.update(VISIT).set(VISIT.TECHNICIAN_ID, to.technicianId().getAsLong())
                .where(VISIT.WORK_ORDER_ID.eq(workOrderId)).execute();
    }

    @Override
    public void close() {
        database.close();
    }
}
