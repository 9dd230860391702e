package com.fieldwork.core.dispatch.greedy;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.GAS;
import static com.fieldwork.core.dispatch.DispatchWorld.HVAC;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.problem;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.generate.FieldInstances;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreedyPlannerTest {

    static final PlanningBudget NO_HURRY = PlanningBudget.of(Duration.ofMinutes(10));
    final GreedyPlanner greedy = new GreedyPlanner();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void neverReturnsAHardViolationAndNeverMovesAPinnedVisit(long seed) {
        PlanningProblem problem = FieldInstances.generate(seed, 240, 24, 2);

        PlanProposal proposal = greedy.plan(problem, NO_HURRY);

        PlanMetrics metrics = PlanMetrics.of(problem, proposal);
        assertThat(metrics.hardViolations()).as(metrics.toString()).isZero();
        assertThat(metrics.assigned() + metrics.unassigned()).isEqualTo(problem.jobs().size());
        assertThat(metrics.assigned()).as("most jobs find a place").isGreaterThan(problem.jobs().size() / 2);
        assertThat(problem.current()).isNotEmpty().allMatch(a -> a.job().pinned());
        assertThat(proposal.appointments()).containsAll(problem.current());
    }

    @Test
    void givesTheJobToTheNearestQualifiedTechnician() {
        DispatchTechnician downtown = technician(1).home(DOWNTOWN).build();
        DispatchTechnician boulder = technician(2).home(BOULDER).build();
        DispatchTechnician boulderWithoutHvac = technician(3).home(BOULDER)
                .skills(new TechnicianSkill(GAS, 3, Optional.empty())).build();
        DispatchJob inBoulder = job(10).at(BOULDER).needs(HVAC, 2).build();
        DispatchJob gasInBoulder = job(11).at(BOULDER).needs(GAS, 1).build();

        PlanProposal proposal = greedy.plan(problem(List.of(downtown, boulder, boulderWithoutHvac),
                List.of(inBoulder, gasInBoulder), List.of()), NO_HURRY);

        assertThat(proposal.appointments()).extracting(a -> a.visitId() + "→" + a.technicianId())
                .containsExactlyInAnyOrder("10→2", "11→3");
    }

    @Test
    void placesHigherPriorityFirstAndLeavesWhatDoesNotFitUnassigned() {
        // a day of four hours holds four one-hour jobs downtown, not five
        DispatchTechnician shortDay = technician(1).hours(new WorkingHours(DAY.getDayOfWeek(), LocalTime.of(8, 0),
                LocalTime.of(12, 0))).build();
        List<DispatchJob> jobs = List.of(job(1).priority(Priority.LOW).build(), job(2).build(), job(3).build(),
                job(4).priority(Priority.HIGH).build(), job(5).priority(Priority.EMERGENCY).build());

        PlanProposal proposal = greedy.plan(problem(List.of(shortDay), jobs, List.of()), NO_HURRY);

        assertThat(proposal.unassigned()).extracting(DispatchJob::visitId).containsExactly(1L);
        assertThat(proposal.appointments()).filteredOn(a -> a.visitId() == 5).extracting(Appointment::start)
                .containsExactly(at(8, 0));
    }

    @Test
    void keepsAPlannedVisitWhereItIsWhenNothingIsWrongThere() {
        DispatchTechnician ann = technician(1).build();
        DispatchTechnician bob = technician(2).build();
        Appointment planned = job(1).on(2, at(14, 0));
        Appointment pinnedInTheBreak = job(2).pinned().on(1, at(8, 0));
        Appointment clashing = job(3).on(1, at(8, 30));

        PlanProposal proposal = greedy.plan(problem(List.of(ann, bob),
                List.of(planned.job(), pinnedInTheBreak.job(), clashing.job()),
                List.of(planned, pinnedInTheBreak, clashing)), NO_HURRY);

        assertThat(proposal.appointments()).contains(planned, pinnedInTheBreak).doesNotContain(clashing);
        assertThat(proposal.appointments()).extracting(Appointment::visitId).contains(3L);
        assertThat(PlanMetrics.of(problem(List.of(ann, bob), List.of(planned.job(), pinnedInTheBreak.job(),
                clashing.job()), List.of(planned, pinnedInTheBreak, clashing)), proposal).hardViolations()).isZero();
    }

    @Test
    void stopsWhenCancelledWithAWorkablePlanAndReportsProgressOnTheWay() {
        PlanningProblem problem = FieldInstances.generate(3, 240, 24, 2);
        List<Double> fractions = new ArrayList<>();
        AtomicInteger polls = new AtomicInteger();
        PlanningBudget budget = new PlanningBudget(Duration.ofMinutes(10), (done, best) -> fractions.add(done),
                () -> polls.incrementAndGet() > 100);

        PlanMetrics metrics = PlanMetrics.of(problem, greedy.plan(problem, budget));

        assertThat(metrics.hardViolations()).isZero();
        assertThat(metrics.assigned() + metrics.unassigned()).isEqualTo(problem.jobs().size());
        assertThat(metrics.assigned()).isGreaterThan(50).isLessThanOrEqualTo(100 + problem.current().size());
        assertThat(fractions).hasSizeGreaterThan(2).isSorted().allMatch(f -> f >= 0 && f < 1);
    }
}
