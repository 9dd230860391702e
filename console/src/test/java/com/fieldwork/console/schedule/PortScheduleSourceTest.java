package com.fieldwork.console.schedule;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.conflict.Move;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapter over the db module's repositories on the demo company, in embedded H2. It adds no query of its
 * own: the ones it calls are the db module's, tested there on H2 and PostgreSQL.
 */
class PortScheduleSourceTest {

    private static DemoSchedule demo;
    private static ScheduleSource source;

    @BeforeAll
    static void load() {
        demo = DemoSchedule.open();
        source = demo.source();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static TimeSlot demoDay() {
        ZoneId zone = source.zone();
        LocalDate day = LocalDate.of(2026, 3, 10);
        return new TimeSlot(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Test
    void theDayReadAgreesWithReadingEachVisit() {
        List<Long> everyone = source.technicians().stream().map(TechnicianSummary::id).toList();

        List<ScheduledVisit> day = source.visits(everyone, demoDay());

        assertThat(source.zone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(everyone).hasSize(40);
        assertThat(day).isNotEmpty().allSatisfy(v -> {
            ScheduledVisit one = source.visit(v.visitId()).orElseThrow();
            assertThat(v).usingRecursiveComparison().ignoringFields("pinned").isEqualTo(one);
        });
        assertThat(day).isSortedAccordingTo(Comparator.comparing(v -> v.planned().orElseThrow().start()));
    }

    @Test
    void aRescheduleSavesWithTheVersionAndAStaleOneNamesWhoWon() {
        ScheduledVisit visit = source.visits(source.technicians().stream().map(TechnicianSummary::id).toList(), demoDay())
                .stream().filter(v -> !v.finished() && !v.pinned()).findFirst().orElseThrow();
        long technician = visit.technicianId().orElseThrow();
        TimeSlot later = new TimeSlot(visit.planned().orElseThrow().start().plus(Duration.ofDays(1)),
                visit.planned().orElseThrow().end().plus(Duration.ofDays(1)));

        ScheduledVisit saved = source.reschedule(visit, technician, later, demo.dispatcher(), "test: a day later");

        assertThat(saved.version()).isEqualTo(visit.version() + 1);
        assertThat(saved.planned()).contains(later);
        assertThatThrownBy(() -> source.reschedule(visit, technician, later, demo.dispatcher(), "stale"))
                .isInstanceOf(ConcurrentModificationException.class).hasMessageContaining("Tina Alvarez");
    }

    @Test
    void theEngineSeesTheSameVisitsAndChecksAMoveWithTheBoardsRules() {
        List<Long> everyone = source.technicians().stream().map(TechnicianSummary::id).toList();
        ScheduledVisit first = source.visits(everyone, demoDay()).get(0);
        long technician = first.technicianId().orElseThrow();
        List<ScheduledVisit> theirs = source.visits(List.of(technician), demoDay());
        DispatchContext context = source.dispatchContext(List.of(technician), demoDay());

        assertThat(theirs).isNotEmpty().allSatisfy(v -> assertThat(context.plan().find(v.visitId())).isPresent());
        // three in the morning is outside anyone's working hours in the demo
        ZoneId zone = source.zone();
        Instant night = LocalDate.of(2026, 3, 10).atTime(3, 0).atZone(zone).toInstant();
        assertThat(context.checker().checkMove(new Move(first.visitId(), technician, night)))
                .anySatisfy(c -> assertThat(c.sentence(zone)).contains("outside working hours"));
    }
}
