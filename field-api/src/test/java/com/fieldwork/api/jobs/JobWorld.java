package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.NewChecklistItem;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.Database;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import io.javalin.Javalin;
import io.javalin.testtools.Response;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.SITE;

/**
 * A Denver company on Tuesday 10 March 2026 (MDT, UTC-6), 08:00 local. Technician A has the main job
 * (template with checklist, asset, parts, notes, an answer, status Assigned) today and a second job
 * tomorrow; technician B has a job of their own today. Users sign in through {@link ApiFixture}.
 */
final class JobWorld implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");

    final Database database;
    final DSLContext dsl;
    final MutableClock clock = new MutableClock(NOW);
    final FieldApiContext context;
    final java.nio.file.Path filesFolder;
    final ApiFixture fixture;
    final ApiFixture.SignedIn techA;
    final ApiFixture.SignedIn techB;
    final ApiFixture.SignedIn dispatcher;
    final JooqWorkOrderRepository workOrders;
    final WorkOrderTemplate template;
    final long filter;
    final WorkOrder mainJob;
    final WorkOrder tomorrowJob;
    final WorkOrder othersJob;
    final Visit mainVisit;

    JobWorld(TestEngine engine) {
        database = TestDatabases.fresh(engine);
        dsl = database.dsl();
        dsl.insertInto(COMPANY).set(COMPANY.NAME, "Mile High Heating").set(COMPANY.CURRENCY, "USD")
                .set(COMPANY.DEFAULT_TAX_RATE, new BigDecimal("0.0881")).set(COMPANY.TIME_ZONE, "America/Denver")
                .execute();
        filesFolder = temporaryFolder();
        context = new FieldApiContext(database, clock, "test", filesFolder);
        fixture = new ApiFixture(context);
        techA = fixture.signIn(Role.TECHNICIAN);
        techB = fixture.signIn(Role.TECHNICIAN);
        dispatcher = fixture.signIn(Role.DISPATCHER);
        long branch = fixture.branch();
        Seed seed = new Seed(dsl);
        workOrders = new JooqWorkOrderRepository(dsl, clock);
        long customer = seed.customer(branch);
        long site = seed.site(customer);
        dsl.update(SITE).set(SITE.ACCESS_NOTES, "Key box code 4711").set(SITE.SAFETY_NOTES, "Dog in the yard")
                .where(SITE.ID.eq(site)).execute();
        long asset = seed.asset(site);
        long serviceType = seed.serviceType();
        filter = seed.part();
        template = new JooqTemplateRepository(dsl, clock).create(new NewWorkOrderTemplate(serviceType, "FURN-SVC",
                "Furnace service", Optional.empty(), Duration.ofMinutes(90), Priority.NORMAL, false, 0,
                Optional.empty(), List.of(), List.of(), List.of(
                        new NewChecklistItem("Burner lit cleanly?", ChecklistItemKind.YES_NO, true),
                        new NewChecklistItem("Remarks", ChecklistItemKind.TEXT, false))), dispatcher.actor());
        stockTheVan(branch);

        WorkOrder main = workOrders.create(new NewWorkOrder(customer, site, OptionalLong.of(asset), serviceType,
                OptionalLong.of(template.id()), branch, Priority.HIGH, "No heat in the office",
                Optional.of("Furnace off since Monday"), 60, WorkOrderSource.MANUAL, Optional.empty(),
                Optional.empty(), List.of(), List.of(new PartQuantity(filter, new BigDecimal("2")))),
                Optional.empty(), dispatcher.actor());
        tomorrowJob = order(customer, site, serviceType, branch, "Replace thermostat");
        othersJob = order(customer, site, serviceType, branch, "Colleague's job");
        JooqVisitRepository visits = new JooqVisitRepository(dsl, clock);
        mainVisit = visit(visits, main, techA, "2026-03-10T15:00:00Z", "2026-03-10T17:00:00Z");
        visit(visits, tomorrowJob, techA, "2026-03-11T15:00:00Z", "2026-03-11T16:00:00Z");
        visit(visits, othersJob, techB, "2026-03-10T16:00:00Z", "2026-03-10T17:00:00Z");
        mainJob = workOrders.changeStatus(main.id(), main.version(), StatusChange.to(WorkOrderStatus.ASSIGNED),
                dispatcher.actor());
        workOrders.addNote(main.id(), "Call before arrival", false, dispatcher.actor());
        new JooqChecklistAnswers(dsl, clock).answer(main.id(), template.checklist().get(0).id(),
                new ChecklistAnswer.YesNo(true), techA.actor());
    }

    /** Four filters on technician A's van, so the job shows what the van holds. */
    private void stockTheVan(long branch) {
        var locations = new JooqStockLocationRepository(dsl, clock);
        var ledger = new JooqStockLedger(dsl, clock);
        long warehouse = locations.create(NewStockLocation.warehouse("WH-1", "Warehouse", branch),
                dispatcher.actor()).id();
        long van = locations.create(NewStockLocation.van("VAN-A", "Van A", branch,
                techA.actor().technicianId().getAsLong()), dispatcher.actor()).id();
        ledger.receive(warehouse, filter, new BigDecimal("10"), Optional.empty(), dispatcher.actor());
        ledger.transfer(warehouse, van, filter, new BigDecimal("4"), dispatcher.actor());
    }

    private WorkOrder order(long customer, long site, long serviceType, long branch, String summary) {
        return workOrders.create(new NewWorkOrder(customer, site, OptionalLong.empty(), serviceType,
                OptionalLong.empty(), branch, Priority.NORMAL, summary, Optional.empty(), 60, WorkOrderSource.MANUAL,
                Optional.empty(), Optional.empty(), List.of(), List.of()), Optional.empty(), dispatcher.actor());
    }

    private Visit visit(JooqVisitRepository visits, WorkOrder order, ApiFixture.SignedIn technician, String start,
                        String end) {
        return visits.create(new NewVisit(order.id(), technician.actor().technicianId(),
                Optional.of(new TimeSlot(Instant.parse(start), Instant.parse(end))), false), dispatcher.actor());
    }

    Javalin app() {
        return FieldApi.create(context);
    }

    long count(org.jooq.Table<?> table) {
        return dsl.fetchCount(table);
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Photos and reports of this world only, not the user's ~/.fieldwork/files. */
    private static java.nio.file.Path temporaryFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("fieldwork-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
        try (var files = java.nio.file.Files.walk(filesFolder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
