package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;

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
public final class JobPartsViewModel extends TableRecordsTab<PartRow> {

    /** The change feed's name for stock ledger rows. */
    public static final String ENTITY = "stock_movement";

    private final JobRecordReads reads;
    private final RecordTimes times;

    public JobPartsViewModel(JobRecordReads reads, TaskExecutor executor, ZoneId zone) {
        super(executor, "parts", "No parts used on this job yet");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    /** The job whose parts are listed, if any. */
    public java.util.OptionalLong shownWorkOrder() {
        return shown();
    }

    /** True while no parts are listed: nothing to give back. */
    public javafx.beans.binding.BooleanBinding rowsEmptyProperty() {
        return javafx.beans.binding.Bindings.isEmpty(rows());
    }

    @Override
    public Set<String> entities() {
        return Set.of(ENTITY);
    }

    @Override
    protected Lines<PartRow> read(long id) {
        List<PartUsedOnJob> used = reads.partsUsed(id);
        return new Lines<>(used.stream().map(this::row).toList(), used.isEmpty() ? "" : totalOf(used));
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
}
