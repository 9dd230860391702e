package com.fieldwork.core.dispatch.emergency;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.GAS;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.generate.FieldInstances;
import com.fieldwork.core.dispatch.greedy.GreedyPlanner;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergencyDispatcherTest {


    static EmergencyDispatcher dispatcherAt(Instant now) {
        return new EmergencyDispatcher(Clock.fixed(now, ZONE));
    }

    PlanningProblem today(List<DispatchTechnician> technicians, List<Appointment> current) {
        return DispatchWorld.problem(technicians, current.stream().map(Appointment::job).toList(), current);
    }

    static DispatchJob urgent(long id, Instant dueBy) {
        return job(id).priority(Priority.EMERGENCY).resolveBy(dueBy).build();
    }

    @Test
    void prefersTheTechnicianWhoseDayNeedNotChange() {
        DispatchTechnician busy = technician(1).build();
        DispatchTechnician free = technician(2).build();
        Appointment first = job(1).on(1, at(9, 0));
        Appointment second = job(2).on(1, at(10, 0));

        EmergencyPlacement placement = dispatcherAt(at(8, 30)).place(today(List.of(busy, free), List.of(first, second)),
                urgent(99, at(17, 0)));

        InsertionOption chosen = placement.chosen().orElseThrow();
        assertThat(chosen.technician().id()).isEqualTo(2);
        assertThat(chosen.moved()).isEmpty();
        assertThat(chosen.summary()).startsWith("Tech 2 at 08:30–09:30").contains("nothing else moves");
        assertThat(placement.alternatives()).extracting(o -> o.technician().id()).containsExactly(1L);
    }

    @Test
    void whenTheSlaForcesItFirstTheLaterVisitsShiftJustEnoughAndSaySo() {
        DispatchTechnician ann = technician(1).build();
        Appointment x = job(1).on(1, at(8, 30));
        Appointment y = job(2).window(at(9, 0), at(11, 0)).on(1, at(9, 30));
        Appointment afternoon = job(3).on(1, at(14, 0));

        EmergencyPlacement placement = dispatcherAt(at(8, 0)).place(today(List.of(ann), List.of(x, y, afternoon)),
                urgent(99, at(9, 30)));

        InsertionOption chosen = placement.chosen().orElseThrow();
        assertThat(chosen.placement().start()).isEqualTo(at(8, 0));
        assertThat(chosen.slaLateness()).isZero();
        assertThat(chosen.moved()).extracting(m -> m.job().visitId() + " +" + m.shift().toMinutes())
                .containsExactly("1 +30", "2 +30");
        assertThat(chosen.sentences()).containsExactly(
                "WO-2026-000001 (Tech 1) moves 30 min later, 08:30–09:30 → 09:00–10:00",
                "WO-2026-000002 (Tech 1) moves 30 min later, 09:30–10:30 → 10:00–11:00, still inside the customer's"
                        + " window 09:00–11:00");
        assertThat(chosen.summary()).contains("2 visits move, 1 h 00 min in all");
        List<Appointment> after = chosen.applyTo(List.of(x, y, afternoon));
        PlanningProblem withUrgent = DispatchWorld.problem(List.of(ann), after.stream().map(Appointment::job).toList(),
                List.of());
        assertThat(PlanMetrics.of(withUrgent, new PlanProposal(after, List.of())).hardViolations()).isZero();
    }

    @Test
    void neverMovesAVisitInProgressOrLockedAndSaysWhyWhenNothingElseFits() {
        DispatchTechnician ann = technician(1).hours(new WorkingHours(DAY.getDayOfWeek(), LocalTime.of(8, 0),
                LocalTime.of(12, 0))).build();
        Appointment inProgress = job(1).pinned().minutes(90).on(1, at(8, 0));
        Appointment locked = job(2).pinned().on(1, at(10, 0));
        Appointment afterwards = job(3).on(1, at(11, 0));
        PlanningProblem today = today(List.of(ann), List.of(inProgress, locked, afterwards));

        EmergencyPlacement placement = dispatcherAt(at(8, 30)).place(today, urgent(99, at(17, 0)));

        assertThat(placement.chosen()).isEmpty();
        assertThat(placement.rejected()).singleElement().satisfies(r -> assertThat(r.reasons())
                .anyMatch(s -> s.contains("WO-2026-000002 10:00–11:00 is in progress or locked and would have to start"))
                .anyMatch(s -> s.contains("after working hours end at 12:00")));

        EmergencyPlacement shorter = dispatcherAt(at(8, 30)).place(today, job(98).minutes(30).resolveBy(at(17, 0)).build());
        InsertionOption fits = shorter.chosen().orElseThrow();
        assertThat(fits.placement().start()).isEqualTo(at(9, 30));
        assertThat(fits.moved()).isEmpty();
        assertThat(shorter.refusedPositions()).anyMatch(s -> s.startsWith("Tech 1, before WO-2026-000003: "
                + "WO-2026-000003 would end 12:30, after working hours end at 12:00"));
    }

    @Test
    void onRandomDaysTheChosenOptionAddsNoHardViolationAndLeavesStartedAndPinnedVisitsAlone() {
        int options = 0;
        int moved = 0;
        for (long seed = 21; seed <= 24; seed++) {
            PlanningProblem problem = FieldInstances.generate(seed, 60, 8, 1);
            PlanProposal greedy = new GreedyPlanner().plan(problem,
                    PlanningBudget.of(Duration.ofMinutes(10)));
            PlanningProblem today = today(problem.technicians(), greedy.appointments());
            Instant now = at(10, 0);
            for (long j = 0; j < 5; j++) {
                DispatchJob job = job(900 + j).at(problem.jobs().get((int) j).location()).minutes(45)
                        .priority(Priority.EMERGENCY).resolveBy(at(14, 0)).build();
                EmergencyPlacement placement = dispatcherAt(now).place(today, job);
                options += placement.options().size();
                moved += placement.options().stream().mapToInt(InsertionOption::visitsMoved).sum();
                for (InsertionOption option : placement.options()) {
                    List<Appointment> after = option.applyTo(today.current());
                    List<DispatchJob> jobs = new ArrayList<>(today.jobs());
                    jobs.add(job);
                    PlanningProblem judged = DispatchWorld.problem(today.technicians(), jobs, today.current());
                    String what = "seed " + seed + " " + option.summary();
                    assertThat(PlanMetrics.of(judged, new PlanProposal(after, List.of())).hardViolations()).as(what)
                            .isZero();
                    assertThat(option.moved()).as(what).allMatch(m -> !m.job().pinned() && !m.from().start()
                            .isBefore(now) && m.shift().toSeconds() > 0);
                    assertThat(option.placement().start()).as(what).isAfterOrEqualTo(now);
                }
            }
        }
        assertThat(options).as("options found").isGreaterThan(20);
        assertThat(moved).as("visits moved in some option").isPositive();
    }

    @Test
    void refusesBadInputWithAClearMessage() {
        DispatchTechnician ann = technician(1).build();
        Appointment planned = job(1).on(1, at(9, 0));
        PlanningProblem today = today(List.of(ann), List.of(planned));

        assertThatThrownBy(() -> job(99).at(null).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("WO-2026-000099 has no location");
        assertThatThrownBy(() -> dispatcherAt(at(8, 0)).place(today, planned.job())).isInstanceOf(ValidationException.class)
                .hasMessage("WO-2026-000001 is already on the board: move it rather than insert it again");
        assertThatThrownBy(() -> dispatcherAt(at(8, 0)).place(today, job(99).pinned().build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is pinned");
        assertThatThrownBy(() -> dispatcherAt(at(DAY.plusDays(1), 8, 0)).place(today, job(99).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Today (2026-12-02) is not in the plan");
    }

    @Test
    void aTechnicianWithoutTheSkillIsRejectedWithTheReason() {
        DispatchTechnician ann = technician(1).build();
        EmergencyPlacement placement = dispatcherAt(at(8, 0)).place(today(List.of(ann), List.of()),
                job(99).at(BOULDER).needs(GAS, 2).resolveBy(at(17, 0)).build());

        assertThat(placement.chosen()).isEmpty();
        assertThat(placement.rejected()).flatExtracting(r -> r.reasons())
                .containsExactly("WO-2026-000099 needs GAS level 2, technician lacks it");
    }
}
