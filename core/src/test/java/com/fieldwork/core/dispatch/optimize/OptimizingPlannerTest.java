package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.RandomDispatchInstance;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

class OptimizingPlannerTest {

    /** Bounded by iterations, with time to spare: the same answer on a busy machine. */
    static final PlanningBudget ENOUGH = PlanningBudget.of(Duration.ofSeconds(60));

    /**
     * A generated week: every job of the sloppy generated plan to be planned again; the pinned ones (5 %)
     * stay where the generator put them (which can itself break rules: those conflicts are not ours).
     */
    static PlanningProblem problem(long seed, int technicians, int days, int perDay) {
        RandomDispatchInstance world = RandomDispatchInstance.generate(seed, technicians, days, perDay, 0.5);
        List<DispatchJob> jobs = world.appointments().stream().map(Appointment::job).toList();
        List<Appointment> pinned = world.appointments().stream().filter(a -> a.job().pinned()).toList();
        return new PlanningProblem(world.technicians(), jobs, pinned, world.days().get(0),
                world.days().get(world.days().size() - 1), ZONE, new GreatCircleTravelTimes(TravelSettings.defaults(ZONE)));
    }

    /** Hard violations a plan of only the pinned visits already has: the floor for any planner. */
    static int pinnedOnly(PlanningProblem problem) {
        return PlanMetrics.of(problem, new PlanProposal(problem.current(), problem.unassigned())).hardViolations();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void onRandomInstancesTheProposalAddsNoHardViolationAndKeepsPinnedVisits(long seed) {
        PlanningProblem problem = problem(seed, 6, 2, 6);

        PlanProposal proposal = new OptimizingPlanner(seed, 1500).plan(problem, ENOUGH);
        PlanMetrics metrics = PlanMetrics.of(problem, proposal);

        assertThat(metrics.hardViolations()).isEqualTo(pinnedOnly(problem));
        assertThat(metrics.assigned() + metrics.unassigned()).isEqualTo(problem.jobs().size());
        Map<Long, Appointment> placed = proposal.appointments().stream()
                .collect(Collectors.toMap(Appointment::visitId, Function.identity()));
        assertThat(problem.current()).allSatisfy(pinned -> assertThat(placed.get(pinned.visitId())).isEqualTo(pinned));
        assertThat(metrics.assigned()).isGreaterThan(problem.jobs().size() / 2);
    }

    @Test
    void withoutPinnedVisitsThereIsNoHardViolationAtAll() {
        RandomDispatchInstance world = RandomDispatchInstance.generate(7, 8, 1, 7, 0.5);
        List<DispatchJob> movable = world.appointments().stream().map(Appointment::job)
                .filter(j -> !j.pinned()).toList();
        PlanningProblem problem = new PlanningProblem(world.technicians(), movable, List.of(), world.days().get(0),
                world.days().get(0), ZONE, new GreatCircleTravelTimes(TravelSettings.defaults(ZONE)));

        PlanMetrics metrics = PlanMetrics.of(problem, new OptimizingPlanner(7, 1500).plan(problem, ENOUGH));

        assertThat(metrics.hardViolations()).isZero();
        assertThat(metrics.assigned()).isPositive();
    }

    @Test
    void itDoesAtLeastAsWellAsItsOwnConstruction() {
        PlanningProblem problem = problem(11, 8, 1, 7);

        PlanMetrics construction = PlanMetrics.of(problem, OptimizingPlanner.construction(problem));
        PlanMetrics optimized = PlanMetrics.of(problem, new OptimizingPlanner(11, 3000).plan(problem, ENOUGH));

        assertThat(optimized.hardViolations()).isEqualTo(construction.hardViolations());
        assertThat(optimized.unassigned()).isLessThanOrEqualTo(construction.unassigned());
        if (optimized.unassigned() == construction.unassigned()) {
            assertThat(optimized.travelKm()).isLessThan(construction.travelKm());
        }
    }

    @Test
    void nothingToPlanOrNobodyWorkingGivesAnEmptyOrAllUnassignedProposal() {
        PlanningProblem full = problem(13, 3, 1, 3);
        PlanningProblem noJobs = new PlanningProblem(full.technicians(), List.of(), List.of(), full.firstDay(),
                full.lastDay(), ZONE, full.travel());
        java.time.LocalDate sunday = full.firstDay().with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.SUNDAY));
        List<DispatchJob> movable = full.jobs().stream().filter(j -> !j.pinned()).toList();
        PlanningProblem nobody = new PlanningProblem(full.technicians(), movable, List.of(), sunday, sunday, ZONE,
                full.travel());

