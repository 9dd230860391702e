package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LaborEntry;

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
public final class JobLaborViewModel extends TableRecordsTab<LaborRow> {

    /** The change feed's name for labor rows. */
    public static final String ENTITY = "labor_entry";

    private final LaborEntries labor;
    private final LongFunction<Optional<String>> technicianNames;
    private final RecordTimes times;

    /** @param technicianNames a technician's name by id (a job has one or two: a find each is cheap) */
    public JobLaborViewModel(LaborEntries labor, LongFunction<Optional<String>> technicianNames, TaskExecutor executor,
                             ZoneId zone) {
        super(executor, "labor", "No labor recorded on this job yet");
        this.labor = Objects.requireNonNull(labor, "labor");
        this.technicianNames = Objects.requireNonNull(technicianNames, "technicianNames");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Set<String> entities() {
        return Set.of(ENTITY);
    }

    @Override
    protected Lines<LaborRow> read(long id) {
        List<LaborEntry> entries = labor.forWorkOrder(id);
        Map<Long, String> names = entries.stream().map(LaborEntry::technicianId).distinct()
                .collect(Collectors.toMap(Function.identity(), t -> technicianNames.apply(t)
                        .orElse("Technician #" + t)));
        List<LaborRow> rows = entries.stream().map(e -> new LaborRow(names.get(e.technicianId()),
                times.span(e.startedAt(), e.endedAt()), RecordTimes.length(Duration.between(e.startedAt(), e.endedAt())),
                e.billable() ? "Billable" : "Not billable", e.note().orElse(""))).toList();
        return new Lines<>(rows, entries.isEmpty() ? "" : totalOf(entries));
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
}
