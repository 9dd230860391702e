package com.fieldwork.core.dispatch.bench;

import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.RandomDispatchInstance;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictChecker;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.FullRescanConflictChecker;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.dispatch.conflict.Move;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Microseconds per single-move conflict check at 10,000 appointments, incremental next to a naive full
 * rescan, in one run on one generated instance (seed 42, Denver metro). Run with
 * {@code ./mvnw -o -Pbench -pl core verify}; not a test, so a slow machine fails nothing.
 */
public final class ConflictCheckBenchmark {

    private static final long SEED = 42;
    private static final int TECHNICIANS = 200;
    private static final int WEEKDAYS = 10;
    private static final int PER_DAY = 5;
    private static final int INCREMENTAL_MOVES = 200_000;
    private static final int RESCAN_MOVES = 300;
    private static final double GOAL_MICROS = 1000;

    private ConflictCheckBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        RandomDispatchInstance instance = RandomDispatchInstance.generate(SEED, TECHNICIANS, WEEKDAYS, PER_DAY, 0.1);
        ConflictRules rules = DispatchWorld.rules(instance.technicians());
        DispatchPlan plan = new DispatchPlan(instance.appointments());
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < INCREMENTAL_MOVES; i++) {
            moves.add(instance.randomMove());
        }
        IncrementalConflictChecker incremental = new IncrementalConflictChecker(rules, plan);
        FullRescanConflictChecker rescan = new FullRescanConflictChecker(rules, plan);

        int agree = 0;
        for (int i = 0; i < RESCAN_MOVES; i++) {
            List<Conflict> a = incremental.checkMove(moves.get(i));
            List<Conflict> b = rescan.checkMove(moves.get(i));
            agree += a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b)) ? 1 : 0;
        }
        measure(incremental, moves, moves.size());
        Figures fast = measure(incremental, moves, moves.size());
        measure(rescan, moves, 30);
        Figures slow = measure(rescan, moves, RESCAN_MOVES);

        out.printf(Locale.ROOT, "Single-move conflict check, %,d appointments (%d technicians × %d weekdays × %d),"
                + " seed %d, Denver metro%n", instance.appointments().size(), TECHNICIANS, WEEKDAYS, PER_DAY, SEED);
        out.printf(Locale.ROOT, "  %-26s %10s %10s %10s %8s%n", "checker", "mean µs", "p50 µs", "p99 µs", "moves");
        out.printf(Locale.ROOT, "  %-26s %10.2f %10.2f %10.2f %8d%n", "incremental (timeline)", fast.mean, fast.p50,
                fast.p99, fast.count);
        out.printf(Locale.ROOT, "  %-26s %10.2f %10.2f %10.2f %8d%n", "naive full rescan", slow.mean, slow.p50,
                slow.p99, slow.count);
        out.printf(Locale.ROOT, "  rescan / incremental = %.0f× ; same conflicts on %d/%d moves ; goal < %.0f µs: %s%n",
                slow.mean / fast.mean, agree, RESCAN_MOVES, GOAL_MICROS, fast.p99 < GOAL_MICROS ? "met" : "NOT met");
        out.printf(Locale.ROOT, "  (checksum %d)%n", fast.checksum + slow.checksum);
    }

    private record Figures(double mean, double p50, double p99, int count, long checksum) {
    }

    private static Figures measure(ConflictChecker checker, List<Move> moves, int count) {
        long[] nanos = new long[count];
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            checksum += checker.checkMove(moves.get(i)).size();
            nanos[i] = System.nanoTime() - start;
        }
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        Arrays.sort(nanos);
        return new Figures(mean, nanos[count / 2] / 1000.0, nanos[(int) (count * 0.99)] / 1000.0, count, checksum);
    }
}
