package com.fieldwork.core.dispatch.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle-routing problem with time windows, the shape the optimizer works on. Jobs are numbered
 * 0..jobs-1 and sit on nodes of the travel function; each vehicle (a technician's day) leaves its start
 * node at the shift start and ends at its end node. Hard: compatibility, shift, job windows, blocked
 * intervals (absences, breaks), capacity, pinned starts. Medium: unassigned jobs by weight. Soft: distance,
 * SLA lateness, workload fairness. Times are in one unit throughout (seconds for the field, the instance's
 * own unit for Solomon). Built with {@link Builder}; immutable afterwards.
 */
public final class RoutingProblem {

    /** Cost of an SLA breach: a fixed part and a part per time unit late (soft). */
    public record LatenessCost(double perBreach, double perUnitLate) {
        public static final LatenessCost NONE = new LatenessCost(0, 0);
    }

    final int jobs;
    final int vehicles;
    final int[] node;
    final double[] service;
    final double[] windowStart;
    final double[] windowEnd;
    final double[] demand;
    final double[] weight;
    final double[] due;
    final int[] pinnedVehicle;
    final int[] startNode;
    final int[] endNode;
    final double[] shiftStart;
    final double[] shiftEnd;
    final double[] latestReturn;
    final double[] capacity;
    final int[] vehicleClass;
    final double[][][] blocked;
    final BitSet[] compatible;
    final RoutingTravel travel;
    final LatenessCost lateness;
    final double fairnessWeight;
    /** No rush hours, no blocked intervals, no SLA: insertion checks can use precomputed slack in O(1). */
    final boolean slackChecks;
    /** {@link #vehicleClass} renumbered 0..k-1. */
    final int[] classIndex;

    private RoutingProblem(Builder b) {
        this.jobs = b.jobs.size();
        this.vehicles = b.vehicles.size();
        this.travel = Objects.requireNonNull(b.travel, "travel");
        this.lateness = b.lateness;
        this.fairnessWeight = b.fairnessWeight;
        node = new int[jobs];
        service = new double[jobs];
        windowStart = new double[jobs];
        windowEnd = new double[jobs];
        demand = new double[jobs];
        weight = new double[jobs];
        due = new double[jobs];
        pinnedVehicle = new int[jobs];
        compatible = new BitSet[jobs];
        boolean anySla = false;
        boolean anyPinned = false;
        for (int j = 0; j < jobs; j++) {
            Job job = b.jobs.get(j);
            node[j] = job.node;
            service[j] = job.service;
            windowStart[j] = job.windowStart;
            windowEnd[j] = job.windowEnd;
            demand[j] = job.demand;
            weight[j] = job.weight;
            due[j] = job.due;
            pinnedVehicle[j] = job.pinnedVehicle;
            compatible[j] = job.compatible == null ? allVehicles(b.vehicles.size()) : job.compatible;
            anySla |= job.due < Double.POSITIVE_INFINITY;
            anyPinned |= job.pinnedVehicle >= 0;
        }
        startNode = new int[vehicles];
        endNode = new int[vehicles];
        shiftStart = new double[vehicles];
        shiftEnd = new double[vehicles];
        latestReturn = new double[vehicles];
        capacity = new double[vehicles];
        vehicleClass = new int[vehicles];
        blocked = new double[vehicles][][];
        boolean anyBlocked = false;
        for (int v = 0; v < vehicles; v++) {
            Vehicle vehicle = b.vehicles.get(v);
            startNode[v] = vehicle.startNode;
            endNode[v] = vehicle.endNode;
            shiftStart[v] = vehicle.shiftStart;
            shiftEnd[v] = vehicle.shiftEnd;
            latestReturn[v] = vehicle.latestReturn;
            capacity[v] = vehicle.capacity;
            vehicleClass[v] = vehicle.vehicleClass < 0 ? -1 - v : vehicle.vehicleClass;
            blocked[v] = vehicle.blockedIntervals();
            anyBlocked |= blocked[v].length > 0;
        }
        this.slackChecks = !travel.timeDependent() && !anyBlocked && !(anySla && lateness.perBreach() + lateness.perUnitLate() > 0)
                && fairnessWeight == 0 && !anyPinned;
        classIndex = denseClasses(vehicleClass);
    }

    private static int[] denseClasses(int[] classes) {
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        int[] dense = new int[classes.length];
        for (int v = 0; v < classes.length; v++) {
            dense[v] = seen.computeIfAbsent(classes[v], c -> seen.size());
        }
        return dense;
    }

    private static BitSet allVehicles(int n) {
        BitSet all = new BitSet(n);
        all.set(0, n);
        return all;
    }

    public int jobCount() {
        return jobs;
    }

    public int vehicleCount() {
        return vehicles;
    }

    public RoutingTravel travel() {
        return travel;
    }

    public boolean pinned(int job) {
        return pinnedVehicle[job] >= 0;
    }

    public static Builder builder(RoutingTravel travel) {
        return new Builder(travel);
    }

    /** A job as the builder takes it; chain the optional parts. */
    public static final class Job {
        private final int node;
        private final double service;
        private double windowStart = Double.NEGATIVE_INFINITY;
        private double windowEnd = Double.POSITIVE_INFINITY;
        private double demand;
        private double weight = 1;
        private double due = Double.POSITIVE_INFINITY;
        private int pinnedVehicle = -1;
        private BitSet compatible;

        public Job(int node, double service) {
            if (service < 0) {
                throw new IllegalArgumentException("A service time cannot be negative: " + service);
            }
            this.node = node;
            this.service = service;
        }

        /** The service must start inside [from, to]. */
        public Job window(double from, double to) {
            windowStart = from;
            windowEnd = to;
            return this;
        }

        public Job demand(double amount) {
            demand = amount;
            return this;
        }

        /** What leaving the job unassigned costs, relative to other jobs. */
        public Job weight(double w) {
            weight = w;
            return this;
        }

        /** The service should end by then (soft). */
        public Job due(double at) {
            due = at;
            return this;
        }

        /** Fixed on this vehicle at this start: never moved, never dropped. */
        public Job pinned(int vehicle, double start) {
            pinnedVehicle = vehicle;
            windowStart = start;
            windowEnd = start;
            return this;
        }

        public Job compatibleWith(BitSet vehicles) {
            compatible = (BitSet) vehicles.clone();
            return this;
        }
    }

    /** A vehicle (a technician's day) as the builder takes it. */
    public static final class Vehicle {
        private final int startNode;
        private final int endNode;
        private final double shiftStart;
        private final double shiftEnd;
        private double latestReturn = Double.POSITIVE_INFINITY;
        private double capacity = Double.POSITIVE_INFINITY;
        private int vehicleClass = -1;
        private final List<double[]> blocked = new ArrayList<>();

        /** Services happen inside [shiftStart, shiftEnd]; the vehicle leaves its start node at shiftStart. */
        public Vehicle(int startNode, int endNode, double shiftStart, double shiftEnd) {
            this.startNode = startNode;
            this.endNode = endNode;
            this.shiftStart = shiftStart;
            this.shiftEnd = shiftEnd;
        }

        /** Back at the end node by then (Solomon's depot due date). */
        public Vehicle latestReturn(double at) {
            latestReturn = at;
            return this;
        }

        public Vehicle capacity(double c) {
            capacity = c;
            return this;
        }

        /**
         * Vehicles of one class are interchangeable (same depot, shift, capacity, compatibility): the
         * solver tries only one empty vehicle per class. Unclassed vehicles are each their own class.
         */
        public Vehicle vehicleClass(int c) {
            vehicleClass = c;
            return this;
        }

        /** No service may share an instant with [from, to) (an absence, a break). */
        public Vehicle blocked(double from, double to) {
            if (to > from) {
                blocked.add(new double[] {from, to});
            }
            return this;
        }

        private double[][] blockedIntervals() {
            double[][] sorted = blocked.toArray(double[][]::new);
            Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
            return sorted;
        }
    }

    public static final class Builder {
        private final RoutingTravel travel;
        private final List<Job> jobs = new ArrayList<>();
        private final List<Vehicle> vehicles = new ArrayList<>();
        private LatenessCost lateness = LatenessCost.NONE;
        private double fairnessWeight;

        private Builder(RoutingTravel travel) {
            this.travel = travel;
        }

        /** @return the job's number */
        public int job(Job job) {
            jobs.add(job);
            return jobs.size() - 1;
        }

        /** @return the vehicle's number */
        public int vehicle(Vehicle vehicle) {
            vehicles.add(vehicle);
            return vehicles.size() - 1;
        }

        public Builder lateness(LatenessCost cost) {
            lateness = Objects.requireNonNull(cost);
            return this;
        }

        /** Weight of the sum over vehicles of (service time in the model's unit)²: spreads the load. */
        public Builder fairness(double w) {
            fairnessWeight = w;
            return this;
        }

        public RoutingProblem build() {
            for (Job job : jobs) {
                if (job.pinnedVehicle >= vehicles.size()) {
                    throw new IllegalArgumentException("A job is pinned to vehicle " + job.pinnedVehicle
                            + ", which does not exist");
                }
                if (job.pinnedVehicle >= 0) {
                    BitSet only = new BitSet();
                    only.set(job.pinnedVehicle);
                    job.compatible = only;
                }
            }
            return new RoutingProblem(this);
        }
    }
}
