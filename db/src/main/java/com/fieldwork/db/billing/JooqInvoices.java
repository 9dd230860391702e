package com.fieldwork.db.billing;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.DraftEdit;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceNumber;
import com.fieldwork.core.billing.InvoicePage;
import com.fieldwork.core.billing.InvoiceParties;
import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.billing.InvoiceRefusedException;
import com.fieldwork.core.billing.InvoiceRules;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.InvoiceTotals;
import com.fieldwork.core.billing.Invoices;
import com.fieldwork.core.billing.NewPayment;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.PaymentMethod;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.InvoiceRecord;
import com.fieldwork.db.jooq.tables.records.PaymentRecord;
import com.fieldwork.db.support.CompanyZone;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.NumberSequences;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static com.fieldwork.db.jooq.Tables.PAYMENT;

/**
 * Invoices in SQL. Every write is one transaction that locks the invoice row first (the versioned update or
 * {@code select … for update}), then, when it numbers something, the branch's number_sequence row: always in
 * that order, so concurrent issuers queue instead of deadlocking, and a rollback hands the number back.
 */
public final class JooqInvoices implements Invoices {

    static final String PAYMENT_ENTITY = "payment";
    private static final VersionedTable<InvoiceRecord> INVOICES = new VersionedTable<>("Invoice",
            CompletionInvoicing.ENTITY, INVOICE, INVOICE.ID, INVOICE.VERSION, INVOICE.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;

    public JooqInvoices(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Invoice> find(long id) {
        return InvoiceRows.find(dsl, id);
    }

    @Override
    public Optional<Invoice> forWorkOrder(long workOrderId) {
        return InvoiceRows.list(dsl, INVOICE.WORK_ORDER_ID.eq(workOrderId).and(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                .and(INVOICE.STATUS.ne(InvoiceStatus.VOID.name())), INVOICE.ID.desc(), 1).stream().findFirst();
    }

    @Override
    public List<Invoice> list(Optional<InvoiceStatus> status, int limit) {
        return InvoiceRows.list(dsl, status.map(s -> INVOICE.STATUS.eq(s.name())).orElse(org.jooq.impl.DSL.trueCondition()),
                INVOICE.ID.desc(), limit);
    }

    @Override
    public InvoicePage page(InvoiceQuery query) {
        Condition matching = InvoiceFilters.matching(query, CompanyZone.of(dsl));
        Condition page = query.beforeId().isPresent() ? matching.and(INVOICE.ID.lt(query.beforeId().getAsLong()))
                : matching;
        List<Invoice> rows = InvoiceRows.list(dsl, page, INVOICE.ID.desc(), query.limit());
        int count = dsl.fetchCount(dsl.select(INVOICE.ID).from(INVOICE).join(CUSTOMER)
                .on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID)).where(matching));
        return new InvoicePage(rows, count);
    }

    @Override
    public Invoice editDraft(long id, long expectedVersion, DraftEdit edit, Actor actor) {
        return write(tx -> {
            Instant now = clock.instant();
            InvoiceRecord before = row(tx, id);
            InvoiceRules.requireDraft(current(tx, id), "edit");
            InvoiceRecord changes = InvoiceRows.withTotals(tx.newRecord(INVOICE), edit.lines())
                    .setNotes(edit.notes().orElse(null));
            INVOICES.update(tx, id, expectedVersion, now, changes);
            InvoiceRows.writeLines(tx, id, edit.lines());
            AuditTrail.record(tx, actor, now, CompletionInvoicing.ENTITY, id, ChangeOperation.UPDATE, "edit draft",
                    before, row(tx, id), null);
            return current(tx, id);
        });
    }

    @Override
    public Invoice issue(long id, long expectedVersion, Actor actor) {
        return write(tx -> {
            Instant now = clock.instant();
            InvoiceRecord before = row(tx, id);
            Invoice draft = current(tx, id);
            InvoiceRules.requireDraft(draft, "issue");
            if (draft.lines().isEmpty()) {
                throw new InvoiceRefusedException("Cannot issue " + draft.label() + ": it has no lines; add one or void it");
            }
            // lock order: the invoice row (claimed at the expected version), then the branch's counter
            INVOICES.claim(tx, id, expectedVersion, now);
            InvoiceNumber number = nextNumber(tx, draft.branchId());
            int termsDays = tx.select(COMPANY.PAYMENT_TERMS_DAYS).from(COMPANY).orderBy(COMPANY.ID).limit(1)
                    .fetchSingle(COMPANY.PAYMENT_TERMS_DAYS);
            // nothing to pay (warranty, contract): the zero invoice is settled the moment it is issued
            InvoiceStatus status = draft.totals().total().signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
            tx.update(INVOICE).set(INVOICE.NUMBER, number.toString()).set(INVOICE.STATUS, status.name())
                    .set(INVOICE.ISSUED_AT, now).set(INVOICE.DUE_AT, now.plus(Duration.ofDays(termsDays)))
                    .where(INVOICE.ID.eq(id)).execute();
            AuditTrail.record(tx, actor, now, CompletionInvoicing.ENTITY, id, ChangeOperation.UPDATE,
                    "issue", before, row(tx, id), "numbered " + number);
            return current(tx, id);
        });
    }

    @Override
    public void discardDraft(long id, long expectedVersion, Actor actor) {
        write(tx -> {
            Instant now = clock.instant();
            InvoiceRecord before = row(tx, id);
            InvoiceRules.requireDraft(current(tx, id), "discard");
            // claim first: a stale discard fails here, naming who saved the draft since
            INVOICES.claim(tx, id, expectedVersion, now);
            tx.deleteFrom(INVOICE).where(INVOICE.ID.eq(id)).execute();
            AuditTrail.record(tx, actor, now, CompletionInvoicing.ENTITY, id, ChangeOperation.DELETE, "discard draft",
                    before, null, null);
            return null;
        });
    }

    @Override
    public Invoice creditNote(long invoiceId, Optional<List<InvoiceLine>> lines, Optional<String> reason, Actor actor) {
        Optional<String> note = com.fieldwork.core.common.Text.optional("reason", reason, 2000);
        return write(tx -> {
            Instant now = clock.instant();
            InvoiceRecord before = lockedRow(tx, invoiceId);
            Invoice invoice = current(tx, invoiceId);
            List<InvoiceLine> credited = lines.map(List::copyOf).orElse(invoice.lines());
            InvoiceTotals totals = InvoiceTotals.of(credited);
            InvoiceRules.checkCredit(invoice, totals.total());
            InvoiceNumber number = nextNumber(tx, invoice.branchId());
            InvoiceRecord credit = tx.newRecord(INVOICE);
            credit.setBranchId(invoice.branchId()).setCustomerId(invoice.customerId())
                    .setWorkOrderId(invoice.workOrderId().isPresent() ? invoice.workOrderId().getAsLong() : null)
                    .setKind(InvoiceKind.CREDIT_NOTE.name()).setCreditedInvoiceId(invoiceId)
                    .setNumber(number.toString()).setStatus(InvoiceStatus.ISSUED.name()).setCurrency(invoice.currency())
                    .setIssuedAt(now).setNotes(note.orElse("Credit for invoice " + invoice.number().orElseThrow()))
                    .setVersion(0L).setCreatedBy(actor.userId()).setCreatedAt(now).setUpdatedAt(now);
            InvoiceRows.withTotals(credit, credited);
            credit.store();
            InvoiceRows.writeLines(tx, credit.getId(), credited);
            AuditTrail.record(tx, actor, now, CompletionInvoicing.ENTITY, credit.getId(), ChangeOperation.INSERT,
                    "credit note", null, credit, number + " credits " + invoice.number().orElseThrow());
            settle(tx, invoice, before, invoice.paid(), invoice.credited().add(totals.total()), actor, now,
                    "credited by " + number);
            return current(tx, credit.getId());
        });
    }

    @Override
    public Payment recordPayment(NewPayment payment, Actor actor) {
        return write(tx -> {
            Instant now = clock.instant();
            InvoiceRecord before = lockedRow(tx, payment.invoiceId());
            Invoice invoice = current(tx, payment.invoiceId());
            InvoiceRules.checkPayment(invoice, payment.amount());
            PaymentRecord row = tx.newRecord(PAYMENT);
            row.setInvoiceId(payment.invoiceId()).setAmount(payment.amount()).setMethod(payment.method().name())
                    .setReference(payment.reference().orElse(null)).setReceivedAt(payment.receivedAt())
                    .setRecordedBy(actor.userId()).setRecordedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, PAYMENT_ENTITY, row.getId(), ChangeOperation.INSERT, "record payment",
                    null, row, payment.amount().toPlainString() + " " + invoice.currency() + " on "
                            + invoice.number().orElseThrow());
            settle(tx, invoice, before, invoice.paid().add(payment.amount()), invoice.credited(), actor, now,
                    "payment recorded");
            return payment(row);
        });
    }

