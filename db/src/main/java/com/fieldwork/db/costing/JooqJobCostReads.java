package com.fieldwork.db.costing;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.costing.JobCostInputs;
import com.fieldwork.core.costing.JobCostReads;
import com.fieldwork.core.inventory.StockMovementKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * A job's parts (used less returned, grouped by part in SQL) and labor entries with the technician's rates.
 * Parts are costed at the catalogue's current cost: the ledger records quantities, not what each unit cost.
 */
public final class JooqJobCostReads implements JobCostReads {

    private final DSLContext dsl;

    public JooqJobCostReads(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public JobCostInputs inputs(long workOrderId) {
        if (!dsl.fetchExists(WORK_ORDER, WORK_ORDER.ID.eq(workOrderId))) {
            throw new NotFoundException("work order", workOrderId);
        }
        Field<BigDecimal> net = DSL.sum(DSL.when(STOCK_MOVEMENT.KIND.eq(StockMovementKind.CONSUME.name()),
                STOCK_MOVEMENT.QUANTITY).otherwise(STOCK_MOVEMENT.QUANTITY.neg())).as("net");
        List<JobCostInputs.PartUsage> parts = dsl.select(PART.SKU, PART.NAME, net, PART.UNIT_COST, PART.UNIT_PRICE)
                .from(STOCK_MOVEMENT).join(PART).on(PART.ID.eq(STOCK_MOVEMENT.PART_ID))
                .where(STOCK_MOVEMENT.WORK_ORDER_ID.eq(workOrderId))
                .and(STOCK_MOVEMENT.KIND.eq(StockMovementKind.CONSUME.name())
                        .or(STOCK_MOVEMENT.KIND.eq(StockMovementKind.RETURN.name())
                                .and(STOCK_MOVEMENT.FROM_LOCATION_ID.isNull())))
                .groupBy(PART.SKU, PART.NAME, PART.UNIT_COST, PART.UNIT_PRICE)
                .orderBy(PART.SKU)
                .fetch(r -> new JobCostInputs.PartUsage(r.value1() + " " + r.value2(), r.value3(), r.value4(),
                        r.value5()));
        List<JobCostInputs.LaborUsage> labor = dsl.select(APP_USER.DISPLAY_NAME, LABOR_ENTRY.STARTED_AT,
                        LABOR_ENTRY.ENDED_AT, LABOR_ENTRY.BILLABLE, TECHNICIAN.HOURLY_COST, TECHNICIAN.HOURLY_RATE)
                .from(LABOR_ENTRY)
                .join(TECHNICIAN).on(TECHNICIAN.ID.eq(LABOR_ENTRY.TECHNICIAN_ID))
                .join(APP_USER).on(APP_USER.ID.eq(TECHNICIAN.USER_ID))
                .where(LABOR_ENTRY.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(LABOR_ENTRY.STARTED_AT, LABOR_ENTRY.ID)
                .fetch(r -> new JobCostInputs.LaborUsage(r.value1(), Duration.between(r.value2(), r.value3()),
                        r.value4(), r.value5(), r.value6()));
        return new JobCostInputs(parts, labor);
    }
}
