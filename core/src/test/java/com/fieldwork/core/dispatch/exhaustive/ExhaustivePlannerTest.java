package com.fieldwork.core.dispatch.exhaustive;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fieldwork.core.common.GeoPoint;
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
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExhaustivePlannerTest {

    static final PlanningBudget NO_HURRY = PlanningBudget.of(Duration.ofMinutes(10));
    final GreatCircleTravelTimes travel = DispatchWorld.travel();
    final ExhaustivePlanner exhaustive = new ExhaustivePlanner();

    static GeoPoint east(double km) {
        return new GeoPoint(DOWNTOWN.lat(), DOWNTOWN.lon() + km / (111.32 * Math.cos(Math.toRadians(DOWNTOWN.lat()))));
    }

    @Test
    void visitsPointsOnALineWithoutDoublingBack() {
        GeoPoint west5 = east(-5);
        GeoPoint east5 = east(5);
        GeoPoint east10 = east(10);
        PlanningProblem problem = problem(List.of(technician(1).home(DOWNTOWN).build()),
                List.of(job(1).at(east10).build(), job(2).at(west5).build(), job(3).at(east5).build()), List.of());

        PlanProposal best = exhaustive.plan(problem, NO_HURRY);

        // out west and back through home, then east 5 and 10 and home: 30 km as the crow flies
        double expected = travel.roadKm(DOWNTOWN, west5) + travel.roadKm(west5, east5) + travel.roadKm(east5, east10)
                + travel.roadKm(east10, DOWNTOWN);
        PlanMetrics metrics = PlanMetrics.of(problem, best);
        assertThat(metrics.travelKm()).isCloseTo(expected, offset(0.01));
        assertThat(metrics.travelKm()).isCloseTo(30 * 1.3, offset(0.1));
        assertThat(metrics.hardViolations()).isZero();
        assertThat(best.unassigned()).isEmpty();
    }

    @Test
    void servesTheMoreUrgentJobWhenOnlyOneFitsEvenIfItIsFurther() {
        // one technician, two hours (rush hour until 9): a normal job next door or a high-priority one 10 km out; the left-out
        // job weighs by its priority (PriorityWeights), so the optimum drives further to serve the urgent one
        DispatchTechnician ann = technician(1).home(DOWNTOWN).hours(new WorkingHours(DAY.getDayOfWeek(),
                LocalTime.of(8, 0), LocalTime.of(10, 0))).build();
        DispatchJob nextDoor = job(1).at(east(0.5)).minutes(60).build();
        DispatchJob urgent = job(2).at(east(10)).minutes(60).priority(Priority.HIGH).build();
        PlanningProblem problem = problem(List.of(ann), List.of(nextDoor, urgent), List.of());

        PlanProposal best = exhaustive.plan(problem, NO_HURRY);

        assertThat(best.appointments()).extracting(Appointment::visitId).containsExactly(2L);
        assertThat(best.unassigned()).extracting(DispatchJob::visitId).containsExactly(1L);
        PlanMetrics metrics = PlanMetrics.of(problem, best);
        assertThat(metrics.unassigned()).isEqualTo(1);
        assertThat(metrics.unassignedWeight()).isEqualTo(2);
    }

    @Test
    void beatsGreedyWhereTheNearestTechnicianIsTheOnlyOneForTheNextJob() {
        // Ann (downtown, two hours) is the only gas fitter; greedy gives her the high-priority job because she
        // is nearest, and the gas job is left over. The optimum sends Bob from Boulder for the first one.
        DispatchTechnician ann = technician(1).home(DOWNTOWN).skills(new TechnicianSkill(HVAC, 3, Optional.empty()),
                new TechnicianSkill(GAS, 2, Optional.empty())).hours(new WorkingHours(DAY.getDayOfWeek(),
                LocalTime.of(8, 0), LocalTime.of(10, 0))).build();
        DispatchTechnician bob = technician(2).home(BOULDER).build();
        DispatchJob urgent = job(1).at(DOWNTOWN).minutes(90).priority(Priority.HIGH).build();
        DispatchJob gas = job(2).at(DOWNTOWN).minutes(90).needs(GAS, 1).build();
        PlanningProblem problem = problem(List.of(ann, bob), List.of(urgent, gas), List.of());

        PlanProposal best = exhaustive.plan(problem, NO_HURRY);
        PlanProposal greedy = new GreedyPlanner().plan(problem, NO_HURRY);

        assertThat(best.unassigned()).isEmpty();
        assertThat(best.appointments()).extracting(a -> a.visitId() + "→" + a.technicianId())
                .containsExactlyInAnyOrder("1→2", "2→1");
        assertThat(greedy.unassigned()).extracting(DispatchJob::visitId).containsExactly(2L);
        assertThat(PlanMetrics.BETTER_FIRST.compare(PlanMetrics.of(problem, best), PlanMetrics.of(problem, greedy)))
                .isNegative();
    }

    @Test
    void keepsTheSlaWhenThereIsRoomOnlyForThreeAndPassesThroughAPinnedVisit() {
        DispatchTechnician threeHours = technician(1).hours(new WorkingHours(DAY.getDayOfWeek(), LocalTime.of(8, 0),
                LocalTime.of(12, 0))).build();
        Appointment pinned = job(9).pinned().minutes(60).on(1, at(9, 0));
        DispatchJob dueAt10 = job(1).resolveBy(at(10, 0)).build();
        DispatchJob windowAt11 = job(2).window(at(11, 0), at(11, 30)).build();
        DispatchJob other = job(3).build();
        DispatchJob another = job(4).build();
        PlanningProblem problem = problem(List.of(threeHours), List.of(dueAt10, windowAt11, other, another, pinned.job()),
                List.of(pinned));

        PlanProposal best = exhaustive.plan(problem, NO_HURRY);

        PlanMetrics metrics = PlanMetrics.of(problem, best);
        assertThat(metrics.hardViolations()).isZero();
        assertThat(metrics.slaBreaches()).isZero();
        assertThat(metrics.unassigned()).isEqualTo(1);
        assertThat(best.appointments()).contains(pinned)
                .extracting(a -> a.visitId() + "@" + a.start().atZone(ZONE).toLocalTime())
                .contains("9@09:00", "2@11:00");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void greedyIsNeverBetterThanTheOptimumOnTinyRandomProblems(long seed) {
        // constant speeds: with rush hours leaving later can arrive earlier, and "earliest" is no longer best
        PlanningProblem problem = FieldInstances.generate(seed, 8, 3, 1,
                new GreatCircleTravelTimes(new TravelSettings(1.3, 40, 40, List.of(), Set.of(), ZONE)));

        PlanMetrics optimum = PlanMetrics.of(problem, exhaustive.plan(problem, NO_HURRY));
        PlanMetrics greedy = PlanMetrics.of(problem, new GreedyPlanner().plan(problem, NO_HURRY));

        assertThat(optimum.hardViolations()).as(optimum.toString()).isZero();
        assertThat(optimum.assigned() + optimum.unassigned()).isEqualTo(problem.jobs().size());
        assertThat(PlanMetrics.BETTER_FIRST.compare(optimum, greedy)).as(optimum + " vs greedy " + greedy)
                .isLessThanOrEqualTo(0);
    }

    @Test
    void refusesAProblemTooBigToSearchWithAClearMessage() {
        PlanningProblem big = FieldInstances.generate(1, 20, 4, 1);

        assertThatThrownBy(() -> exhaustive.plan(big, NO_HURRY)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 8 jobs to place and 3 technicians")
                .hasMessageContaining("4 technicians");
    }

    @Test
    void cancelledItStillReturnsAWorkablePlanWithThePinnedVisitsInIt() {
        PlanningProblem problem = FieldInstances.tiny(3);

        PlanProposal stopped = exhaustive.plan(problem, new PlanningBudget(Duration.ofMinutes(10),
                (done, best) -> { }, () -> true));

        PlanMetrics metrics = PlanMetrics.of(problem, stopped);
        assertThat(problem.current()).isNotEmpty();
        assertThat(stopped.appointments()).containsAll(problem.current());
        assertThat(metrics.hardViolations()).isZero();
        assertThat(metrics.assigned() + metrics.unassigned()).isEqualTo(problem.jobs().size());
    }
}
