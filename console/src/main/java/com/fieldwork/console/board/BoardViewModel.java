package com.fieldwork.console.board;

import com.fieldwork.console.task.RunningTask;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.board.BoardDispatchService;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.DispatchBoardReads;
import com.fieldwork.core.dispatch.board.PlanNotAppliedException;
import com.fieldwork.core.dispatch.board.PlanProgress;
import com.fieldwork.core.dispatch.recommend.Candidate;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.security.Permission;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatch board's state and commands, without a screen. Every read and write goes through the
 * {@link TaskExecutor}; only the engine's conflict check of a drag runs on the caller's thread, because it
 * answers in microseconds from the technician's timeline and a drag needs it on every mouse move.
 */
public final class BoardViewModel {

    /** Days loaded around the first day shown, so scrolling a week needs no read. */
    static final int DAYS_LOADED = 7;

    private final DispatchBoardReads reads;
    private final BoardDispatchService dispatch;
    private final TravelTimes travel;
    private final Actor actor;
    private final Clock clock;
    private final TaskExecutor tasks;

    private final ReadOnlyObjectWrapper<BoardState> state = new ReadOnlyObjectWrapper<>(BoardState.EMPTY);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<QueueSort> queueSort = new SimpleObjectProperty<>(QueueSort.PRIORITY);
    private final ObservableList<BoardJob> queue = FXCollections.observableArrayList();
    private final ObjectProperty<BoardJob> selected = new SimpleObjectProperty<>();
    private final ObservableList<Candidate> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper suggestionsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanReview> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunningTask> planning = new ReadOnlyObjectWrapper<>();

    /** How long "Optimize day" lets the optimizer search; it can be cancelled sooner. */
    static final Duration OPTIMIZE_BUDGET = Duration.ofSeconds(10);

