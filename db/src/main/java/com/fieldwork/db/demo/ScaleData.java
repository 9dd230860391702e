package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * Years of finished work in front of the demo company, for benchmarks: {@code count} extra work
 * orders with visits and status history, reusing the demo's customers, sites, technicians and
 * templates. Each batch is its own transaction, so memory stays flat at any count and an interrupted
 * run keeps what it wrote. Orders are placed in the days before the oldest existing one (a second run
 * reaches further back), a thousand a day, numbered on in their year's sequence.
 */
public final class ScaleData {

    public static final int DEFAULT_COUNT = 1_000_000;
    public static final int DEFAULT_BATCH = 5_000;
    static final int PER_DAY = 1_000;
    private static final long SEED = 104_729L;

    /** What a run wrote and how long it took. */
    public record Result(int workOrders, int visits, int statusChanges, Duration elapsed) {
        public double perSecond() {
            return workOrders / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    private ScaleData() {
    }

    public static Result generate(DSLContext dsl, Clock clock, int count, Consumer<String> progress) {
        return generate(dsl, clock, count, DEFAULT_BATCH, progress);
    }

    /**
     * @throws IllegalStateException when the database has no demo company to build on
     */
    public static Result generate(DSLContext dsl, Clock clock, int count, int batchSize, Consumer<String> progress) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
        if (count < 1 || batchSize < 1) {
            throw new IllegalArgumentException("count and batch size must be positive, got " + count + " and " + batchSize);
        }
        if (!DemoCompany.isLoaded(dsl)) {
            throw new IllegalStateException("Scale data builds on the demo company: load it first");
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        CompanyModel model = CompanyModel.read(dsl);
        Map<Long, List<CompanyModel.Technician>> staff = qualifiedStaff(model);
        Instant oldest = dsl.select(DSL.min(WORK_ORDER.CREATED_AT)).from(WORK_ORDER).fetchOne().value1();
        Instant end = (oldest == null ? now : oldest).truncatedTo(ChronoUnit.DAYS);
        Instant first = end.minus(Duration.ofDays((count + PER_DAY - 1L) / PER_DAY));
        WorkOrderNumbers numbers = new WorkOrderNumbers(model.zone);
        SplittableRandom seed = new SplittableRandom(SEED);
        int reportEvery = Math.max(batchSize, count / 20 / batchSize * batchSize);
        int visits = 0;
        int history = 0;
        for (int done = 0; done < count; ) {
            int size = Math.min(batchSize, count - done);
            int from = done;
            SplittableRandom random = seed.split();
            int[] written = dsl.transactionResult(cfg -> batch(cfg.dsl(), model, staff, numbers, now, first, from, size, random));
            visits += written[0];
            history += written[1];
            done += size;
            if (done % reportEvery == 0 || done == count) {
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.accept(String.format("scale: %d/%d work orders, %.0fs, %.0f/s", done, count, seconds, done / seconds));
            }
        }
        return new Result(count, visits, history, Duration.ofNanos(System.nanoTime() - started));
    }

    private static int[] batch(DSLContext tx, CompanyModel model, Map<Long, List<CompanyModel.Technician>> staff,
                               WorkOrderNumbers numbers, Instant now, Instant first, int from, int size,
                               SplittableRandom random) {
        ExplicitIds ids = new ExplicitIds(tx);
        WorkOrderRows rows = new WorkOrderRows();
        JobWriter writer = new JobWriter(model, ids, now, false, rows);
        long spacing = Duration.ofDays(1).toSeconds() / PER_DAY;
        for (int i = from; i < from + size; i++) {
            Instant created = first.plusSeconds(i * spacing);
            Job job = job(model, staff, created, random);
            writer.write(job, ids.next(WORK_ORDER), numbers.next(tx, created), random);
        }
        rows.insert(tx);
        numbers.store(tx);
        ids.restartIdentities();
        return new int[] {rows.visits.size(), rows.history.size()};
    }

    /** Old work is finished work: mostly closed, some cancelled, a few completed but never signed off. */
    private static Job job(CompanyModel model, Map<Long, List<CompanyModel.Technician>> staff, Instant created,
                           SplittableRandom random) {
        CompanyModel.Site site = model.sites.get(random.nextInt(model.sites.size()));
        List<CompanyModel.Template> fitting = site.commercial() ? model.templates : model.homeTemplates;
        CompanyModel.Template template = fitting.get(random.nextInt(fitting.size()));
        int roll = random.nextInt(100);
        WorkOrderStatus status = roll < 88 ? WorkOrderStatus.CLOSED : roll < 94 ? WorkOrderStatus.CANCELLED
                : WorkOrderStatus.COMPLETED;
        Priority priority = random.nextInt(100) < 75 ? template.priority() : Priority.values()[random.nextInt(4)];
        LocalDate day = created.plus(Duration.ofDays(1 + random.nextInt(5))).atZone(model.zone).toLocalDate();
        Instant start = day.atTime(7 + random.nextInt(8), 5 * random.nextInt(12)).atZone(model.zone).toInstant();
        Instant end = start.plus(Duration.ofMinutes(template.minutes()));
        List<CompanyModel.Technician> candidates = staff.get(template.id());
        Optional<CompanyModel.Technician> tech = status == WorkOrderStatus.CANCELLED && random.nextBoolean()
                ? Optional.empty() : Optional.of(candidates.get(random.nextInt(candidates.size())));
        return new Job(site, Optional.empty(), template, priority, WorkOrderSource.MANUAL, status, tech, start, end,
                created, Optional.empty());
    }

    /**
     * Technicians with the template's skills at its levels. Certificates are not checked: whether a
     * certificate was valid years ago is not something the demo records.
     */
    private static Map<Long, List<CompanyModel.Technician>> qualifiedStaff(CompanyModel model) {
        Map<Long, List<CompanyModel.Technician>> staff = new HashMap<>();
        for (CompanyModel.Template template : model.templates) {
            List<CompanyModel.Technician> fit = new ArrayList<>();
            for (CompanyModel.Technician tech : model.technicians) {
                if (template.skills().entrySet().stream().allMatch(e -> tech.skills().containsKey(e.getKey())
                        && tech.skills().get(e.getKey()).level() >= e.getValue())) {
                    fit.add(tech);
                }
            }
            staff.put(template.id(), fit.isEmpty() ? model.technicians : fit);
        }
        return staff;
    }
}
