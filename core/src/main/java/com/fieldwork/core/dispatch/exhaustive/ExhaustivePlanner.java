package com.fieldwork.core.dispatch.exhaustive;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.plan.DayPlanner;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.plan.PriorityWeights;
import com.fieldwork.core.dispatch.plan.RouteTiming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The true optimum of a tiny problem, as the yardstick for the greedy planner and the optimizer: every
 * way of giving the jobs to the technicians' days, in every order, each route timed as early as it can
 * go ({@link RouteTiming}: drive, customer window, break, absences, end of the day), judged as
 * {@link PlanMetrics#BETTER_FIRST} judges (jobs left unassigned weighted by priority, then SLA breaches, then
 * travel km; the routes built have no hard violation). Branch and bound: a partial plan is dropped as soon as it cannot
 * beat the best found, using that a route's km never shrink when a visit is added (road km are
 * great-circle km × a constant, so the triangle inequality holds).
 *
 * <p>Pinned visits stay at their time; a route passes through them in time order. Visits already planned
 * but not pinned are planned afresh. "Earliest" assumes leaving later never arrives earlier; with rush
 * hours that is not quite true and the optimum is the optimum of earliest-start routes.
 */
public final class ExhaustivePlanner implements DayPlanner {

    public static final int MAX_JOBS = 8;
    public static final int MAX_TECHNICIANS = 3;

    @Override
    public PlanProposal plan(PlanningProblem problem, PlanningBudget budget) {
        List<DispatchJob> free = problem.jobs().stream().filter(j -> !j.pinned()).toList();
        if (free.size() > MAX_JOBS || problem.technicians().size() > MAX_TECHNICIANS) {
            throw new ValidationException("problem", "The exhaustive planner is for tiny problems (at most " + MAX_JOBS
                    + " jobs to place and " + MAX_TECHNICIANS + " technicians); this one has " + free.size()
                    + " jobs and " + problem.technicians().size() + " technicians: use the greedy planner or the"
                    + " optimizer");
        }
        ConflictRules rules = problem.rules();
        List<Route> routes = new ArrayList<>();
        List<Appointment> pinned = problem.current().stream().filter(a -> a.job().pinned())
                .sorted(Appointment.BY_START).toList();
        List<Appointment> keptAsIs = new ArrayList<>(pinned);
        for (var technician : problem.technicians()) {
            for (LocalDate day = problem.firstDay(); !day.isAfter(problem.lastDay()); day = day.plusDays(1)) {
                LocalDate d = day;
                RouteTiming.of(rules, technician, day).ifPresent(timing -> {
                    List<Appointment> fixed = pinned.stream().filter(a -> a.technicianId() == technician.id()
                            && a.start().atZone(problem.zone()).toLocalDate().equals(d)).toList();
                    keptAsIs.removeAll(fixed);
                    routes.add(new Route(timing, fixed, free));
                });
            }
        }
        Search search = new Search(rules, routes, free, budget);
        search.run();
        List<Appointment> appointments = new ArrayList<>(keptAsIs);
        // stopped before any complete plan: the pinned visits alone are still a plan
        appointments.addAll(search.bestAppointments.orElseGet(
                () -> pinned.stream().filter(a -> !keptAsIs.contains(a)).toList()));
        List<DispatchJob> unassigned = free.stream()
                .filter(j -> appointments.stream().noneMatch(a -> a.visitId() == j.visitId())).toList();
        return new PlanProposal(appointments, unassigned);
    }

    /** One technician's day: its timing, its pinned visits in order, and which free jobs it may take. */
    private record Route(RouteTiming timing, List<Appointment> pinned, boolean[] qualified) {
        Route(RouteTiming timing, List<Appointment> pinned, List<DispatchJob> free) {
            this(timing, pinned, qualifications(timing, free));
        }

        private static boolean[] qualifications(RouteTiming timing, List<DispatchJob> free) {
            boolean[] q = new boolean[free.size()];
            for (int j = 0; j < q.length; j++) {
                q[j] = timing.qualified(free.get(j));
            }
            return q;
        }

        GeoPoint home() {
            return timing.technician().startPoint();
        }
    }

    /** The depth-first search with its best-so-far; one per call, so the planner itself stays stateless. */
    private static final class Search {
        private static final double EPSILON = 1e-9;
        private static final int CHECK_EVERY = 4096;

        private final ConflictRules rules;
        private final List<Route> routes;
        private final List<DispatchJob> free;
        private final PlanningBudget budget;
        private final long deadline;
        /** Free jobs some route from this index on may take: the others are surely left unassigned. */
        private final int[] stillPlaceable;
        private final List<Appointment> stack = new ArrayList<>();

        private int bestUnassigned = Integer.MAX_VALUE;
        private int bestBreaches = Integer.MAX_VALUE;
        private double bestKm = Double.MAX_VALUE;
        private Optional<List<Appointment>> bestAppointments = Optional.empty();
        private long nodes;
        private boolean stopped;

        Search(ConflictRules rules, List<Route> routes, List<DispatchJob> free, PlanningBudget budget) {
            this.rules = rules;
            this.routes = routes;
            this.free = free;
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.timeLimit().toNanos();
            this.stillPlaceable = new int[routes.size() + 1];
            for (int r = routes.size() - 1; r >= 0; r--) {
                int mask = stillPlaceable[r + 1];
                for (int j = 0; j < free.size(); j++) {
                    mask |= routes.get(r).qualified()[j] ? 1 << j : 0;
                }
                stillPlaceable[r] = mask;
            }
        }

