package com.fieldwork.console.calendar;

import com.fieldwork.console.schedule.ChangedEntities;
import com.fieldwork.console.schedule.DispatchContext;
import com.fieldwork.console.schedule.ScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.Move;
import com.fieldwork.core.workorder.WorkOrderStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The calendar of one technician or one team over the dates on screen. A visit dropped at a new time is
 * checked with the board's conflict rules (core's incremental checker, in memory); with conflicts the
 * dispatcher confirms with a reason or keeps it, a visit in progress or locked is refused. Saving goes
 * through the visit repository with the version read, in the background; a stale version is reported
 * with who changed it and when, and the visit reloaded.
 */
public final class CalendarViewModel {

    static final String PLAIN_MOVE_REASON = "Rescheduled in the calendar";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleSource source;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<Actor> actor;

    private final ObservableList<CalendarScope> scopes = FXCollections.observableArrayList();
    private final ObservableList<CalendarScope> scopesView = FXCollections.unmodifiableObservableList(scopes);
    private final ObjectProperty<CalendarScope> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObservableList<ScheduledVisit> visits = FXCollections.observableArrayList();
    private final ObservableList<ScheduledVisit> visitsView = FXCollections.unmodifiableObservableList(visits);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private ZoneId zone = ZoneId.systemDefault();
    private final Map<Long, String> names = new HashMap<>();
    private LocalDate from;
    private LocalDate until;
    private DispatchContext context;
    private long generation;
    private LongConsumer onOpenWorkOrder = id -> { };
    private Consumer<String> onProblem = message -> { };

