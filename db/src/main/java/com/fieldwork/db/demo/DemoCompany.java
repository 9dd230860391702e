package com.fieldwork.db.demo;

import com.fieldwork.core.security.Role;

import com.fieldwork.core.common.Actor;

import com.fieldwork.core.field.ContentStore;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.CONTACT;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * Front Range Field Services, a believable Denver-metro company to try the system with: three
 * branches, office users and technicians (see {@link DemoCredentials}), 500 customers with sites and
 * equipment, a parts catalog with stock, and 2,000 work orders around "now"; given a content store, photos and
 * the customer's signature on the latest completed jobs (the completed jobs all have labor and parts used).
 *
 * <p>The same clock gives the same company: every random choice comes from one fixed seed and all
 * dates are relative to the clock's instant. The load is one transaction, so a failure leaves an
 * empty database behind. No audit log or change feed rows are written: the demo is the starting
 * state, not a history of edits.
 */
public final class DemoCompany {

    public static final long SEED = 80_202L;
    public static final int CUSTOMERS = 500;
    public static final int WORK_ORDERS = 2_000;
    private static final int BATCH = 500;

    private DemoCompany() {
    }

    /** True when the database already has a company, demo or real. */
    public static boolean isLoaded(DSLContext dsl) {
        return dsl.fetchExists(COMPANY);
    }

    /**
     * Loads the demo company into a database that has none.
     *
     * @param progress receives one line per step, e.g. {@code demo: work orders 1000/2000}
     * @throws IllegalStateException when the database already has a company
     */
    public static DemoSummary load(DSLContext dsl, Clock clock, Consumer<String> progress) {
        return load(dsl, clock, Optional.empty(), progress);
    }

    /**
     * Loads the demo company with photos and signatures on its most recently completed jobs.
     *
     * @param files where the pictures go (the installation's content store); the rows are only written when the
     *              whole load commits, a failed load may leave a few unreferenced pictures, which are harmless
     */
    public static DemoSummary load(DSLContext dsl, Clock clock, ContentStore files, Consumer<String> progress) {
        return load(dsl, clock, Optional.of(files), progress);
    }

