package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LaborEntry;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** The labor tab: who worked on the job when, for how long, with the total in hours. */
public final class JobLaborViewModel extends LazyRecordsTab {

    /** The change feed's name for labor rows. */
    public static final String ENTITY = "labor_entry";

    private final LaborEntries labor;
    private final LongFunction<Optional<String>> technicianNames;
    private final TaskExecutor executor;
    private final RecordTimes times;
    private final ObservableList<LaborRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param technicianNames a technician's name by id (a job has one or two: a find each is cheap) */
    public JobLaborViewModel(LaborEntries labor, LongFunction<Optional<String>> technicianNames, TaskExecutor executor,
                             ZoneId zone) {
        this.labor = Objects.requireNonNull(labor, "labor");
        this.technicianNames = Objects.requireNonNull(technicianNames, "technicianNames");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Set<String> entities() {
        return Set.of(ENTITY);
    }

    @Override
    protected void load(long id) {
        message.set("Loading labor…");
        executor.submit("Loading labor", p -> read(id), loaded -> {
            if (isShown(id)) {
                rows.setAll(loaded.rows());
                total.set(loaded.total());
                message.set(loaded.rows().isEmpty() ? "No labor recorded on this job yet" : "");
            }
        }, failure -> {
            if (isShown(id)) {
                message.set("Could not load the labor: " + failure.getMessage());
            }
        });
    }

    private Loaded read(long id) {
        List<LaborEntry> entries = labor.forWorkOrder(id);
        Map<Long, String> names = entries.stream().map(LaborEntry::technicianId).distinct()
                .collect(Collectors.toMap(Function.identity(), t -> technicianNames.apply(t)
                        .orElse("Technician #" + t)));
        List<LaborRow> lines = entries.stream().map(e -> new LaborRow(names.get(e.technicianId()),
                times.span(e.startedAt(), e.endedAt()), RecordTimes.length(Duration.between(e.startedAt(), e.endedAt())),
                e.billable() ? "Billable" : "Not billable", e.note().orElse(""))).toList();
        return new Loaded(lines, entries.isEmpty() ? "" : totalOf(entries));
    }

    private record Loaded(List<LaborRow> rows, String total) {
    }

    static String totalOf(List<LaborEntry> entries) {
        Duration all = entries.stream().map(e -> Duration.between(e.startedAt(), e.endedAt()))
                .reduce(Duration.ZERO, Duration::plus);
        Duration billable = entries.stream().filter(LaborEntry::billable)
                .map(e -> Duration.between(e.startedAt(), e.endedAt())).reduce(Duration.ZERO, Duration::plus);
        String text = "Total " + hours(all) + " h (" + RecordTimes.length(all) + ") in " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries");
        return billable.equals(all) ? text + ", all billable" : text + ", " + hours(billable) + " h billable";
    }

    private static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Override
    protected void clear() {
        rows.clear();
        total.set("");
        message.set("");
    }

    public ObservableList<LaborRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Loading, the empty state or a failure; empty text when the rows say it all. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
