package com.fieldwork.console.calendar;

import com.calendarfx.model.Entry;
import com.fieldwork.console.schedule.DispatchContext;
import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarViewModelTest {

    private static final Actor TINA = new Actor(5, "dispatch", "Tina Alvarez", Role.DISPATCHER);

    private final FakeScheduleSource source = new FakeScheduleSource();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<List<String>> asked = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private CalendarViewModel model;

    @BeforeEach
    void setUp() {
        source.technician(1, "Robert Diaz");
        source.technician(2, "Grace Wilson");
        source.visit(61, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, DOWNTOWN);
        source.visit(62, 1, at(11, 0), 60, WorkOrderStatus.ASSIGNED, Priority.HIGH, DOWNTOWN);
        source.visit(63, 2, at(8, 0), 60, WorkOrderStatus.COMPLETED, Priority.LOW, DOWNTOWN);
        // the engine's view of the same visits: the board's rules, Tech 1 working 08:00–17:00
        source.context = new DispatchContext(DispatchWorld.rules(List.of(DispatchWorld.technician(1).build(),
                DispatchWorld.technician(2).build())), new DispatchPlan(List.of(DispatchWorld.job(61).on(1, at(9, 0)),
                DispatchWorld.job(62).on(1, at(11, 0)), DispatchWorld.job(63).on(2, at(8, 0)))));
        model = new CalendarViewModel(source, executor, Clock.fixed(at(7, 0), DispatchWorld.ZONE), () -> TINA);
        model.setOnProblem(problems::add);
        model.loadScopes();
        model.showDates(DAY, DAY.plusDays(1));
    }

    @Test
    void teamAndTechnicianCalendarsAreOffered() {
        assertThat(model.scopes()).extracting(CalendarScope::label)
                .containsExactly("Team Denver Central", "Robert Diaz (Denver Central)", "Grace Wilson (Denver Central)");
        assertThat(model.scopeProperty().get().technicianIds()).containsExactly(1L, 2L);
        assertThat(model.visits()).extracting(ScheduledVisit::visitId).containsExactly(61L, 62L, 63L);
    }

    @Test
    void aDropWithoutConflictSavesAtOnceWithTheVersionRead() {
        DropOutcome outcome = model.drop(62, at(13, 0), this::refuseToAnswer);

        assertThat(outcome).isEqualTo(DropOutcome.SAVING);
        assertThat(asked).isEmpty();
        assertThat(source.saves).containsExactly("WO-2026-000062 " + at(13, 0) + " by dispatch: Rescheduled in the calendar");
        assertThat(model.visits()).filteredOn(v -> v.visitId() == 62).singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo(4));
        assertThat(model.statusProperty().get()).contains("WO-2026-000062 moved to").contains("13:00–14:00");
        // the plan follows: dropping 61 onto 13:30 now overlaps the moved visit
        model.drop(61, at(13, 30), this::refuseToAnswer);
        assertThat(asked).singleElement().asString().contains("overlaps");
    }

    @Test
    void aConflictingDropAsksForAReasonAndRecordsIt() {
        DropOutcome outcome = model.drop(62, at(9, 30), (visit, when, conflicts) -> {
            asked.add(conflicts);
            return Optional.of("Customer asked for early morning");
        });

        assertThat(outcome).isEqualTo(DropOutcome.SAVING);
        assertThat(asked).singleElement().asList().singleElement().asString()
                .isEqualTo("WO-2026-000061 09:00–10:00 overlaps WO-2026-000062 09:30–10:30 by 30 min");
        assertThat(source.saves).singleElement().asString()
                .contains("despite: WO-2026-000061 09:00–10:00 overlaps")
                .endsWith("reason: Customer asked for early morning");
    }

    @Test
    void aConflictingDropWithoutAReasonKeepsTheVisitWhereItWas() {
        DropOutcome outcome = model.drop(62, at(16, 30), this::refuseToAnswer);

        assertThat(outcome).isEqualTo(DropOutcome.KEPT);
        assertThat(asked).singleElement().asList().singleElement().asString().contains("outside working hours");
        assertThat(source.saves).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("WO-2026-000062 not moved");
    }

    @Test
    void finishedVisitsAreRefusedWithoutAsking() {
        assertThat(model.drop(63, at(10, 0), this::refuseToAnswer)).isEqualTo(DropOutcome.REFUSED);

        assertThat(asked).isEmpty();
        assertThat(source.saves).isEmpty();
        assertThat(problems).singleElement().asString().contains("completed");
    }

    @Test
    void aStaleSaveNamesWhoChangedItAndReloadsTheVisit() {
        source.staleOnSave = true;

        model.drop(62, at(13, 0), this::refuseToAnswer);

        assertThat(problems).singleElement().asString().contains("Priya Raman").contains("not moved");
        assertThat(source.visitReads).containsExactly(62L);
    }

    @Test
    void entriesCarryTheCompanysWallClockAndAreColouredByPriority() {
        VisitEntries entries = new VisitEntries(DispatchWorld.ZONE, ZoneId.of("Europe/Berlin"));
        ScheduledVisit visit = model.visits().get(1);

        Entry<ScheduledVisit> entry = entries.entry(visit, id -> "Robert Diaz");

        assertThat(entry.getStartAsLocalDateTime()).isEqualTo(LocalDateTime.of(DAY, java.time.LocalTime.of(11, 0)));
        assertThat(entry.getTitle()).isEqualTo("Robert D.: Job 62 · Assigned");
        assertThat(entry.getLocation()).isEqualTo("WO-2026-000062 · Site 62");
        assertThat(entry.getId()).isEqualTo("62");
        assertThat(entries.start(entry)).isEqualTo(at(11, 0));
        assertThat(entries.calendarFor(visit).getName()).isEqualTo("High");
        assertThat(entries.calendarFor(model.visits().get(2)).isReadOnly()).isTrue();
    }

    private Optional<String> refuseToAnswer(ScheduledVisit visit, String when, List<String> conflicts) {
        asked.add(conflicts);
        return Optional.empty();
    }
}
