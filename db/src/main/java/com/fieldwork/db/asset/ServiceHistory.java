package com.fieldwork.db.asset;

import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.asset.PartUsed;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * What was done to an asset: its work orders with the parts that went in. Parts come from the
 * stock ledger (CONSUME minus RETURN booked to the job), not from work_order_part, which lists
 * what the job was expected to need rather than what was fitted.
 */
final class ServiceHistory {

    private final DSLContext dsl;

    ServiceHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AssetServiceRecord> of(long assetId) {
        Map<Long, List<PartUsed>> parts = partsUsed(assetId);
        Field<Instant> when = DSL.coalesce(WORK_ORDER.COMPLETED_AT, WORK_ORDER.CREATED_AT);
        return dsl.select(WORK_ORDER.ID, WORK_ORDER.NUMBER, WORK_ORDER.STATUS, SERVICE_TYPE.NAME,
                        WORK_ORDER.CREATED_AT, WORK_ORDER.COMPLETED_AT, WORK_ORDER.SUMMARY, WORK_ORDER.DESCRIPTION,
                        COMPLETION_RECORD.SUMMARY)
                .from(WORK_ORDER)
                .join(SERVICE_TYPE).on(SERVICE_TYPE.ID.eq(WORK_ORDER.SERVICE_TYPE_ID))
                .leftJoin(COMPLETION_RECORD).on(COMPLETION_RECORD.WORK_ORDER_ID.eq(WORK_ORDER.ID))
                .where(WORK_ORDER.ASSET_ID.eq(assetId))
                .orderBy(when.desc(), WORK_ORDER.ID.desc())
                .fetch(r -> new AssetServiceRecord(r.value1(), r.value2(), WorkOrderStatus.valueOf(r.value3()),
                        r.value4(), r.value5(), Optional.ofNullable(r.value6()), r.value7(),
                        Optional.ofNullable(r.value8()), Optional.ofNullable(r.value9()),
                        parts.getOrDefault(r.value1(), List.of())));
    }

    /** 2.000 reads as 2 and 10.000 as 10 (not 1E+1). */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Net quantity per job and part in one grouped query, so history costs two queries at any length. */
    private Map<Long, List<PartUsed>> partsUsed(long assetId) {
        Field<BigDecimal> signed = DSL.when(STOCK_MOVEMENT.KIND.eq("RETURN"), STOCK_MOVEMENT.QUANTITY.neg())
                .otherwise(STOCK_MOVEMENT.QUANTITY);
        Field<BigDecimal> net = DSL.sum(signed).as("net");
        return dsl.select(STOCK_MOVEMENT.WORK_ORDER_ID, PART.ID, PART.SKU, PART.NAME, PART.UNIT, net)
                .from(STOCK_MOVEMENT)
                .join(PART).on(PART.ID.eq(STOCK_MOVEMENT.PART_ID))
                .join(WORK_ORDER).on(WORK_ORDER.ID.eq(STOCK_MOVEMENT.WORK_ORDER_ID))
                .where(WORK_ORDER.ASSET_ID.eq(assetId))
                .and(STOCK_MOVEMENT.KIND.in("CONSUME", "RETURN"))
                .groupBy(STOCK_MOVEMENT.WORK_ORDER_ID, PART.ID, PART.SKU, PART.NAME, PART.UNIT)
                .having(DSL.sum(signed).gt(BigDecimal.ZERO))
                .orderBy(STOCK_MOVEMENT.WORK_ORDER_ID, PART.SKU)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(
                        r -> new PartUsed(r.value2(), r.value3(), r.value4(), plain(r.value6()),
                                r.value5()),
                        Collectors.toList())));
    }
}
