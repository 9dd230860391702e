package com.fieldwork.db.demo;

import com.fieldwork.core.billing.InvoiceNumber;
import com.fieldwork.core.billing.PaymentMethod;
import com.fieldwork.db.billing.CompletionInvoicing;
import com.fieldwork.db.support.NumberSequences;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static com.fieldwork.db.jooq.Tables.PAYMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The demo's invoices, so the invoice and aging screens open on something: the drafts of jobs completed in the
 * last few days, and for a sample of the jobs completed in the last five months issued invoices that are paid,
 * partly paid or unpaid, the older unpaid ones overdue (the demo's jobs go back about 90 days: up to 31-60
 * days past due). Priced by the same calculator as a real completion; numbered in completion order per branch
 * from the same counters issuing uses.
 */
final class DemoInvoices {

    static final Duration DRAFT_AGE = Duration.ofDays(3);
    static final Duration OLDEST = Duration.ofDays(150);
    private static final int SAMPLE_PERCENT = 15;

    private final DSLContext tx;
    private final Instant now;
    private final SplittableRandom random;
    private int drafts;
    private int issued;

    DemoInvoices(DSLContext tx, Instant now, SplittableRandom random) {
        this.tx = tx;
        this.now = now;
        this.random = random;
    }

    /** @return a progress line: how many drafts and issued invoices were written */
    String write() {
        long accountant = tx.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("accountant"))
                .fetchSingle(APP_USER.ID);
        int terms = tx.select(COMPANY.PAYMENT_TERMS_DAYS).from(COMPANY).limit(1).fetchSingle(COMPANY.PAYMENT_TERMS_DAYS);
        List<? extends Record> jobs = tx.select(WORK_ORDER.ID, WORK_ORDER.COMPLETED_AT, WORK_ORDER.BRANCH_ID, BRANCH.CODE)
                .from(WORK_ORDER).join(BRANCH).on(BRANCH.ID.eq(WORK_ORDER.BRANCH_ID))
                .where(WORK_ORDER.COMPLETED_AT.ge(now.minus(OLDEST)).and(WORK_ORDER.STATUS.in("COMPLETED", "CLOSED")))
                .orderBy(WORK_ORDER.COMPLETED_AT, WORK_ORDER.ID)
                .fetch();
        for (Record job : jobs) {
            Instant completed = job.get(WORK_ORDER.COMPLETED_AT);
            boolean recent = completed.isAfter(now.minus(DRAFT_AGE));
            if (!recent && random.nextInt(100) >= SAMPLE_PERCENT) {
                continue;
            }
            CompletionInvoicing.writeDemoDraft(tx, job.get(WORK_ORDER.ID), completed, accountant, completed)
                    .ifPresent(id -> {
                        if (recent) {
                            drafts++;
                        } else {
                            issue(id, job, completed.plus(Duration.ofDays(1)), terms, accountant);
                        }
                    });
        }
        return "demo: " + drafts + " draft and " + issued + " issued invoices";
    }

    private void issue(long id, Record job, Instant at, int terms, long accountant) {
        InvoiceNumber number = new InvoiceNumber(job.get(BRANCH.CODE),
                NumberSequences.next(tx, InvoiceNumber.sequenceScope(job.get(WORK_ORDER.BRANCH_ID))));
        BigDecimal total = tx.select(INVOICE.TOTAL).from(INVOICE).where(INVOICE.ID.eq(id)).fetchSingle(INVOICE.TOTAL);
        Instant due = at.plus(Duration.ofDays(terms));
        BigDecimal paid = paid(total, at);
        if (paid.signum() > 0) {
            Instant received = at.plus(Duration.ofDays(3 + random.nextInt(40)));
            tx.insertInto(PAYMENT).set(PAYMENT.INVOICE_ID, id).set(PAYMENT.AMOUNT, paid)
                    .set(PAYMENT.METHOD, PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)].name())
                    .set(PAYMENT.REFERENCE, "demo-" + number)
                    .set(PAYMENT.RECEIVED_AT, received.isAfter(now) ? now : received)
                    .set(PAYMENT.RECORDED_BY, accountant).set(PAYMENT.RECORDED_AT, received.isAfter(now) ? now : received)
                    .execute();
        }
        String status = paid.compareTo(total) >= 0 ? "PAID" : "ISSUED";
        tx.update(INVOICE).set(INVOICE.NUMBER, number.toString()).set(INVOICE.STATUS, status)
                .set(INVOICE.ISSUED_AT, at).set(INVOICE.DUE_AT, due).set(INVOICE.VERSION, 1L).set(INVOICE.UPDATED_AT, at)
                .where(INVOICE.ID.eq(id)).execute();
        issued++;
    }

    /** Half are paid in full, one in five in part, the rest not yet; older than four months, nine in ten are paid. */
    private BigDecimal paid(BigDecimal total, Instant issuedAt) {
        if (total.signum() == 0) {
            return total;
        }
        int draw = random.nextInt(100);
        if (draw < (issuedAt.isBefore(now.minus(Duration.ofDays(120))) ? 90 : 50)) {
            return total;
        }
        if (draw < 70) {
            return total.multiply(BigDecimal.valueOf(20 + random.nextInt(60))).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
        }
        return BigDecimal.ZERO;
    }
}