    private static DemoSummary load(DSLContext dsl, Clock clock, Optional<ContentStore> files,
                                    Consumer<String> progress) {
        Objects.requireNonNull(dsl, "dsl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
        long started = System.nanoTime();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (isLoaded(tx)) {
                throw new IllegalStateException("The database already has a company ("
                        + tx.select(COMPANY.NAME).from(COMPANY).limit(1).fetchSingle().value1()
                        + "); the demo company is only loaded into an empty database");
            }
            Instant now = clock.instant();
            write(tx, now, files, progress);
            return summary(tx, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /**
     * The completed demo jobs with the customer's signature (the ones {@link DemoEvidence} gives pictures), each with
     * the technician who completed it, in completion order: the launcher makes their service reports after a load.
     */
    public static List<SignedJob> signedCompletions(DSLContext dsl) {
        return dsl.selectDistinct(COMPLETION_RECORD.WORK_ORDER_ID, COMPLETION_RECORD.COMPLETED_AT, APP_USER.ID,
                        APP_USER.USERNAME, APP_USER.DISPLAY_NAME, TECHNICIAN.ID)
                .from(COMPLETION_RECORD)
                .join(SIGNATURE).on(SIGNATURE.WORK_ORDER_ID.eq(COMPLETION_RECORD.WORK_ORDER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(COMPLETION_RECORD.COMPLETED_BY))
                .join(TECHNICIAN).on(TECHNICIAN.USER_ID.eq(APP_USER.ID))
                .orderBy(COMPLETION_RECORD.COMPLETED_AT, COMPLETION_RECORD.WORK_ORDER_ID)
                .fetch(r -> new SignedJob(r.get(COMPLETION_RECORD.WORK_ORDER_ID), new Actor(r.get(APP_USER.ID),
                        r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME), Role.TECHNICIAN,
                        java.util.OptionalLong.of(r.get(TECHNICIAN.ID)))));
    }

    /** A completed, signed demo job and the technician who completed it. */
    public record SignedJob(long workOrderId, Actor technician) {
    }

    /**
     * Loads the demo company unless the database already has a company. Two programs starting on a
     * new shared database at once may both try; the one whose load fails because the other's went in
     * first is content with that one.
     *
     * @return the summary, or empty when the database already had a company
     */
    public static Optional<DemoSummary> loadIfEmpty(DSLContext dsl, Clock clock, Consumer<String> progress) {
        return loadIfEmpty(dsl, clock, Optional.empty(), progress);
    }

    /** {@link #loadIfEmpty(DSLContext, Clock, Consumer)} with pictures in {@code files}, as the launcher loads it. */
    public static Optional<DemoSummary> loadIfEmpty(DSLContext dsl, Clock clock, ContentStore files,
                                                    Consumer<String> progress) {
        return loadIfEmpty(dsl, clock, Optional.of(files), progress);
    }

    private static Optional<DemoSummary> loadIfEmpty(DSLContext dsl, Clock clock, Optional<ContentStore> files,
                                                     Consumer<String> progress) {
        if (isLoaded(dsl)) {
            return Optional.empty();
        }
        try {
            return Optional.of(load(dsl, clock, files, progress));
        } catch (RuntimeException e) {
            if (isLoaded(dsl)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void write(DSLContext tx, Instant now, Optional<ContentStore> files, Consumer<String> progress) {
        SplittableRandom seed = new SplittableRandom(SEED);
        ExplicitIds ids = new ExplicitIds(tx);
        LocalDate today = LocalDate.ofInstant(now, OrganisationLoader.ZONE);
        CatalogLoader.Catalog catalog = new CatalogLoader(tx, ids, seed.split()).load(today);
        progress.accept("demo: " + catalog.skills().size() + " skills, " + catalog.parts().size() + " parts, "
                + ServiceCatalog.TEMPLATES.size() + " templates");
        var branches = new OrganisationLoader(tx, ids, seed.split(), now).load(catalog.skills());
        progress.accept("demo: " + branches.size() + " branches, " + DemoCredentials.roleUsers().size()
                + " office users, " + DemoCredentials.TECHNICIAN_COUNT + " technicians");
        CustomerLoader customers = new CustomerLoader(tx, ids, seed.split(), now);
        int lastCustomer = customers.load(CUSTOMERS, branches, catalog.priceListId());
        NumberCounters.set(tx, CustomerLoader.NUMBER_SCOPE, lastCustomer + 1L);
        progress.accept("demo: " + CUSTOMERS + " customers, " + customers.sites() + " sites, "
                + customers.assets() + " assets");

        CompanyModel model = CompanyModel.read(tx);
        DemoStock ledger = new DemoStock(model, now, seed.split());
        ledger.stockUp(catalog.parts().values());
        List<Job> jobs = new ArrayList<>(new DemoJobPlanner(model, seed.split(), now).plan(WORK_ORDERS));
        // Numbers and ids follow the order in which the requests came in, as they would in real use.
        jobs.sort(Comparator.comparing(Job::createdAt));
        writeWorkOrders(tx, ids, model, now, jobs, ledger, seed.split(), progress);
        int pings = LocationPings.write(tx, jobs, now, seed.split());
        progress.accept("demo: " + ledger.movements() + " stock movements, " + pings + " location pings");
        // split after everything else, so the pictures change nothing the rest of the demo draws from the seed
        SplittableRandom pictures = seed.split();
        files.ifPresent(store -> progress.accept("demo: " + new DemoEvidence(tx, ids, store).write(pictures)
                + " photos and signatures on the " + DemoEvidence.JOBS + " latest completed jobs"));
        ids.restartIdentities();
        // after the restart: invoices, their lines and payments take ids from their identity columns
        progress.accept(new DemoInvoices(tx, now, seed.split()).write());
    }

    private static void writeWorkOrders(DSLContext tx, ExplicitIds ids, CompanyModel model, Instant now, List<Job> jobs,
                                        DemoStock ledger, SplittableRandom random, Consumer<String> progress) {
        WorkOrderNumbers numbers = new WorkOrderNumbers(model.zone);
        WorkOrderRows rows = new WorkOrderRows();
        JobWriter writer = new JobWriter(model, ids, now, true, rows);
        List<WorkOrderRows.Consumption> consumptions = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            writer.write(job, ids.next(WORK_ORDER), numbers.next(tx, job.createdAt()), random);
            if ((i + 1) % BATCH == 0 || i + 1 == jobs.size()) {
                rows.insert(tx);
                consumptions.addAll(rows.consumptions);
                rows.clear();
                progress.accept("demo: work orders " + (i + 1) + "/" + jobs.size());
            }
        }
        numbers.store(tx);
        ledger.consume(consumptions);
        ledger.restockWarehouses(tx);
        ledger.insert(tx);
    }

    private static DemoSummary summary(DSLContext tx, Duration elapsed) {
        return new DemoSummary(count(tx, BRANCH), count(tx, APP_USER), count(tx, TECHNICIAN), count(tx, CUSTOMER),
                count(tx, SITE), count(tx, CONTACT), count(tx, ASSET), count(tx, PART), count(tx, WORK_ORDER_TEMPLATE),
                count(tx, WORK_ORDER), count(tx, VISIT), count(tx, WORK_ORDER_STATUS_HISTORY), count(tx, STOCK_MOVEMENT),
                count(tx, LOCATION_PING), elapsed);
    }

    private static int count(DSLContext tx, Table<?> table) {
        return tx.fetchCount(table);
    }
}
