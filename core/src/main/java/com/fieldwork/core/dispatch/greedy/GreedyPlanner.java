package com.fieldwork.core.dispatch.greedy;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.dispatch.plan.DayPlanner;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.plan.PlanningProgress;
import com.fieldwork.core.dispatch.recommend.FreeSlotFinder;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.technician.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline a dispatcher would do by hand: jobs in priority order (then the SLA due soonest), each to
 * the nearest qualified technician who has a free place for it, on the first day of the horizon where
 * anyone has. "Nearest" is the detour the job adds to that technician's day; a place that keeps the SLA
 * beats one that breaks it. "A free place" is the earliest start with no hard conflict
 * ({@link FreeSlotFinder}, incremental checks against the technician's sorted timeline), so the plan
 * never has a hard violation the planner made itself.
 *
 * <p>Pinned visits stay exactly where they are. Other visits already planned stay where they are when
 * they have no hard conflict there (in priority order); the rest are planned again like unassigned jobs.
 * Nothing is ever moved to make room: a job without a free place anywhere is left unassigned.
 */
public final class GreedyPlanner implements DayPlanner {

    /** Jobs placed between progress reports and checks of the budget. */
    private static final int REPORT_EVERY = 50;

    static final Comparator<DispatchJob> PRIORITY_ORDER = Comparator
            .comparing(DispatchJob::priority)
            .thenComparing(j -> j.slaDue().map(SlaDue::resolutionDue).orElse(Instant.MAX))
            .thenComparingLong(DispatchJob::visitId);

    @Override
    public PlanProposal plan(PlanningProblem problem, PlanningBudget budget) {
        long started = System.nanoTime();
        long limit = budget.timeLimit().toNanos();
        ConflictRules rules = problem.rules();
        DispatchPlan plan = new DispatchPlan(problem.current().stream().filter(a -> a.job().pinned()).toList());
        IncrementalConflictChecker checker = new IncrementalConflictChecker(rules, plan);
        FreeSlotFinder slots = new FreeSlotFinder(rules, plan);
        DayRoom room = new DayRoom(rules, plan);

        List<DispatchJob> toPlace = new ArrayList<>(problem.unassigned());
        problem.current().stream().filter(a -> !a.job().pinned())
                .sorted(Comparator.comparing(Appointment::job, PRIORITY_ORDER))
                .forEach(a -> {
                    if (checker.checkPlacement(a).stream().noneMatch(Conflict::hard)) {
                        plan.place(a);
                        room.changed(a);
                    } else {
                        toPlace.add(a.job());
                    }
                });
        toPlace.sort(PRIORITY_ORDER);

        List<DispatchJob> unassigned = new ArrayList<>();
        for (int i = 0; i < toPlace.size(); i++) {
            DispatchJob job = toPlace.get(i);
            boolean outOfTime = System.nanoTime() - started > limit || budget.cancelled().getAsBoolean();
            Optional<Appointment> place = outOfTime ? Optional.empty()
                    : nearestFreePlace(problem, rules, slots, room, job);
            place.ifPresentOrElse(a -> {
                plan.place(a);
                room.changed(a);
            }, () -> unassigned.add(job));
            if (i % REPORT_EVERY == 0 && budget.progress() != PlanningProgress.NONE) {
                List<DispatchJob> notYet = new ArrayList<>(unassigned);
                notYet.addAll(toPlace.subList(i + 1, toPlace.size()));
                PlanProposal sofar = new PlanProposal(plan.snapshot(), notYet);
                budget.progress().update((double) i / toPlace.size(), PlanMetrics.of(problem, sofar));
            }
        }
        return new PlanProposal(plan.snapshot(), unassigned);
    }

    private record Choice(Appointment appointment, boolean breachesSla, double detourKm) {
        static final Comparator<Choice> BEST_FIRST = Comparator.comparing(Choice::breachesSla)
                .thenComparingDouble(Choice::detourKm)
                .thenComparing(c -> c.appointment().start())
                .thenComparingLong(c -> c.appointment().technicianId());
    }

    /** A technician worth a slot search, with a floor under the detour the job could cost them. */
    private record Prospect(DispatchTechnician technician, WorkingHours hours, double leastDetourKm) {
    }

    private static Optional<Appointment> nearestFreePlace(PlanningProblem problem, ConflictRules rules,
                                                          FreeSlotFinder slots, DayRoom room, DispatchJob job) {
        for (LocalDate day = problem.firstDay(); !day.isAfter(problem.lastDay()); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(problem.zone()).toInstant();
            List<Prospect> prospects = new ArrayList<>();
            for (DispatchTechnician technician : problem.technicians()) {
                Optional<WorkingHours> hours = technician.profile().hoursOn(day.getDayOfWeek());
                if (hours.isPresent() && qualified(technician, job, day)
                        && room.roomFor(technician.id(), day, hours.get(), job.duration())) {
                    prospects.add(new Prospect(technician, hours.get(),
                            room.leastDetourKm(technician, day, hours.get(), job.location())));
                }
            }
            prospects.sort(Comparator.comparingDouble(Prospect::leastDetourKm));
            Choice best = null;
            for (Prospect prospect : prospects) {
                if (best != null && !best.breachesSla() && prospect.leastDetourKm() > best.detourKm()) {
                    break; // nobody further down the list can be nearer
                }
                Optional<FreeSlotFinder.Placement> place = slots.earliest(job, prospect.technician(), prospect.hours(),
                        day, dayStart);
                if (place.isPresent()) {
                    Choice choice = choice(rules.travel(), prospect.technician(), place.get());
                    if (best == null || Choice.BEST_FIRST.compare(choice, best) < 0) {
                        best = choice;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best.appointment());
            }
        }
        return Optional.empty();
    }

    private static boolean qualified(DispatchTechnician technician, DispatchJob job, LocalDate day) {
        return job.skills().stream().allMatch(s -> technician.qualifiedFor(s, day));
    }

    /** The detour: to the job and on to what came next, less the drive it replaces (home when last). */
    private static Choice choice(TravelTimes travel, DispatchTechnician technician, FreeSlotFinder.Placement place) {
        Appointment at = place.appointment();
        GeoPoint from = place.comesFrom();
        GeoPoint then = place.next().map(n -> n.job().location()).orElse(technician.startPoint());
        GeoPoint here = at.job().location();
        double detour = travel.roadKm(from, here) + travel.roadKm(here, then) - travel.roadKm(from, then);
        boolean breaches = at.job().slaDue().map(d -> at.end().isAfter(d.resolutionDue())).orElse(false);
        return new Choice(at, breaches, detour);
    }

    /**
     * The longest free stretch per technician and day (between visits, the shift's ends and the break),
     * recomputed only after that day changes: a job longer than it cannot fit, so most technicians are
     * skipped without a slot search late in a big run, when days are nearly full.
     */
    private static final class DayRoom {
        private record Key(long technicianId, LocalDate day) {
        }

        private final ConflictRules rules;
        private final DispatchPlan plan;
        private final Map<Key, Duration> longestGap = new HashMap<>();

        DayRoom(ConflictRules rules, DispatchPlan plan) {
            this.rules = rules;
            this.plan = plan;
        }

        void changed(Appointment a) {
            longestGap.remove(new Key(a.technicianId(), a.start().atZone(rules.zone()).toLocalDate()));
        }

        /**
         * The cheapest detour over every gap of the day (start point, the visits in order, start point): the
         * place the slot search finds is one of those gaps, so its detour is never less.
         */
        double leastDetourKm(DispatchTechnician technician, LocalDate day, WorkingHours hours, GeoPoint job) {
            var travel = rules.travel();
            GeoPoint home = technician.startPoint();
            GeoPoint from = home;
            double least = Double.MAX_VALUE;
            for (Appointment a : plan.timeline(technician.id()).startingBetween(
                    day.atStartOfDay(rules.zone()).toInstant(), rules.shift(hours, day).end())) {
                GeoPoint to = a.job().location();
                least = Math.min(least, travel.roadKm(from, job) + travel.roadKm(job, to) - travel.roadKm(from, to));
                from = to;
            }
            return Math.min(least, travel.roadKm(from, job) + travel.roadKm(job, home) - travel.roadKm(from, home));
        }

        boolean roomFor(long technicianId, LocalDate day, WorkingHours hours, Duration needed) {
            Duration gap = longestGap.computeIfAbsent(new Key(technicianId, day), k -> longestGap(k, hours));
            return needed.compareTo(gap) <= 0;
        }

        private Duration longestGap(Key key, WorkingHours hours) {
            TimeSlot shift = rules.shift(hours, key.day());
            List<TimeSlot> busy = new ArrayList<>();
            plan.timeline(key.technicianId()).startingBetween(key.day().atStartOfDay(rules.zone()).toInstant(),
                    shift.end()).forEach(a -> busy.add(a.slot()));
            hours.breakStart().filter(b -> hours.breakMinutes() > 0).ifPresent(b -> busy.add(TimeSlot.of(
                    key.day().atTime(b).atZone(rules.zone()).toInstant(), Duration.ofMinutes(hours.breakMinutes()))));
            busy.sort(Comparator.comparing(TimeSlot::start));
            Duration longest = Duration.ZERO;
            Instant free = shift.start();
            for (TimeSlot slot : busy) {
                if (slot.start().isAfter(free)) {
                    Duration gap = Duration.between(free, slot.start());
                    longest = gap.compareTo(longest) > 0 ? gap : longest;
                }
                free = slot.end().isAfter(free) ? slot.end() : free;
            }
            Duration last = shift.end().isAfter(free) ? Duration.between(free, shift.end()) : Duration.ZERO;
            return last.compareTo(longest) > 0 ? last : longest;
        }
    }
}