    public BoardViewModel(DispatchBoardReads reads, BoardDispatchService dispatch, TravelTimes travel, Actor actor,
                          Clock clock, TaskExecutor tasks) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.travel = Objects.requireNonNull(travel, "travel");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        day.set(LocalDate.now(clock));
        state.addListener((obs, old, now) -> sortQueue());
        queueSort.addListener((obs, old, now) -> sortQueue());
        selected.addListener((obs, old, now) -> suggest(now));
    }

    /** Reads the board for the days from {@link #dayProperty()} on: technicians, their visits and the queue. */
    public void load() {
        TimeSlot range = range(day.get(), state.get().data().technicians().isEmpty() ? clock.getZone() : state.get().zone());
        busy.set(true);
        status.set("Loading the board…");
        tasks.submit("Load the dispatch board", progress -> BoardState.of(reads.load(range), travel),
                loaded -> {
                    busy.set(false);
                    state.set(loaded);
                    status.set(loaded.data().scheduled().size() + " visits, " + loaded.queue().size() + " unassigned");
                }, this::failed);
    }

    /**
     * Brings the cards of these work orders and visits up to date (what the change feed named), without
     * reloading the rest of the board.
     */
    public void refresh(Set<Long> workOrderIds, Set<Long> visitIds) {
        if (workOrderIds.isEmpty() && visitIds.isEmpty()) {
            return;
        }
        BoardState before = state.get();
        Set<Long> known = new HashSet<>(workOrderIds);
        visitIds.forEach(id -> before.card(id).ifPresent(c -> known.add(c.order().id())));
        tasks.submit("Refresh the dispatch board", progress -> reads.cards(before.range(), workOrderIds, visitIds),
                cards -> apply(before, known, cards), this::failed);
    }

    /** What the engine says about the drop; called on every mouse move of a drag. */
    public DropFeedback feedback(BoardDrop drop) {
        return state.get().check(drop.card(), drop.technicianId(), drop.start());
    }

    /** True when this user may assign and move work on the board at all. */
    public boolean mayDispatch() {
        return actor.can(Permission.WORK_ORDER_ASSIGN);
    }

    /**
     * Commits a drop: assigns a queued work order or moves a visit, in the background, then refreshes that
     * work order's cards. {@code seen} are the conflicts shown at the drop; overriding any needs a reason.
     */
    public void place(BoardDrop drop, DropFeedback seen, Optional<String> reason) {
        BoardJob card = drop.card();
        Duration length = card.planned().map(TimeSlot::duration).orElse(card.job().duration());
        TimeSlot slot = TimeSlot.of(drop.start(), length);
        BoardState before = state.get();
        busy.set(true);
        status.set("Saving " + card.order().number() + "…");
        tasks.submit("Place " + card.order().number(), progress -> {
            dispatch.place(card, drop.technicianId(), slot, seen.all(), reason, actor);
            return reads.cards(before.range(), Set.of(card.order().id()), Set.of());
        }, cards -> {
            busy.set(false);
            apply(before, Set.of(card.order().id()), cards);
            status.set(card.order().number() + " " + (card.scheduled() ? "moved" : "assigned")
                    + before.technician(drop.technicianId()).map(t -> " to " + t.name()).orElse(""));
        }, this::failed);
    }

    /** The engine's ranked technicians for a queued card on the board's first day, with their explanations. */
    private void suggest(BoardJob card) {
        suggestions.clear();
        if (card == null || card.scheduled()) {
            suggestionsNote.set(card == null ? "" : "Select a job in the queue to see who could take it");
            return;
        }
        BoardState now = state.get();
        LocalDate on = day.get();
        suggestionsNote.set("Ranking technicians for " + card.order().number() + "…");
        tasks.submit("Suggest technicians for " + card.order().number(), progress -> now.recommend(card, on, clock),
                recommendation -> {
                    if (selected.get() != card) {
                        return;
                    }
                    suggestions.setAll(recommendation.ranked());
                    suggestionsNote.set(recommendation.ranked().isEmpty()
                            ? "Nobody can take " + card.order().number() + " on " + on + " ("
                            + recommendation.rejected().size() + " technicians ruled out)"
                            : recommendation.ranked().size() + (recommendation.ranked().size() == 1 ? " technician" : " technicians")
                            + " can take " + card.order().number());
                }, this::failed);
    }

    /** One click on a suggestion: the candidate's place has no hard conflict, so no reason is asked. */
    public void assign(Candidate candidate) {
        BoardJob card = selected.get();
        if (card == null) {
            return;
        }
        BoardDrop drop = new BoardDrop(card, candidate.technician().id(), candidate.placement().start());
        place(drop, feedback(drop), Optional.of("suggested: " + candidate.explanation()));
    }

    /**
     * Runs the optimizer on the board's first day (its visits and the queue) in the background, with progress
     * and Cancel; the result waits in {@link #reviewProperty()} to be accepted or discarded.
     */
    public void optimizeDay() {
        BoardPlanning planningOf = new BoardPlanning(state.get(), travel, day.get());
        status.set("Optimizing " + day.get() + "…");
        RunningTask run = tasks.submit("Optimize " + day.get(), progress -> planningOf.optimize(OPTIMIZE_BUDGET,
                        fraction -> progress.update(fraction, 1, "Optimizing " + day.get()), progress::isCancelled),
                proposal -> {
                    planning.set(null);
                    status.set(proposal.title() + ": " + proposal.summary());
                    review.set(proposal);
                }, error -> {
                    planning.set(null);
                    failed(error);
                });
        whileRunning(run, "Optimizing cancelled");
    }

    /**
     * Shows the run's progress and Cancel while it lasts. A cancelled run calls neither of its callbacks on the
     * console's executor, so its end is noticed here.
     */
    private void whileRunning(RunningTask run, String whenCancelled) {
        if (!run.runningProperty().get()) {
            return;
        }
        planning.set(run);
        run.runningProperty().addListener((obs, was, running) -> {
            if (!running && planning.get() == run) {
                planning.set(null);
                busy.set(false);
                status.set(whenCancelled);
            }
        });
    }

    /** Emergency dispatch of the selected queued job today: what the engine would insert and move. */
    public void emergency() {
        BoardJob urgent = selected.get();
        if (urgent == null || urgent.scheduled()) {
            status.set("Select an unassigned job first");
            return;
        }
        BoardPlanning planningOf = new BoardPlanning(state.get(), travel, LocalDate.now(clock));
        tasks.submit("Emergency " + urgent.order().number(), progress -> planningOf.emergency(urgent, clock),
                review::set, this::failed);
    }

    /**
     * Commits the review's placements in the background, all in one transaction, then reloads the board. If any
     * placement fails (someone moved that visit meanwhile, a rule says no now) nothing of the plan is written
     * and the failure names the job; Cancel before the commit writes nothing either.
     */
    public void acceptReview() {
        PlanReview accepted = review.get();
        if (accepted == null) {
            return;
        }
        review.set(null);
        busy.set(true);
        status.set("Saving " + accepted.title() + "…");
        RunningTask run = tasks.submit("Commit " + accepted.title(), progress -> dispatch.apply(accepted.title(),
                accepted.placements(), actor, new PlanProgress() {
                    @Override
                    public void placing(int done, int total, BoardJob card) {
                        progress.update(done, total, card.order().number().toString());
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.isCancelled();
                    }
                }).size(), written -> {
                    planning.set(null);
                    load();
                }, error -> {
                    planning.set(null);
                    if (error instanceof PlanNotAppliedException e && e.cancelled()) {
                        busy.set(false);
                        status.set(e.getMessage());
                        return;
                    }
                    failed(error);
                    load();
                });
        // The work sees a cancel before its next placement or its commit and rolls back. A cancel that comes
        // while the database commits is too late; the change feed then brings the plan onto the board.
        whileRunning(run, accepted.title() + " was cancelled: nothing of it was saved");
    }

    public void discardReview() {
        review.set(null);
    }

    private void apply(BoardState before, Set<Long> workOrderIds, List<BoardJob> cards) {
        Set<Long> affected = new HashSet<>(workOrderIds);
        cards.forEach(c -> affected.add(c.order().id()));
        BoardState current = state.get();
        BoardState next = (current == before ? before : current).with(affected, cards);
        state.set(next);
        BoardJob chosen = selected.get();
        if (chosen != null && affected.contains(chosen.order().id())) {
            selected.set(null);
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(error.getMessage());
        failure.set(null);
        failure.set(error);
    }

    private void sortQueue() {
        queue.setAll(state.get().queue().stream().sorted(queueSort.get().order()).toList());
    }

    private static TimeSlot range(LocalDate first, ZoneId zone) {
        Instant from = first.atStartOfDay(zone).toInstant();
        return new TimeSlot(from, first.plusDays(DAYS_LOADED).atStartOfDay(zone).toInstant());
    }

    public ReadOnlyObjectProperty<BoardState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<QueueSort> queueSortProperty() {
        return queueSort;
    }

    /** The unassigned queue in the chosen order. */
    public ObservableList<BoardJob> queue() {
        return FXCollections.unmodifiableObservableList(queue);
    }

    public ObjectProperty<BoardJob> selectedProperty() {
        return selected;
    }

    public ObservableList<Candidate> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    public ReadOnlyStringProperty suggestionsNoteProperty() {
        return suggestionsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure (a stale save names who changed the visit and when); the view shows it. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A proposal waiting to be accepted or discarded; null when there is none. */
    public ReadOnlyObjectProperty<PlanReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The optimizer's run while it lasts (progress, Cancel); null otherwise. */
    public ReadOnlyObjectProperty<RunningTask> planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }
}
