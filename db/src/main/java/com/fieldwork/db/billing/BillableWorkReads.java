package com.fieldwork.db.billing;

import com.fieldwork.core.billing.BillableWork;
import com.fieldwork.core.billing.BillingMath;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST_ITEM;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * Reads what a completed job is billed from, in the completing transaction: billable labor per technician,
 * parts consumed less returned, the template's and price list's fees, warranty and contract dates, and the
 * company's currency and tax rate. A price list counts only while valid on the completion day and in the
 * company's currency.
 */
final class BillableWorkReads {

    private BillableWorkReads() {
    }

    record Job(long customerId, long branchId, long createdBy, BillableWork work) {
    }

    /**
     * Empty only in a database without its company row (bare repository tests): without a currency and a tax
     * rate nothing can be priced. Every installation gets the row at setup, and the demo has it.
     */
    static Optional<Job> read(DSLContext tx, long workOrderId, Instant completedAt) {
        Record company = tx.select(COMPANY.CURRENCY, COMPANY.DEFAULT_TAX_RATE, COMPANY.TIME_ZONE).from(COMPANY)
                .orderBy(COMPANY.ID).limit(1).fetchOne();
        if (company == null) {
            return Optional.empty();
        }
        String currency = company.get(COMPANY.CURRENCY);
        LocalDate day = completedAt.atZone(ZoneId.of(company.get(COMPANY.TIME_ZONE))).toLocalDate();
        Record job = tx.select(WORK_ORDER.CUSTOMER_ID, WORK_ORDER.BRANCH_ID, WORK_ORDER.CREATED_BY,
                        WORK_ORDER.SERVICE_TYPE_ID, CUSTOMER.CONTRACT_UNTIL, CUSTOMER.PRICE_LIST_ID, ASSET.WARRANTY_UNTIL,
                        WORK_ORDER_TEMPLATE.NAME, WORK_ORDER_TEMPLATE.FIXED_FEE)
                .from(WORK_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(WORK_ORDER.CUSTOMER_ID))
                .leftJoin(ASSET).on(ASSET.ID.eq(WORK_ORDER.ASSET_ID))
                .leftJoin(WORK_ORDER_TEMPLATE).on(WORK_ORDER_TEMPLATE.ID.eq(WORK_ORDER.TEMPLATE_ID))
                .where(WORK_ORDER.ID.eq(workOrderId))
                .fetchSingle();
        Optional<Long> priceList = validPriceList(tx, job.get(CUSTOMER.PRICE_LIST_ID), day, currency);
        Optional<BillableWork.Fee> templateFee = Optional.ofNullable(job.get(WORK_ORDER_TEMPLATE.FIXED_FEE))
                .map(fee -> new BillableWork.Fee(job.get(WORK_ORDER_TEMPLATE.NAME), fee));
        BillableWork work = new BillableWork(currency, company.get(COMPANY.DEFAULT_TAX_RATE), day,
                Optional.ofNullable(job.get(ASSET.WARRANTY_UNTIL)), Optional.ofNullable(job.get(CUSTOMER.CONTRACT_UNTIL)),
                labor(tx, workOrderId), parts(tx, workOrderId, priceList), templateFee,
                priceList.flatMap(list -> priceListFee(tx, list, job.get(WORK_ORDER.SERVICE_TYPE_ID))));
        return Optional.of(new Job(job.get(WORK_ORDER.CUSTOMER_ID), job.get(WORK_ORDER.BRANCH_ID),
                job.get(WORK_ORDER.CREATED_BY), work));
    }

    private static Optional<Long> validPriceList(DSLContext tx, Long listId, LocalDate day, String currency) {
        if (listId == null) {
            return Optional.empty();
        }
        return tx.select(PRICE_LIST.ID).from(PRICE_LIST)
                .where(PRICE_LIST.ID.eq(listId).and(PRICE_LIST.CURRENCY.eq(currency))
                        .and(PRICE_LIST.VALID_FROM.le(day))
                        .and(PRICE_LIST.VALID_UNTIL.isNull().or(PRICE_LIST.VALID_UNTIL.ge(day))))
                .fetchOptional(PRICE_LIST.ID);
    }

