package com.fieldwork.db.completion;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.completion.CompletedJob;
import com.fieldwork.core.completion.CompletionProof;
import com.fieldwork.core.completion.CompletionRecords;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.CompletionRecordRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;

/**
 * Completion in SQL. The work order repository is built on the transaction's own DSLContext, so its status
 * change (history, audit, feed) joins this transaction (jOOQ nests it as a savepoint) and commits or rolls
 * back together with the completion record and its audit row.
 */
public final class JooqCompletionRecords implements CompletionRecords {

    static final String ENTITY = "completion_record";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqCompletionRecords(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletedJob complete(long workOrderId, long expectedVersion, StatusChange change, CompletionProof proof,
                                 Actor actor) {
        return IntegrityViolations.translate("Completion record", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            WorkOrder completed = new JooqWorkOrderRepository(tx, clock)
                    .changeStatus(workOrderId, expectedVersion, change, actor);
            // rework: a job completed, sent back and completed again keeps one record, the latest proof
            CompletionRecordRecord before = tx.selectFrom(COMPLETION_RECORD)
                    .where(COMPLETION_RECORD.WORK_ORDER_ID.eq(workOrderId)).fetchOne();
            if (before != null) {
                tx.deleteFrom(COMPLETION_RECORD).where(COMPLETION_RECORD.WORK_ORDER_ID.eq(workOrderId)).execute();
            }
            CompletionRecordRecord row = tx.newRecord(COMPLETION_RECORD);
            row.setWorkOrderId(workOrderId);
            row.setCompletedBy(actor.userId());
            row.setCompletedAt(proof.completedAt());
            row.setLat(proof.location().map(GeoPoint::lat).orElse(null));
            row.setLon(proof.location().map(GeoPoint::lon).orElse(null));
            row.setFirstTimeFix(proof.firstTimeFix());
            row.setCustomerConfirmed(proof.customerConfirmed());
            row.setSignatureId(proof.signatureId().isPresent() ? proof.signatureId().getAsLong() : null);
            row.setSummary(proof.summary().orElse(null));
            row.store();
            Instant now = clock.instant();
            // completion_record has no photo column (V4); the audit action keeps which photos were the proof
            String photos = proof.photoIds().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
            AuditTrail.record(tx, actor, now, ENTITY, workOrderId,
                    before == null ? ChangeOperation.INSERT : ChangeOperation.UPDATE,
                    "completed with photos " + photos, before, row, null);
            return new CompletedJob(completed, actor.userId(), proof);
        }));
    }
}
