package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.db.Database;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import io.javalin.testtools.Response;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;

/**
 * The field-record tests' world: a signed-in technician with a visit on {@code myJob} (whose template has a
 * checklist item of every kind) and a van holding 5 of {@code part}; another technician, signed in too,
 * with a visit on {@code theirJob}. The clock stands at {@link Seed#T0}; files go to a temporary folder.
 */
final class RecordsWorld {

    static final ObjectMapper JSON = new ObjectMapper();

    final Database database;
    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final FieldApiContext context;
    final Path files;
    final ApiFixture.SignedIn me;
    final ApiFixture.SignedIn other;
    final long myJob;
    final long myVisit;
    final long theirJob;
    final long yesNoItem;
    final long numberItem;
    final long textItem;
    final long photoItem;
    final long otherTemplateItem;
    final long part;
    final String partSku;
    final long van;

    RecordsWorld(Database database, Path files) {
        this.database = database;
        this.dsl = database.dsl();
        this.files = files;
        context = new FieldApiContext(database, clock, "test", files);
        ApiFixture fixture = new ApiFixture(context);
        Seed seed = new Seed(dsl);
        long branch = fixture.branch();
        Actor dispatcher = fixture.user(Role.DISPATCHER);
        me = fixture.signIn(Role.TECHNICIAN);
        other = fixture.signIn(Role.TECHNICIAN);
        long customer = seed.customer(branch);
        long site = seed.site(customer);
        long serviceType = seed.serviceType();
        long template = seed.template(serviceType);
        yesNoItem = seed.checklistItem(template, 1, "Filter replaced?", "YES_NO", true);
        numberItem = seed.checklistItem(template, 2, "Gas pressure (in. w.c.)", "NUMBER", true);
        textItem = seed.checklistItem(template, 3, "Remarks", "TEXT", false);
        photoItem = seed.checklistItem(template, 4, "Photo of the burner", "PHOTO", false);
        otherTemplateItem = seed.checklistItem(seed.template(serviceType), 1, "Elsewhere", "YES_NO", true);
        JooqWorkOrderRepository workOrders = new JooqWorkOrderRepository(dsl, clock);
        JooqVisitRepository visits = new JooqVisitRepository(dsl, clock);
        myJob = workOrders.create(order(customer, site, serviceType, template, branch), Optional.empty(), dispatcher).id();
        theirJob = workOrders.create(order(customer, site, serviceType, template, branch), Optional.empty(), dispatcher).id();
        TimeSlot morning = TimeSlot.of(Seed.T0.minus(Duration.ofHours(7)), Duration.ofHours(2));
        myVisit = visits.create(new NewVisit(myJob, me.actor().technicianId(), Optional.of(morning), false), dispatcher).id();
        visits.create(new NewVisit(theirJob, other.actor().technicianId(), Optional.of(morning), false), dispatcher);
        part = seed.part();
        partSku = dsl.select(com.fieldwork.db.jooq.Tables.PART.SKU).from(com.fieldwork.db.jooq.Tables.PART)
                .where(com.fieldwork.db.jooq.Tables.PART.ID.eq(part)).fetchSingle().value1();
        van = new JooqStockLocationRepository(dsl, clock).create(new NewStockLocation("VAN-" + me.actor().userId(),
                "Van of " + me.actor().displayName(), StockLocationKind.VAN, branch, me.actor().technicianId(), false),
                dispatcher).id();
        new JooqStockLedger(dsl, clock).receive(van, part, new BigDecimal("5"), Optional.empty(), dispatcher);
    }

    private static NewWorkOrder order(long customer, long site, long serviceType, long template, long branch) {
        return new NewWorkOrder(customer, site, OptionalLong.empty(), serviceType, OptionalLong.of(template), branch,
                Priority.NORMAL, "Annual furnace service", Optional.empty(), 60, WorkOrderSource.MANUAL,
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    String myToken() {
        return me.token();
    }

    String otherToken() {
        return other.token();
    }

    int rows(Table<?> table) {
        return dsl.fetchCount(table);
    }

    int auditRows(String entity) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq(entity));
    }

    int feedRows(String entity) {
        return dsl.fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq(entity));
    }

    /** Regular files in the content store (temporary .part files included: none may be left behind). */
    long storedFiles() {
        if (!Files.exists(files)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
