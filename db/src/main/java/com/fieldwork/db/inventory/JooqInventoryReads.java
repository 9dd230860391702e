package com.fieldwork.db.inventory;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.InventoryReads;
import com.fieldwork.core.inventory.StockLine;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/** The inventory screen's reads: three queries whatever the number of locations and parts. */
public final class JooqInventoryReads implements InventoryReads {

    private final DSLContext dsl;

    public JooqInventoryReads(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<StockLocation> locations() {
        Field<Integer> warehousesFirst = DSL.when(STOCK_LOCATION.KIND.eq(StockLocationKind.WAREHOUSE.name()), 0)
                .otherwise(1);
        return dsl.selectFrom(STOCK_LOCATION)
                .orderBy(STOCK_LOCATION.BRANCH_ID, warehousesFirst, STOCK_LOCATION.CODE)
                .fetch(StockMapper::toLocation);
    }

    @Override
    public List<StockLine> stock() {
        Map<Long, StockLocation> locations = locations().stream()
                .collect(Collectors.toMap(StockLocation::id, l -> l));
        return dsl.select(STOCK_LEVEL.LOCATION_ID, PART.ID, PART.SKU, PART.NAME, PART.UNIT, STOCK_LEVEL.ON_HAND,
                        StockRows.reservedOfLevel(), PART.REORDER_POINT)
                .from(STOCK_LEVEL).join(PART).on(PART.ID.eq(STOCK_LEVEL.PART_ID))
                .orderBy(STOCK_LEVEL.LOCATION_ID, PART.SKU)
                .fetch(r -> new StockLine(locations.get(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    @Override
    public List<MovementLine> movements(long locationId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "A limit is from 1 to 1000, got " + limit);
        }
        return dsl.select(STOCK_MOVEMENT.asterisk(), PART.SKU, PART.NAME, APP_USER.DISPLAY_NAME, WORK_ORDER.NUMBER)
                .from(STOCK_MOVEMENT)
                .join(PART).on(PART.ID.eq(STOCK_MOVEMENT.PART_ID))
                .join(APP_USER).on(APP_USER.ID.eq(STOCK_MOVEMENT.ACTOR_ID))
                .leftJoin(WORK_ORDER).on(WORK_ORDER.ID.eq(STOCK_MOVEMENT.WORK_ORDER_ID))
                .where(STOCK_MOVEMENT.FROM_LOCATION_ID.eq(locationId).or(STOCK_MOVEMENT.TO_LOCATION_ID.eq(locationId)))
                .orderBy(STOCK_MOVEMENT.OCCURRED_AT.desc(), STOCK_MOVEMENT.ID.desc())
                .limit(limit)
                .fetch(r -> new MovementLine(StockMapper.toMovement(r.into(STOCK_MOVEMENT)),
                        r.get(PART.SKU) + " " + r.get(PART.NAME), r.get(APP_USER.DISPLAY_NAME),
                        Optional.ofNullable(r.get(WORK_ORDER.NUMBER))));
    }
}
