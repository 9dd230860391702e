package com.fieldwork.console.workorder;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.task.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The detail tabs of one work order: visits, status history, notes and its audit trail, as lines. */
public final class WorkOrderDetailViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ConsoleServices services;
    private final TaskExecutor executor;
    private final ObservableList<String> visits = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> audit = FXCollections.observableArrayList();
    private long shown;

    public WorkOrderDetailViewModel(ConsoleServices services, TaskExecutor executor) {
        this.services = Objects.requireNonNull(services, "services");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public void show(long workOrderId) {
        shown = workOrderId;
        ZoneId zone = services.zone();
        executor.submit("Loading work order details", p -> new Lines(
                services.visits().forWorkOrder(workOrderId).stream().map(v -> v.status() + " "
                        + v.planned().map(slot -> at(slot.start(), zone) + " to " + at(slot.end(), zone)).orElse("not planned")
                        + v.technicianId().stream().mapToObj(id -> ", technician #" + id).findFirst().orElse(", unassigned")
                        + (v.pinned() ? ", pinned" : "")).toList(),
                services.workOrders().history(workOrderId).stream().map(h -> at(h.changedAt(), zone) + "  "
                        + h.from().map(f -> f.label() + " → ").orElse("") + h.to().label() + " by " + h.changedByName()
                        + h.reason().map(r -> " (" + r + ")").orElse("")).toList(),
                services.workOrders().notes(workOrderId).stream().map(n -> at(n.createdAt(), zone) + "  "
                        + n.authorName() + (n.internal() ? " (internal)" : "") + ": " + n.body()).toList(),
                services.auditLog().forEntity(WorkOrderListViewModel.ENTITY, workOrderId).stream().map(a ->
                        at(a.at(), zone) + "  " + a.actorName() + " " + a.action()
                                + a.reason().map(r -> " (" + r + ")").orElse("")).toList()), lines -> {
            if (lines != null && shown == workOrderId) {
                visits.setAll(lines.visits());
                history.setAll(lines.history());
                notes.setAll(lines.notes());
                audit.setAll(lines.audit());
            }
        }, failure -> notes.setAll("Could not load the details: " + failure.getMessage()));
    }

    private static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    public ObservableList<String> visits() {
        return visits;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ObservableList<String> audit() {
        return audit;
    }

    private record Lines(List<String> visits, List<String> history, List<String> notes, List<String> audit) {
    }
}
