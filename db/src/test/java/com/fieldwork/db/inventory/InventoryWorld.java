package com.fieldwork.db.inventory;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;

/** A branch with a warehouse, a technician's van, a part, two work orders and the ledger. */
final class InventoryWorld {

    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final Seed seed;
    final long branch;
    final Actor manager;
    final Actor technician;
    final long part;
    final long warehouse;
    final long van;
    final long workOrder;
    final long otherWorkOrder;
    final JooqStockLedger ledger;
    final JooqStockLocationRepository locations;

    InventoryWorld(DSLContext dsl) {
        this.dsl = dsl;
        seed = new Seed(dsl);
        branch = seed.branch();
        manager = seed.user(Role.BRANCH_MANAGER, branch);
        technician = seed.user(Role.TECHNICIAN, branch);
        part = seed.part();
        locations = new JooqStockLocationRepository(dsl, clock);
        warehouse = locations.create(NewStockLocation.warehouse("WH-1", "Main warehouse", branch), manager).id();
        van = locations.create(NewStockLocation.van("VAN-7", "Van 7", branch,
                technician.technicianId().getAsLong()), manager).id();
        workOrder = workOrder("Replace filter");
        otherWorkOrder = workOrder("Annual service");
        ledger = new JooqStockLedger(dsl, clock);
    }

    private long workOrder(String summary) {
        return workOrderNeeding(summary, List.of());
    }

    /** A pending work order that needs these parts (its engine job lists them). */
    long workOrderNeeding(String summary, List<PartQuantity> parts) {
        long customer = seed.customer(branch);
        return new JooqWorkOrderRepository(dsl, clock).create(new NewWorkOrder(customer, seed.site(customer),
                OptionalLong.empty(), seed.serviceType(), OptionalLong.empty(), branch, Priority.NORMAL, summary,
                Optional.empty(), 60, WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), List.of(), parts),
                Optional.empty(), manager).id();
    }

    static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    /** Row counts of every table a ledger write touches: equal snapshots mean nothing was written. */
    List<Integer> snapshot() {
        return List.of(dsl.fetchCount(STOCK_MOVEMENT), dsl.fetchCount(STOCK_LEVEL), dsl.fetchCount(STOCK_RESERVATION),
                dsl.fetchCount(AUDIT_LOG), dsl.fetchCount(CHANGE_FEED),
                dsl.select(DSL.coalesce(DSL.sum(STOCK_LEVEL.ON_HAND), BigDecimal.ZERO)).from(STOCK_LEVEL)
                        .fetchSingle().value1().intValue());
    }

    /** On hand per location recomputed from the ledger alone: what stock_level must equal. */
    BigDecimal ledgerBalance(long locationId) {
        BigDecimal in = dsl.select(DSL.coalesce(DSL.sum(STOCK_MOVEMENT.QUANTITY), BigDecimal.ZERO)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.TO_LOCATION_ID.eq(locationId).and(STOCK_MOVEMENT.PART_ID.eq(part)))
                .fetchSingle().value1();
        BigDecimal out = dsl.select(DSL.coalesce(DSL.sum(STOCK_MOVEMENT.QUANTITY), BigDecimal.ZERO)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.FROM_LOCATION_ID.eq(locationId).and(STOCK_MOVEMENT.PART_ID.eq(part)))
                .fetchSingle().value1();
        return in.subtract(out);
    }
}
