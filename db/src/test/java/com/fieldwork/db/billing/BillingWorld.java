package com.fieldwork.db.billing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static com.fieldwork.db.jooq.Tables.INVOICE_LINE;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;
import static com.fieldwork.db.jooq.Tables.PAYMENT;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST_ITEM;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * A company (USD, 8.81 % tax, 30 days to pay), a branch with an accountant and a technician at 110.00 an hour,
 * a customer with a site, and jobs completed with labor and parts on them.
 */
final class BillingWorld {

    static final BigDecimal TAX = new BigDecimal("0.0881");

    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final Seed seed;
    final long branch;
    final Actor accountant;
    final Actor dispatcher;
    final Actor technician;
    final long customer;
    final long site;
    final long serviceType;
    final long part;
    final long van;
    final JooqWorkOrderRepository workOrders;
    final JooqInvoices invoices;

    BillingWorld(DSLContext dsl) {
        this.dsl = dsl;
        seed = new Seed(dsl);
        dsl.insertInto(COMPANY).set(COMPANY.NAME, "Mile High Heating").set(COMPANY.CURRENCY, "USD")
                .set(COMPANY.DEFAULT_TAX_RATE, TAX).set(COMPANY.TIME_ZONE, "America/Denver")
                .set(COMPANY.PAYMENT_LINK_TEMPLATE, "https://pay.example.com/i/{invoice}?amount={amount}").execute();
        branch = seed.branch();
        accountant = seed.user(Role.ACCOUNTANT, branch);
        dispatcher = seed.user(Role.DISPATCHER, branch);
        technician = seed.user(Role.TECHNICIAN, branch);
        customer = seed.customer(branch);
        site = seed.site(customer);
        serviceType = seed.serviceType();
        part = seed.part();
        van = dsl.insertInto(STOCK_LOCATION).set(STOCK_LOCATION.CODE, "VAN-1").set(STOCK_LOCATION.NAME, "Van 1")
                .set(STOCK_LOCATION.KIND, "VAN").set(STOCK_LOCATION.BRANCH_ID, branch)
                .set(STOCK_LOCATION.TECHNICIAN_ID, technician.technicianId().getAsLong())
                .returning(STOCK_LOCATION.ID).fetchSingle().getId();
        workOrders = new JooqWorkOrderRepository(dsl, clock);
        invoices = new JooqInvoices(dsl, clock);
    }

    WorkOrder workOrder(OptionalLong asset, OptionalLong template) {
        return workOrders.create(new NewWorkOrder(customer, site, asset, serviceType, template, branch, Priority.NORMAL,
                "Furnace not heating", Optional.empty(), 60, WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(),
                List.of(), List.of()), Optional.empty(), dispatcher);
    }

    /** Labor of the world's technician on the job, ending now. */
    void labor(long workOrderId, int minutes) {
        Instant end = clock.instant();
        dsl.insertInto(LABOR_ENTRY).set(LABOR_ENTRY.WORK_ORDER_ID, workOrderId)
                .set(LABOR_ENTRY.TECHNICIAN_ID, technician.technicianId().getAsLong())
                .set(LABOR_ENTRY.STARTED_AT, end.minus(Duration.ofMinutes(minutes))).set(LABOR_ENTRY.ENDED_AT, end)
                .execute();
    }

    void consume(long workOrderId, String quantity) {
        dsl.insertInto(STOCK_MOVEMENT).set(STOCK_MOVEMENT.PART_ID, part).set(STOCK_MOVEMENT.KIND, "CONSUME")
                .set(STOCK_MOVEMENT.FROM_LOCATION_ID, van).set(STOCK_MOVEMENT.QUANTITY, new BigDecimal(quantity))
                .set(STOCK_MOVEMENT.WORK_ORDER_ID, workOrderId).set(STOCK_MOVEMENT.ACTOR_ID, technician.userId())
                .set(STOCK_MOVEMENT.OCCURRED_AT, clock.instant()).execute();
    }

    WorkOrder move(WorkOrder order, WorkOrderStatus to) {
        return workOrders.changeStatus(order, order.version(), StatusChange.to(to), technician);
    }

    /** A job with 90 minutes of labor and two parts (9.50 each), completed: its draft is 165.00 + 19.00 net. */
    WorkOrder completedJob() {
        WorkOrder order = workOrder(OptionalLong.empty(), OptionalLong.empty());
        labor(order.id(), 90);
        consume(order.id(), "2");
        return move(order, WorkOrderStatus.COMPLETED);
    }

    long draftOf(long workOrderId) {
        return invoices.forWorkOrder(workOrderId).orElseThrow().id();
    }

    long assetWithWarrantyUntil(LocalDate until) {
        long asset = seed.asset(site);
        dsl.update(ASSET).set(ASSET.WARRANTY_UNTIL, until).where(ASSET.ID.eq(asset)).execute();
        return asset;
    }

    void contractUntil(LocalDate until) {
        dsl.update(CUSTOMER).set(CUSTOMER.CONTRACT_UNTIL, until).where(CUSTOMER.ID.eq(customer)).execute();
    }

    /** A price list for the customer: the part at {@code partPrice} and a call-out fee. */
    void priceList(String partPrice, String fee) {
        long list = dsl.insertInto(PRICE_LIST).set(PRICE_LIST.NAME, "Contract prices").set(PRICE_LIST.CURRENCY, "USD")
                .set(PRICE_LIST.VALID_FROM, LocalDate.of(2026, 1, 1)).returning(PRICE_LIST.ID).fetchSingle().getId();
        dsl.insertInto(PRICE_LIST_ITEM).set(PRICE_LIST_ITEM.PRICE_LIST_ID, list).set(PRICE_LIST_ITEM.ITEM_KIND, "PART")
                .set(PRICE_LIST_ITEM.PART_ID, part).set(PRICE_LIST_ITEM.UNIT_PRICE, new BigDecimal(partPrice)).execute();
        dsl.insertInto(PRICE_LIST_ITEM).set(PRICE_LIST_ITEM.PRICE_LIST_ID, list).set(PRICE_LIST_ITEM.ITEM_KIND, "FEE")
                .set(PRICE_LIST_ITEM.UNIT_PRICE, new BigDecimal(fee)).execute();
        dsl.update(CUSTOMER).set(CUSTOMER.PRICE_LIST_ID, list).where(CUSTOMER.ID.eq(customer)).execute();
    }

    long templateWithFee(String fee) {
        long template = seed.template(serviceType);
        dsl.update(WORK_ORDER_TEMPLATE).set(WORK_ORDER_TEMPLATE.FIXED_FEE, new BigDecimal(fee))
                .where(WORK_ORDER_TEMPLATE.ID.eq(template)).execute();
        return template;
    }

    /** Row counts and sums of everything billing writes: equal snapshots mean nothing changed. */
    List<Object> snapshot() {
        return List.of(dsl.fetchCount(INVOICE), dsl.fetchCount(INVOICE_LINE), dsl.fetchCount(PAYMENT),
                dsl.fetchCount(AUDIT_LOG), dsl.fetchCount(CHANGE_FEED),
                dsl.select(INVOICE.ID, INVOICE.STATUS, INVOICE.VERSION, INVOICE.NUMBER).from(INVOICE).orderBy(INVOICE.ID)
                        .fetch().toString(),
                dsl.select(NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.NEXT_VALUE).from(NUMBER_SEQUENCE)
                        .orderBy(NUMBER_SEQUENCE.SCOPE).fetch().toString());
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