        void run() {
            int all = (1 << free.size()) - 1;
            if (routes.isEmpty()) {
                record(all, 0, 0);
            } else {
                extend(0, all, 0, null, null, 0, 0, 0);
            }
        }

        /**
         * @param pinIndex how many of this route's pinned visits are in it already
         * @param at       where the route stands (null: still at the start point, nothing done yet)
         * @param doneAt   when the last visit ends (null with {@code at})
         * @param routeKm  km driven on this route so far, without the way back
         * @param closedKm km of the routes already closed, ways back included
         */
        private void extend(int route, int remaining, int pinIndex, GeoPoint at, Instant doneAt, double routeKm,
                            double closedKm, int breaches) {
            if (stopped || outOfBudget()) {
                return;
            }
            Route r = routes.get(route);
            double back = at == null ? 0 : rules.travel().roadKm(at, r.home());
            int surelyLeft = weightOf(remaining & ~stillPlaceable[route]);
            if (!canBeat(surelyLeft, breaches, closedKm + routeKm + back)) {
                return;
            }
            GeoPoint from = at == null ? r.home() : at;
            Instant departure = doneAt == null ? r.timing().firstDeparture() : doneAt;
            Optional<Appointment> nextPinned = pinIndex < r.pinned().size()
                    ? Optional.of(r.pinned().get(pinIndex)) : Optional.empty();
            if (nextPinned.isPresent()) {
                Appointment p = nextPinned.get();
                // the first visit of a day needs no drive from home (the rules do not ask for one)
                boolean reachable = at == null || !r.timing().arrival(from, departure, p.job()).isAfter(p.start());
                if (reachable) {
                    step(route, remaining, pinIndex + 1, from, p, routeKm, closedKm, breaches);
                }
            }
            for (int j : nearestFirst(remaining, r, from)) {
                DispatchJob job = free.get(j);
                Optional<Appointment> placed = r.timing().earliestFrom(r.timing().arrival(from, departure, job), job);
                if (placed.isEmpty() || (nextPinned.isPresent() && !beforeInTime(r, placed.get(), nextPinned.get()))) {
                    continue;
                }
                step(route, remaining & ~(1 << j), pinIndex, from, placed.get(), routeKm, closedKm, breaches);
            }
            if (nextPinned.isEmpty()) {
                if (route + 1 < routes.size()) {
                    extend(route + 1, remaining, 0, null, null, 0, closedKm + routeKm + back, breaches);
                } else {
                    record(remaining, closedKm + routeKm + back, breaches);
                }
            }
        }

        private void step(int route, int remaining, int pinIndex, GeoPoint from, Appointment visit, double routeKm,
                          double closedKm, int breaches) {
            GeoPoint here = visit.job().location();
            boolean late = visit.job().slaDue().map(d -> visit.end().isAfter(d.resolutionDue())).orElse(false);
            stack.add(visit);
            extend(route, remaining, pinIndex, here, visit.end(), routeKm + rules.travel().roadKm(from, here), closedKm,
                    breaches + (late ? 1 : 0));
            stack.remove(stack.size() - 1);
        }

        /** A free visit may go before a pinned one only if it leaves time to drive there. */
        private boolean beforeInTime(Route r, Appointment visit, Appointment pinned) {
            return !r.timing().arrival(visit.job().location(), visit.end(), pinned.job()).isAfter(pinned.start());
        }

        /** Trying the nearest jobs first finds a good plan early, which makes the bound bite. */
        private List<Integer> nearestFirst(int remaining, Route r, GeoPoint from) {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < free.size(); j++) {
                if ((remaining & (1 << j)) != 0 && r.qualified()[j]) {
                    order.add(j);
                }
            }
            order.sort(Comparator.comparingDouble(j -> rules.travel().roadKm(from, free.get(j).location())));
            return order;
        }

        /** The jobs of a bit mask, weighted by priority as PlanMetrics.BETTER_FIRST counts them. */
        private int weightOf(int mask) {
            int weight = 0;
            for (int j = 0; j < free.size(); j++) {
                if ((mask & (1 << j)) != 0) {
                    weight += PriorityWeights.of(free.get(j).priority());
                }
            }
            return weight;
        }

        private boolean canBeat(int unassigned, int breaches, double km) {
            if (unassigned != bestUnassigned) {
                return unassigned < bestUnassigned;
            }
            if (breaches != bestBreaches) {
                return breaches < bestBreaches;
            }
            return km < bestKm - EPSILON;
        }

        private void record(int remaining, double km, int breaches) {
            int unassigned = weightOf(remaining);
            if (canBeat(unassigned, breaches, km)) {
                bestUnassigned = unassigned;
                bestBreaches = breaches;
                bestKm = km;
                bestAppointments = Optional.of(List.copyOf(stack));
            }
        }

        private boolean outOfBudget() {
            if (++nodes % CHECK_EVERY == 0 && (System.nanoTime() > deadline || budget.cancelled().getAsBoolean())) {
                stopped = true;
            }
            return stopped;
        }
    }
}
