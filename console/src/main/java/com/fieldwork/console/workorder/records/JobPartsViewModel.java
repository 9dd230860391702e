package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The parts tab: what was taken from which van or warehouse for the job, by whom and when, priced, with a total. */
public final class JobPartsViewModel extends LazyRecordsTab {

    /** The change feed's name for stock ledger rows. */
    public static final String ENTITY = "stock_movement";

    private final JobRecordReads reads;
    private final TaskExecutor executor;
    private final RecordTimes times;
    private final ObservableList<PartRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public JobPartsViewModel(JobRecordReads reads, TaskExecutor executor, ZoneId zone) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Set<String> entities() {
        return Set.of(ENTITY);
    }

    @Override
    protected void load(long id) {
        message.set("Loading parts…");
        executor.submit("Loading parts used", p -> reads.partsUsed(id), used -> {
            if (isShown(id)) {
                rows.setAll(used.stream().map(this::row).toList());
                total.set(used.isEmpty() ? "" : totalOf(used));
                message.set(used.isEmpty() ? "No parts used on this job yet" : "");
            }
        }, failure -> {
            if (isShown(id)) {
                message.set("Could not load the parts: " + failure.getMessage());
            }
        });
    }

    private PartRow row(PartUsedOnJob part) {
        return new PartRow(part.sku(), part.partName(), part.signedQuantity().toPlainString() + " " + part.unit(),
                part.locationName(), part.byName(), times.shortWhen(part.at()),
                money(part.unitPrice()), money(part.lineTotal()));
    }

    static String totalOf(List<PartUsedOnJob> used) {
        BigDecimal amount = used.stream().map(PartUsedOnJob::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        long kinds = used.stream().map(PartUsedOnJob::partId).distinct().count();
        // no sum of quantities: feet of pipe and fittings each do not add up to anything
        return "Total " + money(amount) + " at list price, " + kinds + (kinds == 1 ? " part" : " different parts");
    }

    private static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Override
    protected void clear() {
        rows.clear();
        total.set("");
        message.set("");
    }

    public ObservableList<PartRow> rows() {
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
