package com.fieldwork.core.dispatch.optimize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/** The order left-out jobs are put back in (SISR's mix), heavier jobs always first. */
final class Insertion {

    private Insertion() {
    }

    static void order(int[] jobs, RoutingProblem p, SplittableRandom random) {
        int n = jobs.length;
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int tmp = jobs[i];
            jobs[i] = jobs[k];
            jobs[k] = tmp;
        }
        Integer[] boxed = Arrays.stream(jobs).boxed().toArray(Integer[]::new);
        int depot = p.vehicles > 0 ? p.startNode[0] : 0;
        int pick = random.nextInt(11);
        Comparator<Integer> by;
        if (pick < 4) {
            by = (a, b) -> 0;
        } else if (pick < 8) {
            by = Comparator.comparingDouble(j -> -p.demand[j]);
        } else if (pick < 10) {
            by = Comparator.comparingDouble(j -> -p.travel.distance(depot, p.node[j]));
        } else {
            by = Comparator.comparingDouble(j -> p.travel.distance(depot, p.node[j]));
        }
        Arrays.sort(boxed, Comparator.comparingDouble((Integer j) -> -p.weight[j]).thenComparing(by));
        for (int i = 0; i < n; i++) {
            jobs[i] = boxed[i];
        }
    }
}
