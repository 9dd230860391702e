package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.PlanPlacement;
import com.fieldwork.core.dispatch.emergency.EmergencyDispatcher;
import com.fieldwork.core.dispatch.emergency.EmergencyPlacement;
import com.fieldwork.core.dispatch.emergency.InsertionOption;
import com.fieldwork.core.dispatch.optimize.OptimizingPlanner;
import com.fieldwork.core.dispatch.plan.PlanDiff;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.travel.TravelTimes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The board's day as the engine's planning problem, and the engine's answers as reviews: "Optimize day" runs
 * the {@link OptimizingPlanner}, "Emergency" the {@link EmergencyDispatcher}. No rule is decided here.
 */
final class BoardPlanning {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final BoardState state;
    private final TravelTimes travel;
    private final LocalDate day;

    BoardPlanning(BoardState state, TravelTimes travel, LocalDate day) {
        this.state = state;
        this.travel = travel;
        this.day = day;
    }

    /**
     * The day's visits (pinned ones stay) and the queue, on the day's technicians; {@code without} is left out
     * (the emergency dispatcher inserts a job that is not yet part of the plan).
     */
    PlanningProblem problem(Optional<BoardJob> without) {
        ZoneId zone = state.zone();
        List<Appointment> current = new ArrayList<>();
        List<DispatchJob> jobs = new ArrayList<>();
        for (BoardJob card : state.data().scheduled()) {
            Appointment a = new Appointment(card.job(), card.technicianId().getAsLong(), card.planned().orElseThrow());
            if (a.start().atZone(zone).toLocalDate().equals(day) && state.technician(a.technicianId()).isPresent()) {
                current.add(a);
                jobs.add(card.job());
            }
        }
        state.queue().stream().filter(card -> without.map(w -> w.key() != card.key()).orElse(true))
                .forEach(card -> jobs.add(card.job()));
        return new PlanningProblem(state.data().technicians(), jobs, current, day, day, zone, travel);
    }

    PlanReview optimize(Duration budget, DoubleConsumer progress, BooleanSupplier cancelled) {
        PlanningProblem problem = problem(Optional.empty());
        PlanProposal proposal = new OptimizingPlanner().plan(problem,
                new PlanningBudget(budget, (fraction, best) -> progress.accept(fraction), cancelled));
        PlanDiff diff = PlanDiff.between(problem.current(), proposal);
        List<String> lines = new ArrayList<>();
        List<PlanPlacement> placements = new ArrayList<>();
        int assigned = 0;
        int moved = 0;
        int unassigned = 0;
        for (PlanDiff.Change change : diff.changes()) {
            BoardJob card = state.card(change.job().visitId()).orElseThrow();
            if (change instanceof PlanDiff.Assigned a) {
                assigned++;
                lines.add("Assign " + card.order().number() + " to " + name(a.to()) + " at " + slot(a.to()));
                placements.add(new PlanPlacement(card, Optional.of(a.to())));
            } else if (change instanceof PlanDiff.Moved m) {
                moved++;
                lines.add("Move " + card.order().number() + " from " + name(m.from()) + " " + slot(m.from()) + " to "
                        + name(m.to()) + " " + slot(m.to()));
                placements.add(new PlanPlacement(card, Optional.of(m.to())));
            } else if (change instanceof PlanDiff.Unassigned u) {
                unassigned++;
                lines.add("Take " + card.order().number() + " off " + name(u.from()) + "'s day (" + slot(u.from())
                        + "): no place for it");
                placements.add(new PlanPlacement(card, Optional.empty()));
            }
        }
        return new PlanReview("Optimized plan for " + day, assigned + " assigned, " + moved + " moved, " + unassigned
                + " taken off", lines, placements);
    }

    PlanReview emergency(BoardJob urgent, Clock clock) {
        EmergencyPlacement placement = new EmergencyDispatcher(clock).place(problem(Optional.of(urgent)),
                urgent.job());
        Optional<InsertionOption> chosen = placement.chosen();
        if (chosen.isEmpty()) {
            List<String> why = new ArrayList<>();
            placement.rejected().forEach(r -> why.add(r.technician().name() + ": " + String.join("; ", r.reasons())));
            return new PlanReview("Nobody can take " + urgent.order().number() + " today", "", why, List.of());
        }
        InsertionOption option = chosen.get();
        List<PlanPlacement> placements = new ArrayList<>();
        placements.add(new PlanPlacement(urgent, Optional.of(option.placement())));
        for (PlanDiff.Moved m : option.moved()) {
            placements.add(new PlanPlacement(state.card(m.job().visitId()).orElseThrow(), Optional.of(m.to())));
        }
        return new PlanReview("Emergency: " + urgent.order().number() + " to " + option.technician().name(),
                option.summary(), option.sentences(), placements);
    }

    private String name(Appointment a) {
        return state.technician(a.technicianId()).map(t -> t.name()).orElse("#" + a.technicianId());
    }

    private String slot(Appointment a) {
        return TIME.format(a.start().atZone(state.zone())) + "–" + TIME.format(a.end().atZone(state.zone()));
    }
}
