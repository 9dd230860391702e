package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ChangedEntities;
import com.fieldwork.console.schedule.ScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.core.workorder.WorkOrderStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The dispatcher's map of one day: where each technician was last seen, every job of the day coloured by
 * stage and priority, and the selected technician's route in driving order. Reads go through the task
 * executor; the change feed refreshes only the visits and positions it names.
 */
public final class MapViewModel {

    /** A phone silent for longer than this shows its technician faded. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final Duration STALE_AFTER = Duration.ofMinutes(30);
    /** Positions older than this are not shown at all (yesterday's van is not on the road). */
    static final Duration POSITIONS_SINCE = Duration.ofHours(12);

    private final ScheduleSource source;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<TechnicianSummary> technicians = FXCollections.observableArrayList();
    private final ObservableList<TechnicianSummary> techniciansView = FXCollections.unmodifiableObservableList(technicians);
    private final ObservableList<TechnicianMarker> technicianMarkers = FXCollections.observableArrayList();
    private final ObservableList<TechnicianMarker> technicianMarkersView = FXCollections.unmodifiableObservableList(technicianMarkers);
    private final ObservableList<ScheduledVisit> jobs = FXCollections.observableArrayList();
    private final ObservableList<ScheduledVisit> jobsView = FXCollections.unmodifiableObservableList(jobs);
    private final ObservableList<ScheduledVisit> route = FXCollections.observableArrayList();
    private final ObservableList<ScheduledVisit> routeView = FXCollections.unmodifiableObservableList(route);
    private final ObservableList<ScheduledVisit> listed = FXCollections.observableArrayList();
    private final ObservableList<ScheduledVisit> listedView = FXCollections.unmodifiableObservableList(listed);
    private final ObjectProperty<TechnicianSummary> selectedTechnician = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final Map<Long, TechnicianSummary> technicianById = new HashMap<>();
    private List<TechnicianPosition> positions = List.of();
    private ZoneId zone = ZoneId.systemDefault();
    private LongConsumer onOpenWorkOrder = id -> { };

    public MapViewModel(ScheduleSource source, TaskExecutor executor, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        selectedTechnician.addListener((obs, was, now) -> updateRoute());
        jobs.addListener((ListChangeListener<ScheduledVisit>) c -> updateListed());
        route.addListener((ListChangeListener<ScheduledVisit>) c -> updateListed());
        day.addListener((obs, was, now) -> {
            if (was != null && now != null && !now.equals(was)) {
                load();
            }
        });
    }

    /** Reads the day (today when none is chosen): technicians, their positions and the day's visits. */
    public void load() {
        loading.set(true);
        LocalDate wanted = day.get();
        executor.submit("Loading the map", progress -> {
            ZoneId companyZone = source.zone();
            LocalDate date = wanted != null ? wanted : LocalDate.now(clock.withZone(companyZone));
            List<TechnicianSummary> all = source.technicians();
            List<ScheduledVisit> visits = source.visits(all.stream().map(TechnicianSummary::id).toList(),
                    dayRange(date, companyZone));
            List<TechnicianPosition> seen = source.positions(clock.instant().minus(POSITIONS_SINCE));
            return new Loaded(companyZone, date, all, visits, seen);
        }, this::show, this::failed);
    }

    private record Loaded(ZoneId zone, LocalDate day, List<TechnicianSummary> technicians,
                          List<ScheduledVisit> visits, List<TechnicianPosition> positions) {
    }

    private void show(Loaded loaded) {
        zone = loaded.zone;
        technicianById.clear();
        loaded.technicians.forEach(t -> technicianById.put(t.id(), t));
        technicians.setAll(loaded.technicians);
        if (day.get() == null) {
            day.set(loaded.day);
        }
        jobs.setAll(loaded.visits);
        positions = loaded.positions;
        technicianMarkers.setAll(markers());
        TechnicianSummary selected = selectedTechnician.get();
        selectedTechnician.set(selected == null ? null : technicianById.get(selected.id()));
        updateRoute();
        loading.set(false);
        summarise();
    }

    /**
     * What the shell's change-feed poller calls with the rows it read: reloads only the visits, work orders'
     * visits and positions named, or everything when technicians or branches changed.
     */
    public void applyChanges(Collection<Change> changes) {
        ChangedEntities changed = ChangedEntities.of(changes);
        if (changed.isEmpty()) {
            return;
        }
        if (changed.everything()) {
            load();
            return;
        }
        Set<Long> visitIds = new LinkedHashSet<>(changed.visits());
        jobs.stream().filter(j -> changed.workOrders().contains(j.workOrderId())).forEach(j -> visitIds.add(j.visitId()));
        Instant since = clock.instant().minus(POSITIONS_SINCE);
        executor.submit("Updating the map", progress -> {
            Map<Long, Optional<ScheduledVisit>> fresh = new HashMap<>();
            for (long id : visitIds) {
                fresh.put(id, source.visit(id));
            }
            return new Update(fresh, changed.positions() ? Optional.of(source.positions(since)) : Optional.empty());
        }, this::merge, this::failed);
    }

