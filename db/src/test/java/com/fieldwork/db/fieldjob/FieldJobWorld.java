package com.fieldwork.db.fieldjob;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.NewChecklistItem;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.customer.NewContact;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.SITE;

/**
 * Two technicians in Denver on Tuesday 10 March 2026 (MDT, UTC-6, two days after the clocks changed).
 * Technician A has three visits that day, given out of order, plus one the evening before, one the next
 * day and a cancelled one; technician B has one. The main job has everything a detail shows.
 */
final class FieldJobWorld {

    static final ZoneId DENVER = ZoneId.of("America/Denver");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final Seed seed;
    final JooqWorkOrderRepository workOrders;
    final JooqVisitRepository visits;
    final JooqCustomerRepository customers;
    final JooqStockLedger ledger;
    final long branch;
    final Actor dispatcher;
    final Actor techA;
    final Actor techB;
    final long customer;
    final long site;
    final long otherSite;
    final long asset;
    final long serviceType;
    final long filter;
    final long thermostat;
    final long van;
    final WorkOrderTemplate template;
    final WorkOrder earlierJob;
    final WorkOrder mainJob;
    final WorkOrder secondJob;
    final WorkOrder lateJob;
    final WorkOrder othersJob;
    final WorkOrder cancelledJob;
    final Visit mainVisit;
    final Visit secondVisit;
    final Visit lateVisit;
    final Visit eveningBefore;
    final Visit nextDay;
    final Visit othersVisit;

    FieldJobWorld(DSLContext dsl) {
        this.dsl = dsl;
        seed = new Seed(dsl);
        workOrders = new JooqWorkOrderRepository(dsl, clock);
        visits = new JooqVisitRepository(dsl, clock);
        customers = new JooqCustomerRepository(dsl, clock);
        ledger = new JooqStockLedger(dsl, clock);
        branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        techA = seed.user(Role.TECHNICIAN, branch);
        techB = seed.user(Role.TECHNICIAN, branch);
        customer = seed.customer(branch);
        site = seed.site(customer);
        otherSite = seed.site(customer);
        dsl.update(SITE).set(SITE.ACCESS_NOTES, "Key box code 4711, side gate")
                .set(SITE.SAFETY_NOTES, "Dog in the yard").where(SITE.ID.eq(site)).execute();
        customers.addContact(customer, new NewContact(OptionalLong.empty(), "Ann Owner", Optional.of("Owner"),
                Optional.of("+1 303 555 0100"), Optional.empty(), true), dispatcher);
        customers.addContact(customer, new NewContact(OptionalLong.of(site), "Sam Caretaker", Optional.empty(),
                Optional.of("+1 303 555 0101"), Optional.empty(), false), dispatcher);
        customers.addContact(customer, new NewContact(OptionalLong.of(otherSite), "Olga Elsewhere", Optional.empty(),
                Optional.empty(), Optional.empty(), false), dispatcher);
        asset = seed.asset(site);
        serviceType = seed.serviceType();
        filter = seed.part();
        thermostat = seed.part();
        template = new JooqTemplateRepository(dsl, clock).create(new NewWorkOrderTemplate(serviceType, "FURN-SVC",
                "Furnace service", Optional.empty(), Duration.ofMinutes(90), Priority.NORMAL, false, 0,
                Optional.empty(), List.of(), List.of(), List.of(
                        new NewChecklistItem("Burner lit cleanly?", ChecklistItemKind.YES_NO, true),
                        new NewChecklistItem("Gas pressure (in. w.c.)", ChecklistItemKind.NUMBER, true),
                        new NewChecklistItem("Remarks", ChecklistItemKind.TEXT, false))), dispatcher);

        long warehouse = new JooqStockLocationRepository(dsl, clock)
                .create(NewStockLocation.warehouse("WH-1", "Warehouse", branch), dispatcher).id();
        van = new JooqStockLocationRepository(dsl, clock)
                .create(NewStockLocation.van("VAN-A", "Van A", branch, techA.technicianId().getAsLong()), dispatcher).id();
        ledger.receive(warehouse, filter, qty("10"), Optional.empty(), dispatcher);
        ledger.transfer(warehouse, van, filter, qty("5"), dispatcher);

        earlierJob = order("Furnace makes noise", OptionalLong.of(asset), OptionalLong.empty(), Priority.NORMAL,
                List.of());
        ledger.consume(van, filter, qty("2"), earlierJob.id(), techA);
        clock.advance(Duration.ofDays(7));

        mainJob = order("No heat in the office", OptionalLong.of(asset), OptionalLong.of(template.id()),
                Priority.HIGH, List.of(new PartQuantity(filter, qty("2")), new PartQuantity(thermostat, qty("1"))));
        ledger.reserve(mainJob.id(), warehouse, filter, qty("1"), dispatcher);
        secondJob = order("Replace thermostat", OptionalLong.empty(), OptionalLong.empty(), Priority.LOW, List.of());
        lateJob = order("Boiler alarm", OptionalLong.empty(), OptionalLong.empty(), Priority.EMERGENCY, List.of());
        othersJob = order("Colleague's job", OptionalLong.empty(), OptionalLong.empty(), Priority.NORMAL, List.of());
        cancelledJob = order("Called off", OptionalLong.empty(), OptionalLong.empty(), Priority.NORMAL, List.of());

        // Created out of time order, so the list has to sort.
        secondVisit = visit(secondJob, techA, "2026-03-10T19:00:00Z", "2026-03-10T20:00:00Z");
        lateVisit = visit(lateJob, techA, "2026-03-11T05:30:00Z", "2026-03-11T05:59:00Z"); // 23:30 MDT on the 10th
        mainVisit = visit(mainJob, techA, "2026-03-10T15:00:00Z", "2026-03-10T17:00:00Z");
        eveningBefore = visit(secondJob, techA, "2026-03-10T05:00:00Z", "2026-03-10T05:45:00Z"); // 23:00 MDT on the 9th
        nextDay = visit(mainJob, techA, "2026-03-11T16:00:00Z", "2026-03-11T17:00:00Z");
        othersVisit = visit(othersJob, techB, "2026-03-10T16:00:00Z", "2026-03-10T17:00:00Z");
        Visit cancelled = visit(cancelledJob, techA, "2026-03-10T21:00:00Z", "2026-03-10T22:00:00Z");
        visits.recordActualTimes(cancelled.id(), cancelled.version(), Optional.empty(), Optional.empty(),
                VisitStatus.CANCELLED, dispatcher);
    }

