package com.fieldwork.core.dispatch.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The solution being changed: routes, which route each job is on, and the jobs left out. Changes within an
 * iteration are undoable: a route is copied the first time it is touched, and {@link #undo} puts the
 * copies back, so an iteration costs what it touches, not the size of the problem.
 */
final class SolverState {

    final RoutingProblem p;
    final Route[] routes;
    final int[] routeOf;
    int[] absent;
    int absentCount;

    private final List<Route> saved = new ArrayList<>();
    private final boolean[] touched;
    private int[] absentSaved = new int[0];
    private int absentSavedCount;

    SolverState(RoutingProblem p) {
        this.p = p;
        routes = new Route[p.vehicles];
        for (int v = 0; v < p.vehicles; v++) {
            routes[v] = new Route(p, v);
        }
        routeOf = new int[p.jobs];
        Arrays.fill(routeOf, -1);
        absent = new int[Math.max(p.jobs, 1)];
        touched = new boolean[p.vehicles];
    }

    /** Starts an undoable step. */
    void begin() {
        saved.clear();
        absentSaved = Arrays.copyOf(absent, absentCount);
        absentSavedCount = absentCount;
    }

    /** How many jobs were absent when the step began (they come first in {@link #absent}). */
    int absentBeforeStep() {
        return absentSavedCount;
    }

    void touch(int v) {
        if (!touched[v]) {
            touched[v] = true;
            saved.add(routes[v].copy());
        }
    }

    /** Keeps the step's changes. */
    void commit() {
        for (Route r : saved) {
            touched[r.vehicle] = false;
        }
        saved.clear();
    }

    /** Puts everything back as it was at {@link #begin}. */
    void undo() {
        for (Route old : saved) {
            Route now = routes[old.vehicle];
            for (int i = 0; i < now.size; i++) {
                routeOf[now.jobs[i]] = -1;
            }
            routes[old.vehicle] = old;
            for (int i = 0; i < old.size; i++) {
                routeOf[old.jobs[i]] = old.vehicle;
            }
            touched[old.vehicle] = false;
        }
        saved.clear();
        absent = Arrays.copyOf(absentSaved, Math.max(p.jobs, 1));
        absentCount = absentSavedCount;
        for (int i = 0; i < absentCount; i++) {
            routeOf[absent[i]] = -1;
        }
    }

    /** Makes this the given solution again (no undo across it). */
    void restore(RoutingSolution solution) {
        commit();
        for (Route r : routes) {
            for (int i = 0; i < r.size; i++) {
                routeOf[r.jobs[i]] = -1;
            }
            r.size = 0;
        }
        for (int v = 0; v < routes.length; v++) {
            int[] jobs = solution.routes().get(v);
            Route r = routes[v];
            for (int job : jobs) {
                r.insert(r.size, job);
                routeOf[job] = v;
            }
            r.recompute();
        }
        absentCount = 0;
        for (int job : solution.unassigned()) {
            addAbsent(job);
        }
    }

    void addAbsent(int job) {
        absent[absentCount++] = job;
        routeOf[job] = -1;
    }

    void removeFromRoute(int v, int pos) {
        touch(v);
        addAbsent(routes[v].jobs[pos]);
        routes[v].removeAt(pos);
    }

    void insert(int v, int pos, int job) {
        touch(v);
        routes[v].insert(pos, job);
        routeOf[job] = v;
        routes[v].recompute();
    }

    /**
     * Recomputes a changed route; where a visit can no longer be served (possible only when travel
     * depends on the hour: leaving earlier can mean driving in the rush), takes a movable visit out.
     */
    void settle(int v) {
        Route r = routes[v];
        int bad = r.recompute();
        while (bad >= 0) {
            int victim = bad;
            while (victim >= 0 && p.pinned(r.jobs[victim])) {
                victim--;
            }
            if (victim < 0) {
                return; // only pinned visits left: as the dispatcher set them
            }
            removeFromRoute(v, victim);
            bad = r.recompute();
        }
    }

    double unassignedWeight() {
        double w = 0;
        for (int i = 0; i < absentCount; i++) {
            w += p.weight[absent[i]];
        }
        return w;
    }

    double softCost() {
        double c = 0;
        for (Route r : routes) {
            c += r.cost();
        }
        return c;
    }

    int assignedCount() {
        return p.jobs - absentCount;
    }

    RoutingSolution snapshot(long iterations) {
        List<int[]> rs = new ArrayList<>(routes.length);
        List<double[]> ss = new ArrayList<>(routes.length);
        double distance = 0;
        int late = 0;
        for (Route r : routes) {
            rs.add(Arrays.copyOf(r.jobs, r.size));
            ss.add(Arrays.copyOf(r.start, r.size));
            distance += r.distance;
            late += r.lateCount;
        }
        int[] out = Arrays.copyOf(absent, absentCount);
        Arrays.sort(out);
        return new RoutingSolution(rs, ss, out, distance, unassignedWeight(), softCost(), late, iterations);
    }
}
