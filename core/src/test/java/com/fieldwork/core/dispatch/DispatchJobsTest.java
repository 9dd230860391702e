package com.fieldwork.core.dispatch;

import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.HVAC;
import static com.fieldwork.core.dispatch.DispatchWorld.SKILLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Stored work orders become engine jobs, and what the engine cannot plan is refused with a reason. */
class DispatchJobsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private final DispatchJobs jobs = new DispatchJobs(new SkillCatalogue(SKILLS), id -> "Filter #" + id);

    @Test
    void aWorkOrderBecomesAJobWithNamedSkillsAndReservedParts() {
        DispatchJob job = jobs.from(order(90, List.of(new RequiredSkill(HVAC.id(), 2))), visit(VisitStatus.PLANNED,
                false), Optional.of(DOWNTOWN), Map.of(7L, new BigDecimal("1")));
        assertThat(job.number()).hasToString("WO-2026-000412");
        assertThat(job.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(job.skills()).containsExactly(new NeededSkill(HVAC, 2));
        assertThat(job.parts()).containsExactly(new NeededPart(7, "Filter #7", new BigDecimal("2"), BigDecimal.ONE));
        assertThat(job.priority()).isEqualTo(Priority.HIGH);
        assertThat(job.pinned()).isFalse();
    }

    @Test
    void aVisitInProgressOrLockedIsPinned() {
        List<RequiredSkill> none = List.of();
        assertThat(jobs.from(order(60, none), visit(VisitStatus.IN_PROGRESS, false), Optional.of(DOWNTOWN), Map.of())
                .pinned()).isTrue();
        assertThat(jobs.from(order(60, none), visit(VisitStatus.PLANNED, true), Optional.of(DOWNTOWN), Map.of())
                .pinned()).isTrue();
    }

    @Test
    void aJobWithoutLocationIsRejected() {
        assertThatThrownBy(() -> jobs.from(order(60, List.of()), visit(VisitStatus.PLANNED, false), Optional.empty(),
                Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("WO-2026-000412 has no location: give its site coordinates before dispatching it");
    }

    @Test
    void aJobWithoutPositiveDurationIsRejected() {
        assertThatThrownBy(() -> jobs.from(order(-15, List.of()), visit(VisitStatus.PLANNED, false),
                Optional.of(DOWNTOWN), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("WO-2026-000412 needs a positive estimated duration, got -15 min");
        assertThatThrownBy(() -> DispatchWorld.job(1).minutes(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("got 0 min");
    }

    @Test
    void aJobRequiringAnUnknownSkillIsRejected() {
        assertThatThrownBy(() -> jobs.from(order(60, List.of(new RequiredSkill(99, 1))),
                visit(VisitStatus.PLANNED, false), Optional.of(DOWNTOWN), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("WO-2026-000412 requires skill #99, which is not in the skills catalogue")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("requiredSkills"));
    }

    private static WorkOrder order(int minutes, List<RequiredSkill> skills) {
        WorkOrder.Stamp stamp = new WorkOrder.Stamp(1, "Dana Dispatcher", NOW);
        return new WorkOrder(55, new WorkOrderNumber(2026, 412), 3, 4, OptionalLong.empty(), 1, OptionalLong.empty(),
                1, Priority.HIGH, WorkOrderStatus.ASSIGNED, "No heat", Optional.empty(), minutes,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), skills, List.of(new PartQuantity(7, new BigDecimal("2"))), 1,
                stamp, stamp);
    }

    private static Visit visit(VisitStatus status, boolean pinned) {
        return new Visit(9, 55, OptionalLong.of(1), status, Optional.empty(), Optional.empty(), Optional.empty(),
                pinned, 1, NOW);
    }
}