    private WorkOrder order(String summary, OptionalLong assetId, OptionalLong templateId, Priority priority,
                            List<PartQuantity> parts) {
        return workOrders.create(new NewWorkOrder(customer, site, assetId, serviceType, templateId, branch, priority,
                summary, Optional.of(summary + ", details"), 60, WorkOrderSource.MANUAL, Optional.empty(),
                Optional.empty(), List.of(), parts), Optional.empty(), dispatcher);
    }

    private Visit visit(WorkOrder order, Actor technician, String start, String end) {
        return visits.create(new NewVisit(order.id(), technician.technicianId(),
                Optional.of(new TimeSlot(Instant.parse(start), Instant.parse(end))), false), dispatcher);
    }

    /** Moves the main job on and writes what the phone would have recorded on site so far. */
    long[] workOnMainJob() {
        WorkOrder assigned = workOrders.changeStatus(mainJob.id(), mainJob.version(),
                StatusChange.to(WorkOrderStatus.ASSIGNED), dispatcher);
        workOrders.changeStatus(mainJob.id(), assigned.version(), StatusChange.to(WorkOrderStatus.EN_ROUTE), techA);
        workOrders.addNote(mainJob.id(), "Customer prefers a call before arrival", false, dispatcher);
        workOrders.addNote(mainJob.id(), "Slow payer, collect on site", true, dispatcher);
        long photo = photo("burner.jpg", "Burner before cleaning");
        long burner = template.checklist().get(0).id();
        long pressure = template.checklist().get(1).id();
        // through the phone's own writer, so the job detail must read what it writes
        JooqChecklistAnswers answers = new JooqChecklistAnswers(dsl, clock);
        answers.answer(mainJob.id(), burner, new ChecklistAnswer.YesNo(true), techA);
        answers.answer(mainJob.id(), pressure, new ChecklistAnswer.Numeric(new BigDecimal("3.5000")), techA);
        return new long[] {photo, burner, pressure};
    }

    /** A photo of the main job on its visit, as the phone's upload would have stored it, uploaded by A. */
    long photo(String fileName, String caption) {
        return dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.WORK_ORDER_ID, mainJob.id()).set(ATTACHMENT.VISIT_ID, mainVisit.id())
                .set(ATTACHMENT.KIND, "PHOTO").set(ATTACHMENT.FILE_NAME, fileName)
                .set(ATTACHMENT.MIME_TYPE, "image/jpeg").set(ATTACHMENT.SIZE_BYTES, 123_456L)
                .set(ATTACHMENT.CONTENT_HASH, "a".repeat(64)).set(ATTACHMENT.STORAGE_KEY, "aa/" + "a".repeat(64))
                .set(ATTACHMENT.CAPTION, caption)
                .set(ATTACHMENT.UPLOADED_BY, techA.userId()).set(ATTACHMENT.UPLOADED_AT, clock.instant())
                .returning(ATTACHMENT.ID).fetchSingle().getId();
    }

    long idOf(Actor technician) {
        return technician.technicianId().getAsLong();
    }

    static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }
}
