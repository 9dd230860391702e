package com.fieldwork.db.costing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.costing.JobCost;
import com.fieldwork.core.costing.JobCostCalculator;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.db.field.JooqLaborEntries;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Job costing from what the ledger and the labor entries hold: parts net of returns, labor at the rates. */
class JooqJobCostReadsTest extends DatabaseTest {

    @Test
    void partsUsedLessReturnedAndLaborAtTheTechniciansRatesGiveCostRevenueAndMargin() {
        MutableClock clock = new MutableClock(Seed.T0);
        Seed seed = new Seed(dsl());
        long branch = seed.branch();
        Actor manager = seed.user(Role.BRANCH_MANAGER, branch);
        Actor technician = seed.user(Role.TECHNICIAN, branch);
        long part = seed.part();
        long van = new JooqStockLocationRepository(dsl(), clock).create(NewStockLocation.van("VAN-1", "Van 1", branch,
                technician.technicianId().getAsLong()), manager).id();
        long customer = seed.customer(branch);
        long job = new JooqWorkOrderRepository(dsl(), clock).create(new NewWorkOrder(customer, seed.site(customer),
                OptionalLong.empty(), seed.serviceType(), OptionalLong.empty(), branch, Priority.NORMAL, "Filters",
                Optional.empty(), 60, WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), List.of(), List.of()),
                Optional.empty(), manager).id();
        JooqStockLedger ledger = new JooqStockLedger(dsl(), clock);
        ledger.receive(van, part, new BigDecimal("5"), Optional.empty(), manager);
        ledger.consume(van, part, new BigDecimal("3"), job, technician);
        ledger.returnFromJob(job, van, part, new BigDecimal("1"), Optional.empty(), technician);
        clock.advance(Duration.ofHours(3));
        JooqLaborEntries labor = new JooqLaborEntries(dsl(), clock);
        labor.record(new NewLaborEntry(UUID.randomUUID(), job, OptionalLong.empty(), Seed.T0,
                Seed.T0.plus(Duration.ofMinutes(90)), true, Optional.empty()), technician);
        labor.record(new NewLaborEntry(UUID.randomUUID(), job, OptionalLong.empty(), Seed.T0.plus(Duration.ofMinutes(100)),
                Seed.T0.plus(Duration.ofMinutes(120)), false, Optional.of("paperwork")), technician);

        JobCost cost = new JobCostCalculator().cost(new JooqJobCostReads(dsl()).inputs(job));

        // parts 2 × 4.00 = 8.00 at cost, 2 × 9.50 = 19.00 revenue; labor 1.5 h + 20 min at 35.00 = 52.50 + 11.67,
        // revenue only for the billable 1.5 h at 110.00 = 165.00
        assertThat(cost.partsCost()).isEqualByComparingTo("8.00");
        assertThat(cost.laborCost()).isEqualByComparingTo("64.17");
        assertThat(cost.revenue()).isEqualByComparingTo("184.00");
        assertThat(cost.margin()).isEqualByComparingTo("111.83");
        assertThat(cost.marginPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("60.8"));
        assertThat(cost.lines()).extracting(JobCost.Line::kind)
                .containsExactly(JobCost.Kind.PARTS, JobCost.Kind.LABOR, JobCost.Kind.LABOR);
    }

    @Test
    void anUnknownWorkOrderIsNotFound() {
        assertThatThrownBy(() -> new JooqJobCostReads(dsl()).inputs(424_242)).isInstanceOf(NotFoundException.class);
    }
}
