package com.fieldwork.core.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Costs a job: parts at their cost and labor at the technician's hourly cost; revenue from parts at their price
 * and billable labor at the technician's hourly rate. Each line's amount is rounded half-up to cents once, from
 * the exact product (labor by the second), and totals add the rounded lines.
 */
public final class JobCostCalculator {

    private static final int MONEY = 2;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public JobCost cost(JobCostInputs inputs) {
        List<JobCost.Line> lines = new ArrayList<>();
        BigDecimal partsCost = BigDecimal.ZERO.setScale(MONEY);
        BigDecimal laborCost = BigDecimal.ZERO.setScale(MONEY);
        BigDecimal revenue = BigDecimal.ZERO.setScale(MONEY);
        for (JobCostInputs.PartUsage part : inputs.parts()) {
            if (part.quantity().signum() == 0) {
                continue;
            }
            BigDecimal cost = money(part.quantity().multiply(part.unitCost()));
            BigDecimal earned = money(part.quantity().multiply(part.unitPrice()));
            lines.add(new JobCost.Line(JobCost.Kind.PARTS, part.partLabel(), part.quantity().stripTrailingZeros(),
                    cost, earned));
            partsCost = partsCost.add(cost);
            revenue = revenue.add(earned);
        }
        for (JobCostInputs.LaborUsage labor : inputs.labor()) {
            BigDecimal seconds = BigDecimal.valueOf(labor.worked().toSeconds());
            BigDecimal cost = money(seconds.multiply(labor.hourlyCost()).divide(SECONDS_PER_HOUR, 10, RoundingMode.HALF_UP));
            BigDecimal earned = labor.billable()
                    ? money(seconds.multiply(labor.hourlyRate()).divide(SECONDS_PER_HOUR, 10, RoundingMode.HALF_UP))
                    : BigDecimal.ZERO.setScale(MONEY);
            BigDecimal hours = seconds.divide(SECONDS_PER_HOUR, MONEY, RoundingMode.HALF_UP);
            lines.add(new JobCost.Line(JobCost.Kind.LABOR, labor.technicianName()
                    + (labor.billable() ? "" : " (not billable)"), hours, cost, earned));
            laborCost = laborCost.add(cost);
            revenue = revenue.add(earned);
        }
        BigDecimal margin = revenue.subtract(partsCost).subtract(laborCost);
        Optional<BigDecimal> percent = revenue.signum() == 0 ? Optional.empty()
                : Optional.of(margin.multiply(HUNDRED).divide(revenue, 1, RoundingMode.HALF_UP));
        return new JobCost(lines, partsCost, laborCost, revenue, margin, percent);
    }

    private static BigDecimal money(BigDecimal exact) {
        return exact.setScale(MONEY, RoundingMode.HALF_UP);
    }
}
