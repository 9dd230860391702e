package com.fieldwork.core.dispatch.solomon;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a set of routes on a Solomon instance without any of the solver's code: recomputes the distance
 * and checks that every customer is served exactly once, each service starts by its due date, the load fits,
 * each vehicle is back at the depot in time and no more vehicles are used than the instance has.
 */
public final class SolomonEvaluator {

    /** Float slack for comparing times computed from square roots (far below the data's precision). */
    private static final double EPS = 1e-6;

    private SolomonEvaluator() {
    }

    public record Verdict(double distance, int vehicles, List<String> violations) {
        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    public static Verdict judge(SolomonInstance in, List<int[]> routes) {
        List<String> violations = new ArrayList<>();
        int n = in.customers();
        int[] served = new int[n + 1];
        double distance = 0;
        int used = 0;
        for (int[] route : routes) {
            if (route.length == 0) {
                continue;
            }
            used++;
            double time = in.ready()[0];
            double load = 0;
            int at = 0;
            for (int c : route) {
                if (c < 1 || c > n) {
                    violations.add("customer " + c + " does not exist");
                    continue;
                }
                served[c]++;
                distance += in.distance(at, c);
                double arrival = time + in.distance(at, c);
                if (arrival > in.due()[c] + EPS) {
                    violations.add("customer " + c + " reached at " + arrival + ", due " + in.due()[c]);
                }
                time = Math.max(arrival, in.ready()[c]) + in.service()[c];
                load += in.demand()[c];
                at = c;
            }
            distance += in.distance(at, 0);
            if (time + in.distance(at, 0) > in.due()[0] + EPS) {
                violations.add("a vehicle is back at the depot at " + (time + in.distance(at, 0)) + ", due "
                        + in.due()[0]);
            }
            if (load > in.capacity() + EPS) {
                violations.add("a vehicle carries " + load + " > capacity " + in.capacity());
            }
        }
        for (int c = 1; c <= n; c++) {
            if (served[c] != 1) {
                violations.add("customer " + c + " served " + served[c] + " times");
            }
        }
        if (used > in.vehicles()) {
            violations.add(used + " vehicles used, the instance has " + in.vehicles());
        }
        return new Verdict(distance, used, violations);
    }
}
