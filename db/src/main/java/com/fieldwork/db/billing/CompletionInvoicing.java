package com.fieldwork.db.billing;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.billing.Coverage;
import com.fieldwork.core.billing.InvoiceCalculator;
import com.fieldwork.core.billing.InvoiceDraft;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.common.Actor;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.InvoiceRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.INVOICE;

/**
 * The draft invoice a completion makes, written in the completing transaction: a job is never Completed
 * without its draft, and a rolled-back completion leaves none.
 *
 * <p>One job, one invoice. Completing again after a reopen (rework) does not make a second one: a draft
 * nobody has touched yet (version 0) is recomputed from the job as it is now, since it is still only the
 * machine's proposal; a draft an accountant edited, and an issued invoice, are left alone (the accountant
 * adjusts, or credits). Only after the job's draft was discarded does a completion draft a new one.
 */
public final class CompletionInvoicing {

    static final String ENTITY = "invoice";

    private CompletionInvoicing() {
    }

    /** Call with the completing transaction's context, after the work order row was moved to Completed. */
    public static void draftFor(DSLContext tx, long workOrderId, Instant completedAt, Actor actor, Instant now) {
        Optional<BillableWorkReads.Job> billable = BillableWorkReads.read(tx, workOrderId, completedAt);
        if (billable.isEmpty()) {
            return;
        }
        BillableWorkReads.Job job = billable.get();
        InvoiceDraft draft = InvoiceCalculator.draft(job.work());
        InvoiceRecord existing = tx.selectFrom(INVOICE)
                .where(INVOICE.WORK_ORDER_ID.eq(workOrderId).and(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                        .and(INVOICE.STATUS.ne(InvoiceStatus.VOID.name())))
                .orderBy(INVOICE.ID.desc()).limit(1)
                .fetchOne();
        if (existing == null) {
            insert(tx, job, draft, workOrderId, actor, now);
        } else if (InvoiceStatus.DRAFT.name().equals(existing.getStatus()) && existing.getVersion() == 0) {
            InvoiceRecord before = existing.copy();
            before.setId(existing.getId());
            InvoiceRows.withTotals(existing, draft.lines());
            existing.setCoverage(draft.coverage().map(Enum::name).orElse(null))
                    .setNotes(draft.notes().orElse(null)).setUpdatedAt(now);
            existing.update();
            InvoiceRows.writeLines(tx, existing.getId(), draft.lines());
            AuditTrail.record(tx, actor, now, ENTITY, existing.getId(), ChangeOperation.UPDATE,
                    "recompute draft", before, existing, "job completed again");
        }
    }

    private static void insert(DSLContext tx, BillableWorkReads.Job job, InvoiceDraft draft, long workOrderId,
                               Actor actor, Instant now) {
        // the system has no user row: its drafts are credited to whoever opened the job
        InvoiceRecord row = write(tx, job, draft, workOrderId, actor.isSystem() ? job.createdBy() : actor.userId(), now);
        AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "draft on completion", null, row,
                draft.coverage().map(Coverage::label).orElse(null));
    }

    /**
     * The draft of a completed job written without audit or feed rows: for the demo company, which is a starting
     * state rather than a history of edits. Empty when the job's draft exists already or there is no company.
     */
    public static Optional<Long> writeDemoDraft(DSLContext tx, long workOrderId, Instant completedAt, long createdBy,
                                                Instant now) {
        if (tx.fetchExists(INVOICE, INVOICE.WORK_ORDER_ID.eq(workOrderId))) {
            return Optional.empty();
        }
        return BillableWorkReads.read(tx, workOrderId, completedAt).map(job ->
                write(tx, job, InvoiceCalculator.draft(job.work()), workOrderId, createdBy, now).getId());
    }

    private static InvoiceRecord write(DSLContext tx, BillableWorkReads.Job job, InvoiceDraft draft, long workOrderId,
                                       long createdBy, Instant now) {
        InvoiceRecord row = tx.newRecord(INVOICE);
        row.setBranchId(job.branchId()).setCustomerId(job.customerId()).setWorkOrderId(workOrderId)
                .setKind(InvoiceKind.INVOICE.name()).setStatus(InvoiceStatus.DRAFT.name())
                .setCurrency(draft.currency()).setCoverage(draft.coverage().map(Enum::name).orElse(null))
                .setNotes(draft.notes().orElse(null)).setVersion(0L)
                .setCreatedBy(createdBy).setCreatedAt(now).setUpdatedAt(now);
        InvoiceRows.withTotals(row, draft.lines());
        row.store();
        InvoiceRows.writeLines(tx, row.getId(), draft.lines());
        return row;
    }
}
