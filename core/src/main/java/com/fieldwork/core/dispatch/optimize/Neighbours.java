package com.fieldwork.core.dispatch.optimize;

import java.util.PriorityQueue;

/** Distance facts the solver derives once: each job's nearest jobs, and the problem's length scales. */
final class Neighbours {

    private Neighbours() {
    }

    /** Each job's {@code k} nearest other jobs, nearest first. */
    static int[][] nearest(RoutingProblem p, int k) {
        int n = p.jobs;
        int keep = Math.min(k, Math.max(n - 1, 0));
        int[][] out = new int[n][];
        RoutingTravel t = p.travel;
        for (int i = 0; i < n; i++) {
            // max-heap of the closest seen so far
            PriorityQueue<double[]> heap = new PriorityQueue<>(keep + 1, (a, b) -> Double.compare(b[0], a[0]));
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double d = t.distance(p.node[i], p.node[j]);
                if (heap.size() < keep) {
                    heap.add(new double[] {d, j});
                } else if (keep > 0 && d < heap.peek()[0]) {
                    heap.poll();
                    heap.add(new double[] {d, j});
                }
            }
            int[] row = new int[heap.size()];
            for (int r = row.length - 1; r >= 0; r--) {
                row[r] = (int) heap.poll()[1];
            }
            out[i] = row;
        }
        return out;
    }

    /** Mean distance from a job to its nearest other job: the scale of one detour. */
    static double meanNearest(RoutingProblem p, int[][] nearest) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < p.jobs; i++) {
            if (nearest[i].length > 0) {
                sum += p.travel.distance(p.node[i], p.node[nearest[i][0]]);
                count++;
            }
        }
        return count == 0 || sum == 0 ? 1 : sum / count;
    }

    /** An upper bound on any one leg: twice the farthest job from any (sampled) depot. */
    static double longestLeg(RoutingProblem p) {
        double max = 0;
        int step = Math.max(1, p.vehicles / 50);
        for (int v = 0; v < p.vehicles; v += step) {
            for (int j = 0; j < p.jobs; j++) {
                max = Math.max(max, p.travel.distance(p.startNode[v], p.node[j]));
            }
        }
        return 2 * max + 1;
    }
}
