package com.fieldwork.core.dispatch.optimize;

import java.util.Arrays;

/**
 * One vehicle's visits in order with their start times and the bookkeeping that makes an insertion
 * check cheap: the latest start each visit can bear without breaking the rest (used when travel does not
 * depend on the hour), otherwise the stored starts let a simulation stop where the route stops changing.
 */
final class Route {

    static final double INFEASIBLE = Double.NaN;

    final RoutingProblem p;
    final int vehicle;
    int[] jobs;
    int size;
    double[] start;
    double[] latest;
    double load;
    double distance;
    double lateCost;
    int lateCount;
    double work;

    Route(RoutingProblem p, int vehicle) {
        this.p = p;
        this.vehicle = vehicle;
        this.jobs = new int[4];
        this.start = new double[4];
        this.latest = new double[4];
    }

    Route copy() {
        Route r = new Route(p, vehicle);
        r.jobs = Arrays.copyOf(jobs, Math.max(size, 1));
        r.start = Arrays.copyOf(start, Math.max(size, 1));
        r.latest = Arrays.copyOf(latest, Math.max(size, 1));
        r.size = size;
        r.load = load;
        r.distance = distance;
        r.lateCost = lateCost;
        r.lateCount = lateCount;
        r.work = work;
        return r;
    }

    double cost() {
        return distance + lateCost + p.fairnessWeight * work * work;
    }

    void insert(int pos, int job) {
        if (size == jobs.length) {
            int n = size * 2;
            jobs = Arrays.copyOf(jobs, n);
            start = Arrays.copyOf(start, n);
            latest = Arrays.copyOf(latest, n);
        }
        System.arraycopy(jobs, pos, jobs, pos + 1, size - pos);
        jobs[pos] = job;
        size++;
    }

    void removeAt(int pos) {
        System.arraycopy(jobs, pos + 1, jobs, pos, size - pos - 1);
        size--;
    }

    /** When service may start at {@code job} on this vehicle if it arrives at {@code arrival}; NaN if it cannot. */
    double startAt(int job, double arrival, boolean afterMovable) {
        if (p.pinnedVehicle[job] >= 0) {
            // a pinned visit stays put; only a movable visit before it can make it late (pinned clashes are
            // the dispatcher's, not ours to fix)
            return arrival <= p.windowStart[job] || !afterMovable ? p.windowStart[job] : INFEASIBLE;
        }
        double s = Math.max(arrival, Math.max(p.windowStart[job], p.shiftStart[vehicle]));
        double dur = p.service[job];
        for (double[] b : p.blocked[vehicle]) {
            if (s < b[1] && b[0] < s + dur) {
                s = b[1];
            }
        }
        return s <= p.windowEnd[job] && s + dur <= p.shiftEnd[vehicle] ? s : INFEASIBLE;
    }

    double late(int job, double s) {
        double over = s + p.service[job] - p.due[job];
        return over > 0 ? p.lateness.perBreach() + p.lateness.perUnitLate() * over : 0;
    }

    int node(int pos) {
        return pos < 0 ? p.startNode[vehicle] : p.node[jobs[pos]];
    }

    double departure(int pos) {
        return pos < 0 ? p.shiftStart[vehicle] : start[pos] + p.service[jobs[pos]];
    }

    /**
     * Recomputes start times, load and costs from scratch.
     *
     * @return the first position that can no longer be served, or -1 when the route is feasible
     */
    int recompute() {
        RoutingTravel t = p.travel;
        int from = p.startNode[vehicle];
        double depart = p.shiftStart[vehicle];
        load = 0;
        distance = 0;
        lateCost = 0;
        lateCount = 0;
        work = 0;
        for (int i = 0; i < size; i++) {
            int j = jobs[i];
            int to = p.node[j];
            double s = startAt(j, depart + t.time(from, to, depart), i > 0 && !p.pinned(jobs[i - 1]));
            if (Double.isNaN(s)) {
                return i;
            }
            start[i] = s;
            distance += t.distance(from, to);
            double l = late(j, s);
            lateCost += l;
            lateCount += l > 0 ? 1 : 0;
            load += p.demand[j];
            work += p.service[j];
            depart = s + p.service[j];
            from = to;
        }
        int end = p.endNode[vehicle];
        if (size > 0) {
            distance += t.distance(from, end);
            if (depart + t.time(from, end, depart) > p.latestReturn[vehicle]) {
                return size - 1;
            }
        }
        if (load > p.capacity[vehicle]) {
            return size - 1;
        }
        if (p.slackChecks) {
            double next = p.latestReturn[vehicle];
            int nextNode = end;
            for (int i = size - 1; i >= 0; i--) {
                int j = jobs[i];
                double l = Math.min(p.windowEnd[j], p.shiftEnd[vehicle] - p.service[j]);
                l = Math.min(l, next - t.time(p.node[j], nextNode, 0) - p.service[j]);
                latest[i] = l;
                next = l;
                nextNode = p.node[j];
            }
        }
        return -1;
    }

    /**
     * The soft cost added by putting {@code job} at {@code pos}, or NaN when that breaks a hard rule or
     * costs {@code toBeat} or more before its schedule is even looked at. Capacity and compatibility are
     * the caller's.
     */
    double insertionCost(int job, int pos, double toBeat) {
        RoutingTravel t = p.travel;
        int prev = node(pos - 1);
        int next = pos < size ? p.node[jobs[pos]] : p.endNode[vehicle];
        int here = p.node[job];
        double extra = t.distance(prev, here) + t.distance(here, next) - (size == 0 ? 0 : t.distance(prev, next));
        if (p.fairnessWeight > 0) {
            double w = work + p.service[job];
            extra += p.fairnessWeight * (w * w - work * work);
        }
        if (extra >= toBeat) {
            // lateness only adds: a place already dearer than the best found needs no schedule check
            return INFEASIBLE;
        }
        double depart = departure(pos - 1);
        double s = startAt(job, depart + t.time(prev, here, depart), pos > 0 && !p.pinned(jobs[pos - 1]));
        if (Double.isNaN(s)) {
            return INFEASIBLE;
        }
        depart = s + p.service[job];
        if (p.slackChecks) {
            double arrive = depart + t.time(here, next, depart);
            if (pos < size) {
                return Math.max(arrive, p.windowStart[jobs[pos]]) <= latest[pos] ? extra : INFEASIBLE;
            }
            return arrive <= p.latestReturn[vehicle] ? extra : INFEASIBLE;
        }
        extra += late(job, s);
        int from = here;
        boolean movableBefore = !p.pinned(job);
        for (int i = pos; i < size; i++) {
            int j = jobs[i];
            int to = p.node[j];
            double si = startAt(j, depart + t.time(from, to, depart), movableBefore);
            if (Double.isNaN(si)) {
                return INFEASIBLE;
            }
            if (si == start[i]) {
                return extra;
            }
            extra += late(j, si) - late(j, start[i]);
            movableBefore = !p.pinned(j);
            depart = si + p.service[j];
            from = to;
        }
        return depart + t.time(from, p.endNode[vehicle], depart) <= p.latestReturn[vehicle] ? extra : INFEASIBLE;
    }
}