        assertThat(new OptimizingPlanner().plan(noJobs, PlanningBudget.of(Duration.ofMillis(200))))
                .isEqualTo(new PlanProposal(List.of(), List.of()));
        PlanProposal none = new OptimizingPlanner().plan(nobody, PlanningBudget.of(Duration.ofMillis(200)));
        assertThat(none.appointments()).isEmpty();
        assertThat(none.unassigned()).hasSameSizeAs(movable);
    }

    @Test
    void aZeroBudgetStillAnswersWithAWorkablePlan() {
        PlanningProblem problem = problem(12, 8, 1, 7);

        PlanProposal proposal = new OptimizingPlanner().plan(problem, PlanningBudget.of(Duration.ZERO));

        assertThat(PlanMetrics.of(problem, proposal).hardViolations()).isEqualTo(pinnedOnly(problem));
        assertThat(proposal.appointments()).containsAll(problem.current());
    }

    @Test
    void theSameSeedAndIterationsGiveTheSameProposal() {
        PlanningProblem problem = problem(21, 5, 1, 6);

        PlanProposal once = new OptimizingPlanner(3, 800).plan(problem, ENOUGH);
        PlanProposal again = new OptimizingPlanner(3, 800).plan(problem, ENOUGH);

        assertThat(again).isEqualTo(once);
    }

    @Test
    void cancellingStopsItPromptlyWithAWorkablePlan() throws InterruptedException {
        PlanningProblem problem = problem(5, 10, 2, 7);
        AtomicBoolean cancel = new AtomicBoolean();
        List<PlanMetrics> seen = new CopyOnWriteArrayList<>();
        PlanningBudget budget = new PlanningBudget(Duration.ofSeconds(120), (f, best) -> seen.add(best), cancel::get);
        Thread stopper = new Thread(() -> {
            sleep(700);
            cancel.set(true);
        });
        long started = System.nanoTime();
        stopper.start();

        PlanProposal proposal = new OptimizingPlanner().plan(problem, budget);
        double seconds = (System.nanoTime() - started) / 1e9;
        stopper.join();

        assertThat(seconds).isLessThan(10);
        assertThat(PlanMetrics.of(problem, proposal).hardViolations()).isEqualTo(pinnedOnly(problem));
        assertThat(seen).isNotEmpty();
    }

    @Test
    void progressIsReportedWithTheElapsedShareAndEndsOnTheJudgedFigures() {
        PlanningProblem problem = problem(8, 6, 1, 6);
        List<double[]> updates = new ArrayList<>();
        List<PlanMetrics> figures = new ArrayList<>();
        PlanningBudget budget = new PlanningBudget(Duration.ofMillis(1200), (f, best) -> {
            updates.add(new double[] {f});
            figures.add(best);
        }, () -> false);

        PlanProposal proposal = new OptimizingPlanner().plan(problem, budget);

        assertThat(updates.size()).isGreaterThanOrEqualTo(2);
        assertThat(updates).allSatisfy(u -> assertThat(u[0]).isBetween(0.0, 1.0));
        assertThat(figures.get(figures.size() - 1)).isEqualTo(PlanMetrics.of(problem, proposal));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
