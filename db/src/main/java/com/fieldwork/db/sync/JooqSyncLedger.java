package com.fieldwork.db.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.completion.CompletedJob;
import com.fieldwork.core.completion.JobCompletedListener;
import com.fieldwork.core.completion.JobCompletion;
import com.fieldwork.core.completion.JobEvidence;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.sync.EventScope;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncLedger;
import com.fieldwork.core.sync.SyncOutcome;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.completion.JooqCompletionRecords;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.field.JooqLaborEntries;
import com.fieldwork.db.field.JooqLocationPings;
import com.fieldwork.db.field.JooqSignatureRepository;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;

/**
 * Receipts in {@code sync_receipt}, and the per-event transaction. The repositories of one event (the stock
 * ledger, signatures, pings and completion records included) are built on the transaction's own DSLContext,
 * so their own {@code transactionResult} nests as a savepoint on the same connection and the effect commits
 * exactly when the receipt does. A signature's image goes to the content store first; should the event roll
 * back, the file stays unreferenced, harmless under its hash (a resend stores the same bytes there).
 * A queued completion tells the same listener the live completion route does (the service report is made
 * there), but only once the event has committed: until then the listener's own connection could not see it.
 */
public final class JooqSyncLedger implements SyncLedger {

    private static final Logger log = LoggerFactory.getLogger(JooqSyncLedger.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final ContentStore files;
    private final JobCompletedListener completed;

    /**
     * @param files     where a queued signature's image goes, as the signature route puts it
     * @param completed told after a queued completion has committed, as the live completion is told
     */
    public JooqSyncLedger(DSLContext dsl, Clock clock, ContentStore files, JobCompletedListener completed) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = Objects.requireNonNull(files, "files");
        this.completed = Objects.requireNonNull(completed, "completed");
    }

    @Override
    public Optional<Receipt> receipt(UUID eventId) {
        return receipt(dsl, eventId);
    }

    private static Optional<Receipt> receipt(DSLContext ctx, UUID eventId) {
        return ctx.selectFrom(SYNC_RECEIPT).where(SYNC_RECEIPT.EVENT_ID.eq(eventId)).fetchOptional()
                .map(row -> new Receipt(row.getTechnicianId(), ReceiptJson.read(eventId,
                        SyncOutcome.Kind.valueOf(row.getOutcome()), row.getResultJson())));
    }

    @Override
    public SyncOutcome applyOnce(SyncEvent event, long technicianId, Function<EventScope, Map<String, String>> work) {
        List<Runnable> afterCommit = new ArrayList<>();
        try {
            SyncOutcome applied = dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                Map<String, String> result = work.apply(scope(tx, event, afterCommit));
                SyncOutcome outcome = SyncOutcome.applied(event.id(), result);
                store(tx, event, technicianId, outcome);
                return outcome;
            });
            afterCommit.forEach(Runnable::run);
            return applied;
        } catch (DataAccessException e) {
            return raced(event, e);
        }
    }

    @Override
    public SyncOutcome reject(SyncEvent event, long technicianId, SyncOutcome rejection) {
        try {
            dsl.transaction(cfg -> store(cfg.dsl(), event, technicianId, rejection));
            return rejection;
        } catch (DataAccessException e) {
            return raced(event, e);
        }
    }

    /**
     * The same event sent twice at once (two requests from a phone that timed out and retried): the second
     * insert of the receipt fails on its primary key and rolls its effect back; the first one's outcome stands.
     */
    private SyncOutcome raced(SyncEvent event, DataAccessException e) {
        return receipt(dsl, event.id()).map(stored -> stored.outcome().asDuplicate()).orElseThrow(() -> e);
    }

    /** The completion stands whatever the listener does; what it makes (the report) is made when first asked for. */
    private void tellCompleted(CompletedJob job, Actor actor) {
        try {
            completed.completed(job, actor);
        } catch (RuntimeException e) {
            log.warn("After the queued completion of work order {}", job.workOrder().id(), e);
        }
    }

    private EventScope scope(DSLContext tx, SyncEvent event, List<Runnable> afterCommit) {
        var wiring = WorkOrderWiring.over(tx, clock);
        var workOrders = wiring.workOrders();
        var service = wiring.service();
        // answers carry the phone's time, which is what "newest answer wins" compares on the next event
        var checklist = new JooqChecklistAnswers(tx, Clock.fixed(event.clientTime(), ZoneOffset.UTC));
        var parts = new JobPartsUse(new JooqStockLedger(tx, clock), new JooqStockLocationRepository(tx, clock),
                new JooqPartRepository(tx, clock));
        var signatures = new JooqSignatureRepository(tx, clock);
        var attachments = new JooqAttachmentRepository(tx, clock);
        // the proof is read on the server's clock: a completion weighs the answers there are, whenever given
        var completion = new JobCompletion(service, new JobEvidence(new JooqTemplateRepository(tx, clock),
                new JooqChecklistAnswers(tx, clock), attachments, signatures), new JooqCompletionRecords(tx, clock), clock,
                (job, actor) -> afterCommit.add(() -> tellCompleted(job, actor)));
        return new EventScope(service, workOrders, checklist, new JooqLaborEntries(tx, clock), parts,
                new JooqLocationPings(tx, clock), new SignatureCapture(files, signatures), attachments, completion);
    }

    private void store(DSLContext tx, SyncEvent event, long technicianId, SyncOutcome outcome) {
        tx.insertInto(SYNC_RECEIPT)
                .set(SYNC_RECEIPT.EVENT_ID, event.id())
                .set(SYNC_RECEIPT.TECHNICIAN_ID, technicianId)
                .set(SYNC_RECEIPT.EVENT_TYPE, event.payload().type())
                .set(SYNC_RECEIPT.OUTCOME, outcome.kind().name())
                .set(SYNC_RECEIPT.RESULT_JSON, ReceiptJson.write(outcome))
                .set(SYNC_RECEIPT.CLIENT_TIME, event.clientTime())
                .set(SYNC_RECEIPT.RECEIVED_AT, clock.instant())
                .execute();
    }
}