    /** Billable minutes per technician, in the order they first worked on the job. */
    private static List<BillableWork.Labor> labor(DSLContext tx, long workOrderId) {
        Map<Long, long[]> seconds = new LinkedHashMap<>();
        Map<Long, BillableWork.Labor> who = new LinkedHashMap<>();
        for (Record row : tx.select(LABOR_ENTRY.TECHNICIAN_ID, LABOR_ENTRY.STARTED_AT, LABOR_ENTRY.ENDED_AT,
                        APP_USER.DISPLAY_NAME, TECHNICIAN.HOURLY_RATE)
                .from(LABOR_ENTRY)
                .join(TECHNICIAN).on(TECHNICIAN.ID.eq(LABOR_ENTRY.TECHNICIAN_ID))
                .join(APP_USER).on(APP_USER.ID.eq(TECHNICIAN.USER_ID))
                .where(LABOR_ENTRY.WORK_ORDER_ID.eq(workOrderId).and(LABOR_ENTRY.BILLABLE.isTrue()))
                .orderBy(LABOR_ENTRY.STARTED_AT, LABOR_ENTRY.ID)
                .fetch()) {
            long technician = row.get(LABOR_ENTRY.TECHNICIAN_ID);
            seconds.computeIfAbsent(technician, t -> new long[1])[0] +=
                    Duration.between(row.get(LABOR_ENTRY.STARTED_AT), row.get(LABOR_ENTRY.ENDED_AT)).toSeconds();
            who.putIfAbsent(technician, new BillableWork.Labor(row.get(APP_USER.DISPLAY_NAME), 0,
                    row.get(TECHNICIAN.HOURLY_RATE)));
        }
        return who.entrySet().stream()
                // whole minutes, half a minute and more rounds up
                .map(e -> new BillableWork.Labor(e.getValue().technician(), (seconds.get(e.getKey())[0] + 30) / 60,
                        e.getValue().hourlyRate()))
                .toList();
    }

    /** Consumed less returned per part, with the catalog price and the price list's price when it has one. */
    private static List<BillableWork.PartConsumed> parts(DSLContext tx, long workOrderId, Optional<Long> priceList) {
        var signed = DSL.when(STOCK_MOVEMENT.KIND.eq("RETURN"), STOCK_MOVEMENT.QUANTITY.neg())
                .otherwise(STOCK_MOVEMENT.QUANTITY);
        var used = DSL.sum(signed).as("used");
        var listPrice = priceList.isEmpty() ? DSL.inline((BigDecimal) null).as("list_price")
                : DSL.field(tx.select(PRICE_LIST_ITEM.UNIT_PRICE).from(PRICE_LIST_ITEM)
                        .where(PRICE_LIST_ITEM.PRICE_LIST_ID.eq(priceList.get())
                                .and(PRICE_LIST_ITEM.ITEM_KIND.eq("PART"))
                                .and(PRICE_LIST_ITEM.PART_ID.eq(PART.ID)))).as("list_price");
        return tx.select(PART.ID, PART.SKU, PART.NAME, PART.UNIT_PRICE, used, listPrice)
                .from(STOCK_MOVEMENT)
                .join(PART).on(PART.ID.eq(STOCK_MOVEMENT.PART_ID))
                .where(STOCK_MOVEMENT.WORK_ORDER_ID.eq(workOrderId).and(STOCK_MOVEMENT.KIND.in("CONSUME", "RETURN")))
                .groupBy(PART.ID, PART.SKU, PART.NAME, PART.UNIT_PRICE)
                .orderBy(PART.SKU)
                .fetch(row -> new BillableWork.PartConsumed(row.get(PART.ID), row.get(PART.SKU), row.get(PART.NAME),
                        row.get(used).setScale(BillingMath.QUANTITY_SCALE), row.get(PART.UNIT_PRICE),
                        Optional.ofNullable(row.get(listPrice))));
    }

    /** The list's fee for this service type, else its fee for every service type. */
    private static Optional<BillableWork.Fee> priceListFee(DSLContext tx, long listId, long serviceTypeId) {
        return tx.select(PRICE_LIST_ITEM.UNIT_PRICE).from(PRICE_LIST_ITEM)
                .where(PRICE_LIST_ITEM.PRICE_LIST_ID.eq(listId).and(PRICE_LIST_ITEM.ITEM_KIND.eq("FEE"))
                        .and(PRICE_LIST_ITEM.SERVICE_TYPE_ID.eq(serviceTypeId).or(PRICE_LIST_ITEM.SERVICE_TYPE_ID.isNull())))
                .orderBy(PRICE_LIST_ITEM.SERVICE_TYPE_ID.asc().nullsLast(), PRICE_LIST_ITEM.ID)
                .limit(1)
                .fetchOptional(PRICE_LIST_ITEM.UNIT_PRICE)
                .map(price -> new BillableWork.Fee("Call-out fee", price));
    }
}