    /** The invoice after a payment or credit: paid when nothing is left, always a new version for the feed. */
    private static void settle(DSLContext tx, Invoice invoice, InvoiceRecord before, java.math.BigDecimal paid,
                               java.math.BigDecimal credited, Actor actor, Instant now, String reason) {
        InvoiceStatus status = InvoiceRules.settledStatus(invoice.totals().total(), paid, credited);
        tx.update(INVOICE).set(INVOICE.STATUS, status.name()).set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .set(INVOICE.UPDATED_AT, now).where(INVOICE.ID.eq(invoice.id())).execute();
        AuditTrail.record(tx, actor, now, CompletionInvoicing.ENTITY, invoice.id(), ChangeOperation.UPDATE, "settle",
                before, row(tx, invoice.id()), reason + (status != invoice.status() ? ", now " + status.name().toLowerCase() : ""));
    }

    @Override
    public List<Payment> payments(long invoiceId) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.INVOICE_ID.eq(invoiceId)).orderBy(PAYMENT.RECEIVED_AT, PAYMENT.ID)
                .fetch(JooqInvoices::payment);
    }

    @Override
    public List<CustomerAging> aging(Instant asOf) {
        return InvoiceAging.asOf(dsl, asOf);
    }

    @Override
    public List<Invoice> issuedBetween(Instant from, Instant to) {
        return InvoiceRows.list(dsl, INVOICE.ISSUED_AT.ge(from).and(INVOICE.ISSUED_AT.lt(to)), INVOICE.ISSUED_AT.asc(),
                Integer.MAX_VALUE);
    }

    @Override
    public List<Payment> receivedBetween(Instant from, Instant to) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.RECEIVED_AT.ge(from).and(PAYMENT.RECEIVED_AT.lt(to)))
                .orderBy(PAYMENT.RECEIVED_AT, PAYMENT.ID).fetch(JooqInvoices::payment);
    }

    @Override
    public InvoiceParties parties(long invoiceId) {
        Record row = dsl.select(BRANCH.NAME, BRANCH.STREET, BRANCH.CITY, BRANCH.POSTAL_CODE, BRANCH.COUNTRY,
                        CUSTOMER.NUMBER, CUSTOMER.NAME, CUSTOMER.BILLING_STREET, CUSTOMER.BILLING_CITY,
                        CUSTOMER.BILLING_POSTAL_CODE, CUSTOMER.BILLING_COUNTRY)
                .from(INVOICE)
                .join(BRANCH).on(BRANCH.ID.eq(INVOICE.BRANCH_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .where(INVOICE.ID.eq(invoiceId))
                .fetchOptional().orElseThrow(() -> new NotFoundException("invoice", invoiceId));
        Record company = dsl.select(COMPANY.NAME, COMPANY.PAYMENT_LINK_TEMPLATE, COMPANY.TIME_ZONE).from(COMPANY).orderBy(COMPANY.ID)
                .limit(1).fetchSingle();
        return new InvoiceParties(company.get(COMPANY.NAME), row.get(BRANCH.NAME),
                new Address(row.get(BRANCH.STREET), row.get(BRANCH.CITY), row.get(BRANCH.POSTAL_CODE),
                        row.get(BRANCH.COUNTRY)),
                row.get(CUSTOMER.NUMBER), row.get(CUSTOMER.NAME),
                new Address(row.get(CUSTOMER.BILLING_STREET), row.get(CUSTOMER.BILLING_CITY),
                        row.get(CUSTOMER.BILLING_POSTAL_CODE), row.get(CUSTOMER.BILLING_COUNTRY)),
                Optional.ofNullable(company.get(COMPANY.PAYMENT_LINK_TEMPLATE)), ZoneId.of(company.get(COMPANY.TIME_ZONE)));
    }

    private static InvoiceNumber nextNumber(DSLContext tx, long branchId) {
        String code = tx.select(BRANCH.CODE).from(BRANCH).where(BRANCH.ID.eq(branchId)).fetchSingle(BRANCH.CODE);
        return new InvoiceNumber(code, NumberSequences.next(tx, InvoiceNumber.sequenceScope(branchId)));
    }

    private <T> T write(Function<DSLContext, T> work) {
        return IntegrityViolations.translate("Invoice", () -> dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
    }

    private static InvoiceRecord row(DSLContext tx, long id) {
        return tx.selectFrom(INVOICE).where(INVOICE.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("invoice", id));
    }

    /** The invoice row locked until commit: payments and credits on one invoice take turns. */
    private static InvoiceRecord lockedRow(DSLContext tx, long id) {
        return tx.selectFrom(INVOICE).where(INVOICE.ID.eq(id)).forUpdate().fetchOptional()
                .orElseThrow(() -> new NotFoundException("invoice", id));
    }

    private static Invoice current(DSLContext tx, long id) {
        return InvoiceRows.find(tx, id).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    private static Payment payment(PaymentRecord row) {
        return new Payment(row.getId(), row.getInvoiceId(), row.getAmount(), PaymentMethod.valueOf(row.getMethod()),
                Optional.ofNullable(row.getReference()), row.getReceivedAt(), row.getRecordedBy(), row.getRecordedAt());
    }
}
