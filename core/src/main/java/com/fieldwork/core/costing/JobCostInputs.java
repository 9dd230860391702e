package com.fieldwork.core.costing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a job used, with the rates it is costed and priced at: the parts net of returns, and the labor entries. */
public record JobCostInputs(List<PartUsage> parts, List<LaborUsage> labor) {

    public JobCostInputs {
        parts = List.copyOf(parts);
        labor = List.copyOf(labor);
    }

    /**
     * @param quantity  used on the job less what came back from it
     * @param unitCost  the catalogue's cost (what the company paid)
     * @param unitPrice the catalogue's price (what the customer is charged)
     */
    public record PartUsage(String partLabel, BigDecimal quantity, BigDecimal unitCost, BigDecimal unitPrice) {
        public PartUsage {
            Objects.requireNonNull(partLabel, "partLabel");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitCost, "unitCost");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }
    }

    /**
     * @param hourlyCost what an hour of the technician costs the company
     * @param hourlyRate what an hour of the technician is billed at; only billable time earns it
     */
    public record LaborUsage(String technicianName, Duration worked, boolean billable, BigDecimal hourlyCost,
                             BigDecimal hourlyRate) {
        public LaborUsage {
            Objects.requireNonNull(technicianName, "technicianName");
            Objects.requireNonNull(worked, "worked");
            Objects.requireNonNull(hourlyCost, "hourlyCost");
            Objects.requireNonNull(hourlyRate, "hourlyRate");
        }
    }
}
