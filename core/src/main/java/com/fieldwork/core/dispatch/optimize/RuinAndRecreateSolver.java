package com.fieldwork.core.dispatch.optimize;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Ruin and recreate with simulated annealing, after Christiaens &amp; Vanden Berghe's SISR ("Slack
 * induction by string removals for vehicle routing problems", Transportation Science 54(2), 2020): each
 * iteration removes a few strings of consecutive visits from routes near a random visit, puts every left-out
 * job back at its cheapest feasible place (skipping a place now and then, "blinks"), and keeps the result
 * by a cooling acceptance test. Removing strings of neighbours frees room in the routes that compete for
 * the same area, which is what lets tight time windows be rearranged; one small neighbourhood, no
 * hand-tuned mix of move types.
 *
 * <p>Hard rules are never broken: a job that fits nowhere stays out, weighted heavily. Pinned jobs are
 * placed first and never removed.
 */
public final class RuinAndRecreateSolver {

    private static final double AVERAGE_REMOVED = 10;
    private static final int MAX_STRING = 10;
    private static final double BLINK_RATE = 0.01;
    private static final int NEIGHBOURS = 60;
    private static final int RETRY_LEFT_OUT = 20;
    /** Share of the run without a new best after which the search goes back to the best. */
    private static final double STAGNATION = 0.1;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final RoutingProblem p;
    private final SplittableRandom random;
    private final int[][] neighbours;
    private final double unassignedPenalty;
    private final double t0;
    private final double tf;
    private final int[] classStamp;
    private int stamp;

    public RuinAndRecreateSolver(RoutingProblem problem, long seed) {
        this.p = problem;
        this.random = new SplittableRandom(seed);
        this.neighbours = Neighbours.nearest(problem, NEIGHBOURS);
        double scale = Neighbours.meanNearest(problem, neighbours);
        double longest = Neighbours.longestLeg(problem);
        // leaving a job out must never pay: it costs more than any detour it could save
        this.unassignedPenalty = 10 * (2 * longest + problem.lateness.perBreach() + 1);
        this.t0 = 20 * scale;
        this.tf = 0.2 * scale;
        this.classStamp = new int[p.vehicles];
    }

    /** The construction alone: pinned jobs, then every job at its cheapest place, by weight then deadline. */
    public RoutingSolution construct() {
        SolverState s = initial(() -> false);
        return s.snapshot(0);
    }

