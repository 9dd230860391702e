package com.fieldwork.core.costing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JobCostCalculatorTest {

    private final JobCostCalculator calculator = new JobCostCalculator();

    @Test
    void partsAtCostAndLaborAtTheTechniciansCostRateGiveTheMargin() {
        JobCost cost = calculator.cost(new JobCostInputs(
                List.of(new JobCostInputs.PartUsage("FLT-200 Filter", new BigDecimal("2"), new BigDecimal("4.00"),
                        new BigDecimal("9.50"))),
                List.of(new JobCostInputs.LaborUsage("Leah B.", Duration.ofMinutes(90), true, new BigDecimal("35.00"),
                        new BigDecimal("110.00")))));

        assertThat(cost.partsCost()).isEqualByComparingTo("8.00");
        assertThat(cost.laborCost()).isEqualByComparingTo("52.50");
        assertThat(cost.totalCost()).isEqualByComparingTo("60.50");
        assertThat(cost.revenue()).isEqualByComparingTo("184.00");
        assertThat(cost.margin()).isEqualByComparingTo("123.50");
        assertThat(cost.marginPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("67.1"));
        assertThat(cost.lines()).extracting(JobCost.Line::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("1.50"));
    }

    @Test
    void eachLineIsRoundedHalfUpToCentsOnceAndTotalsAddTheRoundedLines() {
        // 20 min at 35.00 = 11.6666… → 11.67; 0.333 × 4.015 = 1.336995 → 1.34; 0.333 × 10.005 = 3.331665 → 3.33
        JobCost cost = calculator.cost(new JobCostInputs(
                List.of(new JobCostInputs.PartUsage("CBL Cable", new BigDecimal("0.333"), new BigDecimal("4.015"),
                        new BigDecimal("10.005"))),
                List.of(new JobCostInputs.LaborUsage("A", Duration.ofMinutes(20), true, new BigDecimal("35.00"),
                                new BigDecimal("35.00")),
                        new JobCostInputs.LaborUsage("B", Duration.ofMinutes(20), true, new BigDecimal("35.00"),
                                new BigDecimal("35.00")))));

        assertThat(cost.partsCost()).isEqualByComparingTo("1.34");
        assertThat(cost.laborCost()).isEqualByComparingTo("23.34");
        assertThat(cost.revenue()).isEqualByComparingTo("26.67");
        assertThat(cost.margin()).isEqualByComparingTo("1.99");
        assertThat(cost.laborCost().scale()).isEqualTo(2);
    }

    @Test
    void unbilledLaborCostsButEarnsNothingAndNoRevenueHasNoPercent() {
        JobCost cost = calculator.cost(new JobCostInputs(List.of(),
                List.of(new JobCostInputs.LaborUsage("Warranty tech", Duration.ofHours(2), false,
                        new BigDecimal("40.00"), new BigDecimal("120.00")))));

        assertThat(cost.revenue()).isEqualByComparingTo("0");
        assertThat(cost.margin()).isEqualByComparingTo("-80.00");
        assertThat(cost.marginPercent()).isEmpty();
        assertThat(cost.lines()).singleElement().satisfies(l -> assertThat(l.description())
                .isEqualTo("Warranty tech (not billable)"));
    }

    @Test
    void partsThatAllCameBackAreNotCosted() {
        JobCost cost = calculator.cost(new JobCostInputs(List.of(new JobCostInputs.PartUsage("X", BigDecimal.ZERO,
                BigDecimal.ONE, BigDecimal.TEN)), List.of()));

        assertThat(cost.lines()).isEmpty();
        assertThat(cost.totalCost()).isEqualByComparingTo("0");
    }
}
