package com.fieldwork.core.dispatch.bench;

import com.fieldwork.core.dispatch.exhaustive.ExhaustivePlanner;
import com.fieldwork.core.dispatch.generate.FieldInstances;
import com.fieldwork.core.dispatch.greedy.GreedyPlanner;
import com.fieldwork.core.dispatch.optimize.OptimizingPlanner;
import com.fieldwork.core.dispatch.plan.DayPlanner;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Planners side by side on generated Denver-metro instances ({@link FieldInstances}, seed 42): 100 jobs ×
 * 10 technicians, 1,000 × 100 and 5,000 × 300, printing each planner's assigned and unassigned visits,
 * travel km, SLA breaches and hard violations (all judged by {@link PlanMetrics}) and its time. Then, on
 * tiny instances (8 jobs × 3 technicians, one day, several seeds), the exhaustive optimum and each
 * planner's gap to it. Run with {@code ./mvnw -o -Pbench -pl core verify -Dbench.which=field}.
 */
public final class FieldInstanceBenchmark {

    private static final long SEED = 42;
    private static final long[] TINY_SEEDS = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final Duration EXHAUSTIVE_LIMIT = Duration.ofMinutes(2);

    /** A planner under test, by the name the table prints, with the time it is given. */
    public record NamedPlanner(String name, DayPlanner planner, Duration budget) {
        public NamedPlanner {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(planner, "planner");
            Objects.requireNonNull(budget, "budget");
        }
    }

    /**
     * The planners compared. The optimizer joins with one line per budget, e.g.
     * {@code new NamedPlanner("optimizer 10 s", new DayOptimizer(), Duration.ofSeconds(10))}.
     */
    static List<NamedPlanner> planners() {
        return List.of(
                new NamedPlanner("greedy", new GreedyPlanner(), Duration.ofMinutes(10)),
                new NamedPlanner("optimizer 10 s", new OptimizingPlanner(), Duration.ofSeconds(10)),
                new NamedPlanner("optimizer 30 s", new OptimizingPlanner(), Duration.ofSeconds(30)));
    }

    /**
     * The planners held to the exhaustive optimum on tiny instances (the optimizer with a budget to suit eight jobs).
     */
    static List<NamedPlanner> tinyPlanners() {
        return List.of(
                new NamedPlanner("greedy", new GreedyPlanner(), Duration.ofMinutes(10)),
                new NamedPlanner("optimizer 2 s", new OptimizingPlanner(), Duration.ofSeconds(2)));
    }

    private FieldInstanceBenchmark() {
    }

    public static void main(String[] args) {
        run(System.out, planners(), tinyPlanners());
    }

    static void run(PrintStream out, List<NamedPlanner> planners, List<NamedPlanner> tinyPlanners) {
        out.printf(Locale.ROOT, "Field instances, Denver metro, seed %d (in-progress visits are pinned and counted)%n",
                SEED);
        out.printf(Locale.ROOT, "  %-28s %-16s %9s %10s %11s %6s %5s %9s %9s%n", "instance", "planner", "assigned",
                "unassigned", "travel km", "SLA ✗", "hard", "time s", "cpu s");
        for (FieldInstances.Size size : FieldInstances.Size.values()) {
            PlanningProblem problem = FieldInstances.generate(SEED, size);
            String instance = size + " (+" + problem.current().size() + ")";
            for (NamedPlanner p : planners) {
                Run run = Run.of(p, problem);
                out.printf(Locale.ROOT, "  %-28s %-16s %9d %10d %11.1f %6d %5d %9.2f %9.2f%n", instance, p.name(),
                        run.metrics.assigned(), run.metrics.unassigned(), run.metrics.travelKm(),
                        run.metrics.slaBreaches(), run.metrics.hardViolations(), run.seconds, run.cpuSeconds);
                instance = "";
            }
        }
        tiny(out, tinyPlanners);
    }