    public RoutingSolution solve(SolverSettings settings) {
        long startNanos = System.nanoTime();
        long limitNanos = Math.max(1, settings.timeLimit().toNanos());
        SolverState current = initial(() -> settings.cancelled().getAsBoolean()
                || System.nanoTime() - startNanos >= limitNanos);
        double currentCost = total(current);
        RoutingSolution best = current.snapshot(0);
        long lastProgress = startNanos;
        double bestFraction = 0;
        long iteration = 0;
        while (true) {
            long now = System.nanoTime();
            double fraction = settings.maxIterations() > 0
                    ? Math.max((double) iteration / settings.maxIterations(), 0) : (double) (now - startNanos) / limitNanos;
            if (now - startNanos >= limitNanos || settings.cancelled().getAsBoolean()
                    || (settings.maxIterations() > 0 && iteration >= settings.maxIterations())) {
                break;
            }
            if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                settings.progress().update(Math.min(1, (double) (now - startNanos) / limitNanos), best);
                lastProgress = now;
            }
            if (fraction - bestFraction > STAGNATION) {
                // wandered off for too long: carry on from the best, cooler by now
                current.restore(best);
                currentCost = total(current);
                bestFraction = fraction;
            }
            iteration++;
            double temperature = t0 * Math.pow(tf / t0, Math.min(1, fraction));
            current.begin();
            ruin(current);
            recreate(current);
            double cost = total(current);
            if (cost < currentCost - temperature * Math.log(random.nextDouble())) {
                current.commit();
                currentCost = cost;
                if (better(current, best)) {
                    best = current.snapshot(iteration);
                    bestFraction = fraction;
                }
            } else {
                current.undo();
            }
        }
        RoutingSolution last = new RoutingSolution(best.routes(), best.starts(), best.unassigned(), best.distance(),
                best.unassignedWeight(), best.cost(), best.lateJobs(), iteration);
        settings.progress().update(1, last);
        return last;
    }

    private boolean better(SolverState s, RoutingSolution best) {
        double w = s.unassignedWeight();
        if (w != best.unassignedWeight()) {
            return w < best.unassignedWeight();
        }
        return s.softCost() < best.cost() - 1e-9;
    }

    private double total(SolverState s) {
        return s.softCost() + unassignedPenalty * s.unassignedWeight();
    }

    /** @param stop checked between jobs: a huge problem on a tiny budget gets what fitted in time */
    private SolverState initial(BooleanSupplier stop) {
        SolverState s = new SolverState(p);
        Integer[] pinned = IntStream.range(0, p.jobs).filter(p::pinned).boxed()
                .sorted((a, b) -> Double.compare(p.windowStart[a], p.windowStart[b])).toArray(Integer[]::new);
        for (int j : pinned) {
            Route r = s.routes[p.pinnedVehicle[j]];
            s.touch(r.vehicle);
            r.insert(r.size, j);
            s.routeOf[j] = r.vehicle;
        }
        for (Route r : s.routes) {
            r.recompute();
        }
        for (int j = 0; j < p.jobs; j++) {
            if (!p.pinned(j)) {
                s.addAbsent(j);
            }
        }
        Integer[] order = Arrays.stream(Arrays.copyOf(s.absent, s.absentCount)).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> p.weight[a] != p.weight[b] ? Double.compare(p.weight[b], p.weight[a])
                : Double.compare(p.windowEnd[a], p.windowEnd[b]));
        s.absentCount = 0;
        for (int i = 0; i < order.length; i++) {
            if (stop.getAsBoolean() || !insertBest(s, order[i], false)) {
                s.addAbsent(order[i]);
            }
        }
        s.commit();
        return s;
    }

    /** Removes strings of consecutive movable visits from routes around a random visit (SISR's ruin). */
    private void ruin(SolverState s) {
        int assigned = s.assignedCount();
        if (assigned == 0) {
            return;
        }
        int used = 0;
        for (Route r : s.routes) {
            used += r.size > 0 ? 1 : 0;
        }
        double lsMax = Math.min(MAX_STRING, (double) assigned / used);
        double ksMax = 4 * AVERAGE_REMOVED / (1 + lsMax) - 1;
        int strings = (int) (random.nextDouble() * ksMax) + 1;
        int seed = randomAssignedJob(s);
        if (seed < 0) {
            return;
        }
        int ruined = 0;
        int[] ruinedRoutes = new int[strings];
        for (int k = -1; k < neighbours[seed].length && ruined < strings; k++) {
            int c = k < 0 ? seed : neighbours[seed][k];
            int v = s.routeOf[c];
            if (v < 0 || p.pinned(c) || contains(ruinedRoutes, ruined, v)) {
                continue;
            }
            Route r = s.routes[v];
            int pos = position(r, c);
            int maxLength = (int) Math.min(r.size, lsMax);
            int length = (int) (random.nextDouble() * maxLength) + 1;
            int first = Math.max(0, Math.min(pos - random.nextInt(length), r.size - length));
            for (int i = first + length - 1; i >= first; i--) {
                if (!p.pinned(r.jobs[i])) {
                    s.removeFromRoute(v, i);
                }
            }
            s.settle(v);
            ruinedRoutes[ruined++] = v;
        }
    }

    private int randomAssignedJob(SolverState s) {
        for (int tries = 0; tries < 50; tries++) {
            int j = random.nextInt(p.jobs);
            if (s.routeOf[j] >= 0 && !p.pinned(j)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static int position(Route r, int job) {
        for (int i = 0; i < r.size; i++) {
            if (r.jobs[i] == job) {
                return i;
            }
        }
        throw new IllegalStateException("job " + job + " is not on route " + r.vehicle);
    }

    /**
     * Puts absent jobs back at their cheapest feasible place; those that fit nowhere stay absent. The
     * jobs just ruined are all tried but of those left out before, only a
     * random few: on an overloaded day hundreds may not fit, and retrying them all every iteration would
     * leave no time for anything else.
     */
    private void recreate(SolverState s) {
        int before = s.absentBeforeStep();
        int retried = before;
        if (before > RETRY_LEFT_OUT) {
            for (int i = 0; i < RETRY_LEFT_OUT; i++) {
                int k = i + random.nextInt(before - i);
                int tmp = s.absent[i];
                s.absent[i] = s.absent[k];
                s.absent[k] = tmp;
            }
            retried = RETRY_LEFT_OUT;
        }
        int[] order = new int[s.absentCount - before + retried];
        System.arraycopy(s.absent, 0, order, 0, retried);
        System.arraycopy(s.absent, before, order, retried, s.absentCount - before);
        int[] stay = Arrays.copyOfRange(s.absent, retried, before);
        Insertion.order(order, p, random);
        s.absentCount = 0;
        for (int job : stay) {
            s.addAbsent(job);
        }
        for (int job : order) {
            if (!insertBest(s, job, true)) {
                s.addAbsent(job);
            }
        }
    }

    private boolean insertBest(SolverState s, int job, boolean blink) {
        double bestCost = Double.POSITIVE_INFINITY;
        int bestVehicle = -1;
        int bestPos = -1;
        stamp++;
        var compatible = p.compatible[job];
        for (int v = compatible.nextSetBit(0); v >= 0; v = compatible.nextSetBit(v + 1)) {
            Route r = s.routes[v];
            if (r.size == 0) {
                int cls = p.classIndex[v];
                if (classStamp[cls] == stamp) {
                    continue;
                }
                classStamp[cls] = stamp;
            }
            if (r.load + p.demand[job] > p.capacity[v]) {
                continue;
            }
            for (int pos = 0; pos <= r.size; pos++) {
                if (blink && random.nextDouble() < BLINK_RATE) {
                    continue;
                }
                double c = r.insertionCost(job, pos, bestCost);
                if (c < bestCost) {
                    bestCost = c;
                    bestVehicle = v;
                    bestPos = pos;
                }
            }
        }
        if (bestVehicle < 0) {
            return false;
        }
        s.insert(bestVehicle, bestPos, job);
        return true;
    }
}
