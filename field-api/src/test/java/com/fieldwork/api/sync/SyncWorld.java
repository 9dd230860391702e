package com.fieldwork.api.sync;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
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
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.VISIT;

/**
 * Technicians, each with jobs in status Assigned on one template (two yes/no items and a text item) and a van
 * holding {@link #VAN_STOCK} of one part, set up a day before {@link #NOW}; the clock then stands at NOW, so a day of offline events lies in the past.
 * Built the same way twice, two worlds have the same ids, which the property test relies on.
 */
final class SyncWorld implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    static final Instant SET_UP = NOW.minus(Duration.ofDays(1));

    /** Where the world's database is, for a second pool on it (a second API instance). */
    final DatabaseConfig config;
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
    /** One part, of which each technician's van holds {@link #VAN_STOCK}; vans.get(t) is technician t's. */
    final long part;
    final List<Long> vans = new ArrayList<>();
    static final BigDecimal VAN_STOCK = new BigDecimal("1000");

    SyncWorld(TestEngine engine, int technicianCount, int jobsEach) {
        this(TestDatabases.config(engine), technicianCount, jobsEach);
    }

    /** The world in a database of the caller's (an installation's H2 file, which a server process then opens). */
    SyncWorld(DatabaseConfig config, int technicianCount, int jobsEach) {
        this.config = config;
        database = Database.open(config);
        dsl = database.dsl();
        dsl.insertInto(COMPANY).set(COMPANY.NAME, "Mile High Heating").set(COMPANY.CURRENCY, "USD")
                .set(COMPANY.DEFAULT_TAX_RATE, new BigDecimal("0.0881")).set(COMPANY.TIME_ZONE, "America/Denver")
                .execute();
        context = new FieldApiContext(database, clock, "test", filesFolder());
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
        part = seed.part();
        var workOrders = new JooqWorkOrderRepository(dsl, clock);
        var visits = new JooqVisitRepository(dsl, clock);
        var locations = new JooqStockLocationRepository(dsl, clock);
        var stock = new JooqStockLedger(dsl, clock);
        for (int t = 0; t < technicianCount; t++) {
            Actor technician = fixture.user(Role.TECHNICIAN);
            technicians.add(technician);
            long van = locations.create(new NewStockLocation("VAN-" + t, "Van " + t, StockLocationKind.VAN, branch,
                    technician.technicianId(), false), dispatcher).id();
            stock.receive(van, part, VAN_STOCK, Optional.empty(), dispatcher);
            vans.add(van);
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

    /** The proof a completion needs besides the signature: the template's two required items, answered online. */
    void answerRequired(long workOrderId, Actor technician) {
        var answers = new JooqChecklistAnswers(dsl, Clock.fixed(SET_UP, ZoneOffset.UTC));
        answers.answer(workOrderId, items.get(0), new ChecklistAnswer.YesNo(true), technician);
        answers.answer(workOrderId, items.get(1), new ChecklistAnswer.YesNo(true), technician);
    }

    /** A photo as {@code PUT /api/v1/photos/{clientId}} leaves it (the rows only: completion reads no bytes). */
    long photo(long workOrderId, UUID clientId, Actor technician) {
        byte[] bytes = clientId.toString().getBytes(StandardCharsets.UTF_8);
        return new JooqAttachmentRepository(dsl, clock).createPhoto(new NewPhoto(clientId, workOrderId,
                OptionalLong.empty(), "photo.jpg", Optional.empty(), Optional.empty(), ImageType.JPEG,
                new StoredContent(ContentHash.of(bytes), bytes.length, "test/" + clientId)), technician)
                .attachment().id();
    }

    private static Path filesFolder() {
        try {
            return Files.createTempDirectory("sync-world-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
