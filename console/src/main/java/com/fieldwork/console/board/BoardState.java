package com.fieldwork.console.board;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.dispatch.recommend.JobRecommender;
import com.fieldwork.core.dispatch.recommend.Recommendation;
import com.fieldwork.core.dispatch.recommend.RecommendationWeights;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.organisation.Branch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One immutable picture of the board: rows (technicians grouped by branch), each technician's cards by start,
 * the queue, and the engine's plan and conflict checker over them. Built away from the FX thread; a refresh
 * builds a new one from the old and the changed cards, and the screen swaps it in whole.
 */
public final class BoardState {

    public static final BoardState EMPTY = new BoardState(
            new BoardData(new TimeSlot(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)), ZoneId.of("UTC"), List.of(),
                    List.of(), List.of(), List.of()), null);

    private final BoardData data;
    private final List<BoardRow> rows;
    private final Map<Long, DispatchTechnician> technicians;
    private final Map<Long, List<BoardJob>> byTechnician;
    private final Map<Long, BoardJob> byKey;
    private final ConflictRules rules;
    private final IncrementalConflictChecker checker;
    private final DispatchPlan plan;
    private final Map<Long, PartsReadiness> readiness = new HashMap<>();

    private BoardState(BoardData data, TravelTimes travel) {
        this.data = data;
        this.technicians = data.technicians().stream()
                .collect(Collectors.toMap(DispatchTechnician::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.rows = rows(data.branches(), data.technicians());
        this.byTechnician = new HashMap<>();
        this.byKey = new HashMap<>();
        List<Appointment> planned = new ArrayList<>();
        for (BoardJob card : data.scheduled()) {
            long technician = card.technicianId().getAsLong();
            if (technicians.containsKey(technician)) {
                byTechnician.computeIfAbsent(technician, id -> new ArrayList<>()).add(card);
                planned.add(new Appointment(card.job(), technician, card.planned().orElseThrow()));
            }
            byKey.put(card.key(), card);
        }
        byTechnician.values().forEach(cards -> cards.sort(Comparator.comparing((BoardJob c) -> c.planned().get().start())));
        data.queue().forEach(card -> byKey.put(card.key(), card));
        byKey.values().stream().filter(card -> !card.job().parts().isEmpty()).forEach(card -> readiness.put(card.key(),
                PartsReadiness.of(card.job(), card.technicianId().isPresent()
                        ? technician(card.technicianId().getAsLong()) : java.util.Optional.empty())));
        this.rules = travel == null ? null : new ConflictRules(data.technicians(), travel, data.zone());
        this.plan = new DispatchPlan(planned);
        this.checker = travel == null ? null : new IncrementalConflictChecker(rules, plan);
    }

    public static BoardState of(BoardData data, TravelTimes travel) {
        return new BoardState(data, Objects.requireNonNull(travel, "travel"));
    }

    /** This board with every card of {@code workOrderIds} replaced by {@code cards} (none: they left the board). */
    public BoardState with(Set<Long> workOrderIds, Collection<BoardJob> cards) {
        List<BoardJob> scheduled = new ArrayList<>();
        List<BoardJob> queue = new ArrayList<>();
        data.scheduled().stream().filter(c -> !workOrderIds.contains(c.order().id())).forEach(scheduled::add);
        data.queue().stream().filter(c -> !workOrderIds.contains(c.order().id())).forEach(queue::add);
        for (BoardJob card : cards) {
            (card.scheduled() ? scheduled : queue).add(card);
        }
        queue.sort(Comparator.comparing((BoardJob c) -> c.order().priority())
                .thenComparing(c -> c.order().slaDue().map(d -> d.resolutionDue()).orElse(Instant.MAX)));
        return new BoardState(new BoardData(data.range(), data.zone(), data.branches(), data.technicians(), scheduled,
                queue), rules.travel());
    }

    private static List<BoardRow> rows(List<Branch> branches, List<DispatchTechnician> technicians) {
        Map<Long, List<DispatchTechnician>> byBranch = technicians.stream()
                .collect(Collectors.groupingBy(t -> t.profile().technician().branchId()));
        List<BoardRow> rows = new ArrayList<>();
        branches.stream().sorted(Comparator.comparing(Branch::name)).forEach(branch -> {
            List<DispatchTechnician> own = byBranch.getOrDefault(branch.id(), List.of()).stream()
                    .sorted(Comparator.comparing(DispatchTechnician::name)).toList();
            if (!own.isEmpty()) {
                rows.add(new BoardRow.BranchHeading(branch, own.size()));
                own.forEach(t -> rows.add(new BoardRow.TechnicianRow(t)));
            }
        });
        return List.copyOf(rows);
    }

    /**
     * What the engine says about putting {@code card} there: a move when it is on the board, the insertion
     * of a new visit when it comes from the queue. Microseconds (the technician's timeline only): safe to ask
     * on every mouse move.
     */
    public DropFeedback check(BoardJob card, long technicianId, Instant start) {
        if (checker == null || !technicians.containsKey(technicianId)) {
            return DropFeedback.NONE;
        }
        Appointment placement = card.scheduled()
                ? new Appointment(card.job(), card.technicianId().getAsLong(), card.planned().get())
                .movedTo(technicianId, start)
                : Appointment.of(card.job(), technicianId, start);
        List<Conflict> conflicts = checker.checkPlacement(placement);
        return new DropFeedback(
                conflicts.stream().filter(Conflict::hard).map(c -> c.sentence(data.zone())).distinct().toList(),
                conflicts.stream().filter(c -> !c.hard()).map(c -> c.sentence(data.zone())).distinct().toList());
    }

    /** The engine's ranked technicians for a card on {@code day}; reads the plan only, so any thread may ask. */
    public Recommendation recommend(BoardJob card, LocalDate day, Clock clock) {
        if (checker == null) {
            return new Recommendation(card.job(), List.of(), List.of());
        }
        return new JobRecommender(rules, plan, data.technicians(), RecommendationWeights.defaults(), clock)
                .recommend(card.job(), day);
    }

    public BoardData data() {
        return data;
    }

    public ZoneId zone() {
        return data.zone();
    }

    public TimeSlot range() {
        return data.range();
    }

    public List<BoardRow> rows() {
        return rows;
    }

    public List<BoardJob> queue() {
        return data.queue();
    }

    /** The technician's cards by start; empty for a day without work. */
    public List<BoardJob> cards(long technicianId) {
        return byTechnician.getOrDefault(technicianId, List.of());
    }

    public java.util.Optional<BoardJob> card(long key) {
        return java.util.Optional.ofNullable(byKey.get(key));
    }

    public java.util.Optional<DispatchTechnician> technician(long id) {
        return java.util.Optional.ofNullable(technicians.get(id));
    }

    /**
     * Whether the card's parts are in its technician's van, reserved or missing (a queued card has no van:
     * only its reservations count); read from the state, worked out once when it was built.
     */
    public PartsReadiness partsReadiness(BoardJob card) {
        PartsReadiness known = readiness.get(card.key());
        return known != null ? known : PartsReadiness.of(card.job(), java.util.Optional.empty());
    }

    /** The rules the engine checks with; empty for the blank board shown before the first load. */
    public java.util.Optional<ConflictRules> rules() {
        return java.util.Optional.ofNullable(rules);
    }
}