    private record Update(Map<Long, Optional<ScheduledVisit>> visits, Optional<List<TechnicianPosition>> positions) {
    }

    private void merge(Update update) {
        TimeSlot shown = dayRange(day.get(), zone);
        update.visits.forEach((id, visit) -> {
            jobs.removeIf(j -> j.visitId() == id);
            visit.filter(v -> v.planned().map(shown::overlaps).orElse(false)).ifPresent(jobs::add);
        });
        jobs.sort(BY_START);
        update.positions.ifPresent(p -> {
            positions = p;
            technicianMarkers.setAll(markers());
        });
        updateRoute();
        summarise();
    }

    private List<TechnicianMarker> markers() {
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        List<TechnicianMarker> out = new ArrayList<>();
        for (TechnicianPosition p : positions) {
            TechnicianSummary t = technicianById.get(p.technicianId());
            if (t != null) {
                out.add(new TechnicianMarker(t.id(), t.name(), p.position(), p.recordedAt(),
                        p.recordedAt().isBefore(staleBefore)));
            }
        }
        out.sort(Comparator.comparing(TechnicianMarker::name));
        return out;
    }

    private static final Comparator<ScheduledVisit> BY_START = Comparator
            .comparing((ScheduledVisit v) -> v.planned().map(TimeSlot::start).orElse(Instant.MAX))
            .thenComparingLong(ScheduledVisit::visitId);

    /** The selected technician's visits of the day in the order they drive them (cancelled ones left out). */
    private void updateRoute() {
        TechnicianSummary selected = selectedTechnician.get();
        if (selected == null) {
            route.clear();
            return;
        }
        route.setAll(jobs.stream()
                .filter(j -> j.assignedTo(selected.id()) && j.planned().isPresent()
                        && j.status() != WorkOrderStatus.CANCELLED)
                .sorted(BY_START).toList());
    }

    /** The selected technician's stops in driving order, or every job of the day by time. */
    private void updateListed() {
        if (selectedTechnician.get() != null) {
            listed.setAll(route);
            return;
        }
        listed.setAll(jobs.stream().sorted(BY_START).toList());
    }

    private String technicianName(ScheduledVisit job) {
        return job.technicianId().isPresent() && technicianById.containsKey(job.technicianId().getAsLong())
                ? technicianById.get(job.technicianId().getAsLong()).name() : "";
    }

    /** A line of the job list: when, which job, who, what, where it stands. */
    public String describe(ScheduledVisit job) {
        String when = job.planned().map(slot -> TIME.format(slot.start().atZone(zone))).orElse("--:--");
        String who = technicianName(job);
        return when + "  " + job.number() + " · " + (who.isEmpty() ? "unassigned" : who) + "\n"
                + job.summary() + " · " + job.status().label();
    }

    private void summarise() {
        long live = technicianMarkers.stream().filter(m -> !m.stale()).count();
        status.set(jobs.size() + " jobs on " + day.get() + " · " + live + " of " + technicians.size()
                + " technicians reporting");
    }

    private void failed(Throwable failure) {
        loading.set(false);
        status.set("Could not load the map: " + failure.getMessage());
    }

    private static TimeSlot dayRange(LocalDate date, ZoneId zone) {
        return new TimeSlot(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The shell opens the work order detail; the map only says which. */
    public void setOnOpenWorkOrder(LongConsumer handler) {
        onOpenWorkOrder = Objects.requireNonNull(handler, "handler");
    }

    public void openJob(ScheduledVisit job) {
        onOpenWorkOrder.accept(job.workOrderId());
    }

    /** A click on a van selects its technician, and so shows the route. */
    public void selectTechnician(long technicianId) {
        selectedTechnician.set(technicianById.get(technicianId));
    }

    public ObservableList<TechnicianSummary> technicians() {
        return techniciansView;
    }

    public ObservableList<TechnicianMarker> technicianMarkers() {
        return technicianMarkersView;
    }

    public ObservableList<ScheduledVisit> jobs() {
        return jobsView;
    }

    public ObservableList<ScheduledVisit> route() {
        return routeView;
    }

    /** What the list beside the map shows, so every pin can be reached and opened with the keyboard. */
    public ObservableList<ScheduledVisit> listed() {
        return listedView;
    }

    public ObjectProperty<TechnicianSummary> selectedTechnicianProperty() {
        return selectedTechnician;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