    /**
     * Each planner against the exhaustive optimum: equal on the priority-weighted jobs left out and on SLA, then
     * the km gap in per cent.
     */
    private static void tiny(PrintStream out, List<NamedPlanner> planners) {
        out.printf(Locale.ROOT, "%nTiny instances, 8 jobs × 3 technicians, one day: gap to the exhaustive optimum%n");
        out.printf(Locale.ROOT, "  %-5s %-30s %8s   %s%n", "seed", "optimum (assigned / SLA ✗ / km)", "time s",
                String.join("   ", planners.stream().map(p -> String.format(Locale.ROOT, "%-26s", p.name()
                        + " (gap)")).toList()));
        NamedPlanner exhaustive = new NamedPlanner("exhaustive", new ExhaustivePlanner(), EXHAUSTIVE_LIMIT);
        List<List<Double>> kmGaps = new ArrayList<>();
        int[] worse = new int[planners.size()];
        planners.forEach(p -> kmGaps.add(new ArrayList<>()));
        for (long seed : TINY_SEEDS) {
            PlanningProblem problem = FieldInstances.tiny(seed);
            Run optimum = Run.of(exhaustive, problem);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-5d %-30s %8.2f  ", seed,
                    String.format(Locale.ROOT, "%d / %d / %.1f%s", optimum.metrics.assigned(),
                            optimum.metrics.slaBreaches(), optimum.metrics.travelKm(),
                            optimum.seconds >= EXHAUSTIVE_LIMIT.toSeconds() ? " (cut)" : ""), optimum.seconds));
            for (int i = 0; i < planners.size(); i++) {
                PlanMetrics m = Run.of(planners.get(i), problem).metrics;
                String gap;
                if (m.hardViolations() > 0) {
                    gap = m.hardViolations() + " hard!";
                    worse[i]++;
                } else if (m.unassignedWeight() != optimum.metrics.unassignedWeight()
                        || m.slaBreaches() != optimum.metrics.slaBreaches()) {
                    // the priority-weighted jobs left out, as the optimum is judged: one high job = two normal ones
                    gap = String.format(Locale.ROOT, "%+d left-out weight, %+d SLA",
                            m.unassignedWeight() - optimum.metrics.unassignedWeight(),
                            m.slaBreaches() - optimum.metrics.slaBreaches());
                    worse[i]++;
                } else {
                    double pct = optimum.metrics.travelKm() == 0 ? 0
                            : 100 * (m.travelKm() - optimum.metrics.travelKm()) / optimum.metrics.travelKm();
                    kmGaps.get(i).add(pct);
                    gap = String.format(Locale.ROOT, "%+.1f %%", pct);
                }
                line.append(String.format(Locale.ROOT, " %-26s  ", String.format(Locale.ROOT, "%d / %d / %.1f (%s)",
                        m.assigned(), m.slaBreaches(), m.travelKm(), gap)));
            }
            out.println(line.toString().stripTrailing());
        }
        for (int i = 0; i < planners.size(); i++) {
            List<Double> gaps = kmGaps.get(i);
            out.printf(Locale.ROOT, "  %s: as much priority served and SLA kept on %d/%d seeds, km gap there mean %.1f %%,"
                            + " worst %.1f %%; less served or more SLA breaches on %d%n", planners.get(i).name(), gaps.size(),
                    TINY_SEEDS.length, gaps.stream().mapToDouble(d -> d).average().orElse(0),
                    gaps.stream().mapToDouble(d -> d).max().orElse(0), worse[i]);
        }
    }

    /** Wall time, and the planning thread's CPU time: on a machine shared with other builds the two differ. */
    private record Run(PlanMetrics metrics, double seconds, double cpuSeconds) {
        static Run of(NamedPlanner p, PlanningProblem problem) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            PlanProposal proposal = p.planner().plan(problem, PlanningBudget.of(p.budget()));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            return new Run(PlanMetrics.of(problem, proposal), seconds, cpuSeconds);
        }
    }
}