    public CalendarViewModel(ScheduleSource source, TaskExecutor executor, Clock clock, Supplier<Actor> actor) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        scope.addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                reload();
            }
        });
    }

    /** Reads the technicians and teams to choose from; selects the first team. */
    public void loadScopes() {
        executor.submit("Loading technicians", progress -> new Scopes(source.zone(), source.technicians()),
                this::showScopes, this::failed);
    }

    private record Scopes(ZoneId zone, List<TechnicianSummary> technicians) {
    }

    private void showScopes(Scopes loaded) {
        zone = loaded.zone;
        names.clear();
        loaded.technicians.forEach(t -> names.put(t.id(), t.name()));
        Map<Long, List<TechnicianSummary>> byBranch = new LinkedHashMap<>();
        loaded.technicians.forEach(t -> byBranch.computeIfAbsent(t.branchId(), b -> new ArrayList<>()).add(t));
        List<CalendarScope> all = new ArrayList<>();
        byBranch.values().forEach(team -> all.add(new CalendarScope("Team " + team.get(0).branchName(),
                team.stream().map(TechnicianSummary::id).toList(), true)));
        loaded.technicians.forEach(t -> all.add(new CalendarScope(t.name() + " (" + t.branchName() + ")",
                List.of(t.id()), false)));
        scopes.setAll(all);
        if (scope.get() == null && !all.isEmpty()) {
            scope.set(all.get(0));
        }
    }

    /** The dates on screen, {@code until} exclusive; reloads when they change. */
    public void showDates(LocalDate start, LocalDate endExclusive) {
        if (start.equals(from) && endExclusive.equals(until)) {
            return;
        }
        from = start;
        until = endExclusive;
        reload();
    }

    /** Reads the visits on screen and the engine's view of them, in one background task. */
    public void reload() {
        CalendarScope wanted = scope.get();
        if (wanted == null || from == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        executor.submit("Loading the calendar", progress -> {
            TimeSlot range = range(source.zone());
            return new Loaded(source.visits(wanted.technicianIds(), range),
                    source.dispatchContext(wanted.technicianIds(), range));
        }, loaded -> {
            if (mine == generation) { // a newer request (another team, other dates) supersedes this one
                visits.setAll(loaded.visits);
                context = loaded.context;
                loading.set(false);
                status.set(visits.size() + " visits · " + wanted.label());
            }
        }, this::failed);
    }

    private record Loaded(List<ScheduledVisit> visits, DispatchContext context) {
    }

    /**
     * The dispatcher dropped a visit at {@code newStart} (same technician, same length): checks it, asks
     * for a reason when it conflicts, and saves it in the background.
     */
    public DropOutcome drop(long visitId, Instant newStart, ReasonPrompt prompt) {
        Optional<ScheduledVisit> found = visits.stream().filter(v -> v.visitId() == visitId).findFirst();
        if (found.isEmpty() || found.get().planned().isEmpty() || found.get().technicianId().isEmpty()) {
            return refuse("This visit is not planned for anyone in this calendar");
        }
        ScheduledVisit visit = found.get();
        if (visit.finished()) {
            return refuse(visit.number() + " is " + visit.status().label().toLowerCase(Locale.ROOT) + " and stays where it was");
        }
        if (context == null) {
            return refuse("The calendar is still loading; try again in a moment");
        }
        long technicianId = visit.technicianId().getAsLong();
        TimeSlot slot = TimeSlot.of(newStart, visit.planned().get().duration());
        List<Conflict> conflicts;
        try {
            conflicts = context.checker().checkMove(new Move(visitId, technicianId, newStart));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
        Optional<Conflict> pinned = conflicts.stream().filter(c -> c instanceof Conflict.PinnedVisitMoved).findFirst();
        if (pinned.isPresent()) {
            return refuse(pinned.get().sentence(zone));
        }
        if (conflicts.isEmpty()) {
            save(visit, technicianId, slot, PLAIN_MOVE_REASON);
            return DropOutcome.SAVING;
        }
        List<String> sentences = conflicts.stream().map(c -> (c.hard() ? "" : "Risk: ") + c.sentence(zone)).toList();
        Optional<String> reason = prompt.askReason(visit, describe(slot), sentences).map(String::trim)
                .filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
            status.set(visit.number() + " not moved: " + sentences.get(0));
            return DropOutcome.KEPT;
        }
        save(visit, technicianId, slot, "Rescheduled in the calendar despite: " + String.join("; ", sentences)
                + " — reason: " + reason.get());
        return DropOutcome.SAVING;
    }

    private DropOutcome refuse(String why) {
        status.set(why);
        onProblem.accept(why);
        return DropOutcome.REFUSED;
    }

    private void save(ScheduledVisit visit, long technicianId, TimeSlot slot, String reason) {
        Actor who = actor.get();
        status.set("Moving " + visit.number() + " to " + describe(slot) + "…");
        executor.submit("Rescheduling " + visit.number(),
                progress -> source.reschedule(visit, technicianId, slot, who, reason),
                saved -> {
                    replace(visit.visitId(), Optional.of(saved));
                    context.plan().find(saved.visitId())
                            .ifPresent(a -> context.plan().place(a.movedTo(technicianId, slot.start())));
                    status.set(saved.number() + " moved to " + describe(slot));
                },
                failure -> {
                    String message = failure instanceof ConcurrentModificationException
                            ? visit.number() + " was not moved: " + failure.getMessage()
                            : "Could not move " + visit.number() + ": " + failure.getMessage();
                    status.set(message);
                    onProblem.accept(message);
                    refreshVisits(Set.of(visit.visitId()));
                });
    }

    /**
     * What the shell's change-feed poller calls: reloads the visits named (and those of the work orders
     * named), then the engine's view so later drops are checked against the new plan.
     */
    public void applyChanges(Collection<Change> changes) {
        ChangedEntities changed = ChangedEntities.of(changes);
        if (changed.isEmpty() || changed.visits().isEmpty() && changed.workOrders().isEmpty() && !changed.everything()) {
            return;
        }
        if (changed.everything()) {
            reload();
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(changed.visits());
        visits.stream().filter(v -> changed.workOrders().contains(v.workOrderId())).forEach(v -> ids.add(v.visitId()));
        refreshVisits(ids);
    }

    private void refreshVisits(Set<Long> ids) {
        CalendarScope shown = scope.get();
        if (shown == null || from == null || ids.isEmpty()) {
            return;
        }
        long mine = generation;
        executor.submit("Updating the calendar", progress -> {
            Map<Long, Optional<ScheduledVisit>> fresh = new LinkedHashMap<>();
            ids.forEach(id -> fresh.put(id, source.visit(id)));
            return new Refreshed(fresh, source.dispatchContext(shown.technicianIds(), range(source.zone())));
        }, refreshed -> {
            if (mine == generation) {
                refreshed.visits.forEach(this::replace);
                context = refreshed.context;
            }
        }, this::failed);
    }

    private record Refreshed(Map<Long, Optional<ScheduledVisit>> visits, DispatchContext context) {
    }

    /** Puts the fresh copy where the old one was, or drops it when it left this calendar's people or dates. */
    private void replace(long visitId, Optional<ScheduledVisit> fresh) {
        TimeSlot shown = range(zone);
        Optional<ScheduledVisit> keep = fresh.filter(v -> v.technicianId().isPresent()
                && scope.get() != null && scope.get().includes(v.technicianId().getAsLong())
                && v.planned().map(shown::overlaps).orElse(false) && v.status() != WorkOrderStatus.CANCELLED);
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).visitId() == visitId) {
                if (keep.isPresent()) {
                    visits.set(i, keep.get());
                } else {
                    visits.remove(i);
                }
                return;
            }
        }
        keep.ifPresent(visits::add);
    }

    private TimeSlot range(ZoneId in) {
        return new TimeSlot(from.atStartOfDay(in).toInstant(), until.atStartOfDay(in).toInstant());
    }

    private String describe(TimeSlot slot) {
        return WHEN.format(slot.start().atZone(zone)) + "–" + CLOCK.format(slot.end().atZone(zone));
    }

    private void failed(Throwable failure) {
        loading.set(false);
        status.set("Could not load the calendar: " + failure.getMessage());
    }

    public void setOnOpenWorkOrder(LongConsumer handler) {
        onOpenWorkOrder = Objects.requireNonNull(handler, "handler");
    }

    public void openJob(ScheduledVisit visit) {
        onOpenWorkOrder.accept(visit.workOrderId());
    }

    /** Refusals and lost saves, for a dialog: the status line alone is easy to miss after a drag. */
    public void setOnProblem(Consumer<String> handler) {
        onProblem = Objects.requireNonNull(handler, "handler");
    }

    /** Names for entry titles in a team calendar; nothing for a single technician's (it is all theirs). */
    public LongFunction<String> titleNames() {
        CalendarScope shown = scope.get();
        return shown != null && shown.team() ? names::get : id -> null;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The company's clock time now: where the calendar draws its "now" line. */
    public LocalTime timeNow() {
        return LocalTime.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public ObservableList<CalendarScope> scopes() {
        return scopesView;
    }

    public ObjectProperty<CalendarScope> scopeProperty() {
        return scope;
    }

    public ObservableList<ScheduledVisit> visits() {
        return visitsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
