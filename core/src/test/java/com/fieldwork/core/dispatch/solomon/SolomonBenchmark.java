package com.fieldwork.core.dispatch.solomon;

import com.fieldwork.core.dispatch.optimize.RoutingProblem;
import com.fieldwork.core.dispatch.optimize.RoutingSolution;
import com.fieldwork.core.dispatch.optimize.RuinAndRecreateSolver;
import com.fieldwork.core.dispatch.optimize.SolverSettings;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizer on the classic Solomon instances against their best-known distances, next to the
 * construction it starts from (cheapest insertion by deadline: the greedy baseline), both judged by
 * {@link SolomonEvaluator}. Run by {@code ./mvnw -o -Pbench -pl core verify}; choose with
 * {@code -Dbench.solomon.instances=C101,R101} (or {@code all}), {@code -Dbench.solomon.seconds=30},
 * {@code -Dbench.solomon.seed=1}.
 */
public final class SolomonBenchmark {

    /** Quick by default: one instance of each of the six classes, 2 s each. */
    private static final String QUICK = "C101,C201,R101,R201,RC101,RC201";

    private SolomonBenchmark() {
    }

    record Row(String name, double gap, boolean feasible) {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        SolomonFiles files = SolomonFiles.locate();
        String which = System.getProperty("bench.solomon.instances", QUICK);
        double seconds = Double.parseDouble(System.getProperty("bench.solomon.seconds", "2"));
        long seed = Long.parseLong(System.getProperty("bench.solomon.seed", "1"));
        List<String> names = "all".equalsIgnoreCase(which) ? files.instanceNames()
                : Arrays.stream(which.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Map<String, SolomonFiles.BestKnown> best = files.bestKnownDistances();
        out.printf(Locale.ROOT, "Solomon VRPTW: %d instances, %.1f s each, seed %d, %d cores%n", names.size(), seconds,
                seed, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-6s %9s | %9s %7s %3s %4s | %9s %7s %3s %4s %6s %9s%n", "inst", "best", "greedy",
                "gap%", "veh", "ok", "ours", "gap%", "veh", "ok", "sec", "iters");
        List<Row> greedyRows = new ArrayList<>();
        List<Row> ourRows = new ArrayList<>();
        for (String name : names) {
            SolomonInstance in = files.instance(name);
            SolomonFiles.BestKnown bks = best.get(name);
            RoutingProblem problem = SolomonModel.of(in);
            RuinAndRecreateSolver solver = new RuinAndRecreateSolver(problem, seed);
            SolomonEvaluator.Verdict greedy = SolomonEvaluator.judge(in, SolomonModel.customerRoutes(solver.construct()));
            long t0 = System.nanoTime();
            RoutingSolution solved = solver.solve(SolverSettings.of(seed, Duration.ofMillis((long) (seconds * 1000))));
            double took = (System.nanoTime() - t0) / 1e9;
            SolomonEvaluator.Verdict ours = SolomonEvaluator.judge(in, SolomonModel.customerRoutes(solved));
            greedyRows.add(new Row(name, bks.gapPercent(greedy.distance()), greedy.feasible()));
            ourRows.add(new Row(name, bks.gapPercent(ours.distance()), ours.feasible()));
            out.printf(Locale.ROOT, "%-6s %9.2f | %9.2f %7.2f %3d %4s | %9.2f %7.2f %3d %4s %6.1f %9d%n", name,
                    bks.distance(), greedy.distance(), bks.gapPercent(greedy.distance()), greedy.vehicles(),
                    greedy.feasible() ? "yes" : "NO", ours.distance(), bks.gapPercent(ours.distance()), ours.vehicles(),
                    ours.feasible() ? "yes" : "NO", took, solved.iterations());
            if (!ours.feasible()) {
                out.println("       ours: " + ours.violations().subList(0, Math.min(3, ours.violations().size())));
            }
        }
        summary(out, "greedy (construction)", greedyRows);
        summary(out, "optimizer", ourRows);
    }

    private static void summary(PrintStream out, String label, List<Row> rows) {
        List<Row> feasible = rows.stream().filter(Row::feasible).toList();
        double mean = feasible.stream().mapToDouble(Row::gap).average().orElse(Double.NaN);
        Row worst = feasible.stream().max((a, b) -> Double.compare(a.gap(), b.gap())).orElse(null);
        out.printf(Locale.ROOT, "%-22s mean gap %.2f %%, worst %s, infeasible %d of %d (gaps over feasible results)%n",
                label, mean, worst == null ? "-" : String.format(Locale.ROOT, "%.2f %% (%s)", worst.gap(), worst.name()),
                rows.size() - feasible.size(), rows.size());
    }
}
