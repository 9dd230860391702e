package com.fieldwork.db.demo;

import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.fieldjob.VisitSummary;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.db.fieldjob.JooqFieldJobs;
import com.fieldwork.db.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field reads over a whole demo company (read-only, shared per engine): every line of a busy
 * technician's day opens as a job, and the job agrees with the line.
 */
class JooqFieldJobsOnDemoTest extends DatabaseTest {

    private static final int TECHNICIANS = 4;

    private DSLContext demo() {
        return LoadedDemo.on(engine).dsl();
    }

    @Test
    void everyLineOfADemoTechniciansDayOpensAsAConsistentJob() {
        ZoneId zone = ZoneId.of(demo().select(COMPANY.TIME_ZONE).from(COMPANY).fetchSingle().value1());
        LocalDate day = LoadedDemo.CLOCK.instant().atZone(zone).toLocalDate();
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        JooqFieldJobs jobs = new JooqFieldJobs(demo(), LoadedDemo.CLOCK);
        // Counted independently of the code under test: live visits overlapping the day, per technician.
        var overlapping = VISIT.PLANNED_START.lt(end).and(VISIT.PLANNED_END.gt(start))
                .and(VISIT.STATUS.ne("CANCELLED"));
        List<Long> busiest = demo().select(VISIT.TECHNICIAN_ID).from(VISIT).where(overlapping)
                .groupBy(VISIT.TECHNICIAN_ID).orderBy(DSL.count().desc(), VISIT.TECHNICIAN_ID).limit(TECHNICIANS)
                .fetch(VISIT.TECHNICIAN_ID);
        assertThat(busiest).as("demo technicians out on %s", day).hasSize(TECHNICIANS);

        for (long technician : busiest) {
            List<VisitSummary> lines = jobs.visitsOn(technician, day, zone);
            int expected = demo().fetchCount(VISIT, overlapping.and(VISIT.TECHNICIAN_ID.eq(technician)));
            assertThat(lines).as("technician %d", technician).hasSize(expected).isNotEmpty();
            assertThat(lines).extracting(l -> l.planned().orElseThrow().start()).isSorted();
            for (VisitSummary line : lines) {
                JobDetail job = jobs.jobFor(technician, line.workOrderId()).orElseThrow(
                        () -> new AssertionError("Visit " + line.visitId() + " lists a job its technician cannot open"));
                assertThat(job.workOrder().number()).isEqualTo(line.number());
                assertThat(job.workOrder().version()).isEqualTo(line.workOrderVersion());
                assertThat(job.workOrder().status()).isEqualTo(line.workOrderStatus());
                assertThat(job.customer().name()).isEqualTo(line.customerName());
                assertThat(job.site().details().address()).isEqualTo(line.address());
                assertThat(job.visits()).extracting(Visit::id).contains(line.visitId());
                assertThat(job.visits()).allSatisfy(v -> assertThat(v.technicianId()).hasValue(technician));
                assertThat(job.assetHistory()).noneMatch(h -> h.workOrderId() == line.workOrderId());
                assertThat(job.parts()).allSatisfy(p -> assertThat(p.quantity()).isPositive());
            }
        }
    }

    @Test
    void aDemoTechnicianCannotOpenTheJobsOfAnother() {
        List<Record2<Long, Long>> visits = demo().select(VISIT.TECHNICIAN_ID, VISIT.WORK_ORDER_ID).from(VISIT)
                .where(VISIT.TECHNICIAN_ID.isNotNull()).orderBy(VISIT.ID).limit(50).fetch();
        JooqFieldJobs jobs = new JooqFieldJobs(demo(), LoadedDemo.CLOCK);
        int checked = 0;
        for (var visit : visits) {
            long workOrder = visit.value2();
            Long stranger = demo().select(DSL.min(TECHNICIAN.ID))
                    .from(TECHNICIAN)
                    .where(DSL.notExists(DSL.selectOne().from(VISIT).where(VISIT.WORK_ORDER_ID.eq(workOrder)
                            .and(VISIT.TECHNICIAN_ID.eq(TECHNICIAN.ID)))))
                    .fetchSingle().value1();
            if (stranger != null) {
                assertThat(jobs.jobFor(stranger, workOrder)).as("technician %d on work order %d", stranger, workOrder)
                        .isEmpty();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
