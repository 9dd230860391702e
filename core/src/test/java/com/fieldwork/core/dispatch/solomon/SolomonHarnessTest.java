package com.fieldwork.core.dispatch.solomon;

import com.fieldwork.core.dispatch.optimize.RoutingSolution;
import com.fieldwork.core.dispatch.optimize.RuinAndRecreateSolver;
import com.fieldwork.core.dispatch.optimize.SolverSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class SolomonHarnessTest {

    final SolomonFiles files = SolomonFiles.locate();
    final SolomonInstance c101 = files.instance("C101");

    @Test
    void theReaderTakesFleetCapacityAndEveryCustomerWithTheDepotFirst() {
        assertThat(files.instanceNames()).hasSize(56).contains("C101", "R211", "RC208");
        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customers()).isEqualTo(100);
        // depot 40,50 open 0–1236; customer 1 at 45,68 demand 10 window 912–967 service 90
        assertThat(new double[] {c101.x()[0], c101.y()[0], c101.due()[0]}).containsExactly(40, 50, 1236);
        assertThat(new double[] {c101.x()[1], c101.y()[1], c101.demand()[1], c101.ready()[1], c101.due()[1],
                c101.service()[1]}).containsExactly(45, 68, 10, 912, 967, 90);
    }

    @Test
    void bestKnownDistancesAreReadFromTheDistanceKeys() {
        Map<String, SolomonFiles.BestKnown> best = files.bestKnownDistances();

        assertThat(best).hasSize(56);
        assertThat(best.get("C101").distance()).isEqualTo(828.94);
        assertThat(best.get("C101").vehicles()).isEqualTo(10);
        assertThat(best.get("R101").gapPercent(best.get("R101").distance() * 1.05)).isCloseTo(5.0, offset(1e-9));
    }

    @Test
    void theEvaluatorRecomputesDistanceAndCatchesEveryKindOfFault() {
        // depot → 5 (window 15–67, 15.1 away: arrives in time) → 3 → depot
        SolomonEvaluator.Verdict fine = SolomonEvaluator.judge(c101, List.of(new int[] {5, 3}));
        assertThat(fine.distance()).isCloseTo(c101.distance(0, 5) + c101.distance(5, 3) + c101.distance(3, 0),
                offset(1e-9));
        assertThat(fine.violations()).containsOnly(missingExcept(5, 3));

        // customer 1 (due 967) after 3 (service ends ≥ 155) is fine; 5 (due 67) after 1 is late
        SolomonEvaluator.Verdict late = SolomonEvaluator.judge(c101, List.of(new int[] {1, 5}));
        assertThat(late.violations()).anyMatch(v -> v.startsWith("customer 5 reached at"));

        SolomonEvaluator.Verdict twice = SolomonEvaluator.judge(c101, List.of(new int[] {5}, new int[] {5}));
        assertThat(twice.violations()).contains("customer 5 served 2 times");

        int[] all = new int[100];
        for (int c = 1; c <= 100; c++) {
            all[c - 1] = c;
        }
        assertThat(SolomonEvaluator.judge(c101, List.of(all)).violations())
                .anyMatch(v -> v.contains("> capacity 200"))
                .anyMatch(v -> v.startsWith("a vehicle is back at the depot at"));
    }

    private static String[] missingExcept(int... served) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (int c : served) {
            s.add(c);
        }
        return java.util.stream.IntStream.rangeClosed(1, 100).filter(c -> !s.contains(c))
                .mapToObj(c -> "customer " + c + " served 0 times").toArray(String[]::new);
    }

    @Test
    void theSolverServesEveryCustomerInsideItsWindowAndNearTheBestKnownDistance() {
        RuinAndRecreateSolver solver = new RuinAndRecreateSolver(SolomonModel.of(c101), 1);
        SolverSettings settings = SolverSettings.of(1, Duration.ofSeconds(60)).withIterations(3000);

        RoutingSolution once = solver.solve(settings);
        SolomonEvaluator.Verdict verdict = SolomonEvaluator.judge(c101, SolomonModel.customerRoutes(once));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.distance()).isCloseTo(once.distance(), offset(1e-6));
        assertThat(files.bestKnownDistances().get("C101").gapPercent(verdict.distance())).isLessThan(5);
        RoutingSolution again = new RuinAndRecreateSolver(SolomonModel.of(c101), 1).solve(settings);
        assertThat(SolomonModel.customerRoutes(again)).containsExactlyElementsOf(SolomonModel.customerRoutes(once));
    }

    @Test
    void theConstructionIsFeasibleToo() {
        RoutingSolution built = new RuinAndRecreateSolver(SolomonModel.of(files.instance("RC201")), 1).construct();

        assertThat(SolomonEvaluator.judge(files.instance("RC201"), SolomonModel.customerRoutes(built)).violations())
                .isEmpty();
    }
}
