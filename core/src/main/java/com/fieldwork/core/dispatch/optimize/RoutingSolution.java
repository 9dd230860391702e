package com.fieldwork.core.dispatch.optimize;

import java.util.List;

/**
 * A solver's answer: each vehicle's jobs in visiting order with their service starts, and the jobs left
 * out. Every route in it is feasible by the model's hard rules.
 *
 * @param routes     per vehicle, the job numbers in order
 * @param starts     per vehicle, the service start of each of those jobs
 * @param unassigned jobs on no route
 * @param distance   total distance, depot to depot
 * @param cost       the soft cost (distance, lateness, fairness)
 * @param lateJobs   jobs ending after their due time
 */
public record RoutingSolution(List<int[]> routes, List<double[]> starts, int[] unassigned, double distance,
                              double unassignedWeight, double cost, int lateJobs, long iterations) {

    public int assignedCount() {
        return routes.stream().mapToInt(r -> r.length).sum();
    }

    public int usedVehicles() {
        return (int) routes.stream().filter(r -> r.length > 0).count();
    }
}
