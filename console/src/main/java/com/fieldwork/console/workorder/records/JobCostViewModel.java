package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.costing.JobCost;
import com.fieldwork.core.costing.JobCostCalculator;
import com.fieldwork.core.costing.JobCostReads;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The costing tab: parts used (less returned) at cost and labor at the technician's cost rate, against what they
 * bill, with the margin. Read again when a part is used or returned or labor is recorded while it is shown.
 */
public final class JobCostViewModel extends TableRecordsTab<CostRow> {

    private final JobCostReads reads;
    private final JobCostCalculator calculator = new JobCostCalculator();

    public JobCostViewModel(JobCostReads reads, TaskExecutor executor) {
        super(executor, "costing", "Nothing used or worked on this job yet");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public Set<String> entities() {
        return Set.of(JobPartsViewModel.ENTITY, "labor_entry");
    }

    @Override
    protected Lines<CostRow> read(long id) {
        JobCost cost = calculator.cost(reads.inputs(id));
        return new Lines<>(cost.lines().stream().map(JobCostViewModel::row).toList(),
                cost.lines().isEmpty() ? "" : summary(cost));
    }

    private static CostRow row(JobCost.Line line) {
        boolean parts = line.kind() == JobCost.Kind.PARTS;
        return new CostRow(line.description(), parts ? "Part" : "Labor",
                line.quantity().stripTrailingZeros().toPlainString() + (parts ? "" : " h"),
                money(line.cost()), money(line.revenue()));
    }

    /** "Cost 72.17 (parts 8.00, labor 64.17) · revenue 184.00 · margin 111.83 (60.8 %)". */
    static String summary(JobCost cost) {
        return "Cost " + money(cost.totalCost()) + " (parts " + money(cost.partsCost()) + ", labor "
                + money(cost.laborCost()) + ") · revenue " + money(cost.revenue()) + " · margin " + money(cost.margin())
                + cost.marginPercent().map(p -> " (" + p.toPlainString() + " %)").orElse("");
    }

    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }
}
