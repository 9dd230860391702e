package com.fieldwork.db.sync;

import com.fieldwork.core.sync.EventScope;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncLedger;
import com.fieldwork.core.sync.SyncOutcome;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.field.JooqLaborEntries;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.sla.JooqSlaPolicies;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;

/**
 * Receipts in {@code sync_receipt}, and the per-event transaction. The repositories of one event are built
 * on the transaction's own DSLContext, so their transactions nest as savepoints on the same connection and
 * the effect commits exactly when the receipt does.
 */
public final class JooqSyncLedger implements SyncLedger {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqSyncLedger(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        try {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                Map<String, String> result = work.apply(scope(tx, event));
                SyncOutcome outcome = SyncOutcome.applied(event.id(), result);
                store(tx, event, technicianId, outcome);
                return outcome;
            });
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

    private EventScope scope(DSLContext tx, SyncEvent event) {
        var workOrders = new JooqWorkOrderRepository(tx, clock);
        var service = new WorkOrderService(workOrders, new JooqVisitRepository(tx, clock), new JooqSlaPolicies(tx), clock);
        // answers carry the phone's time, which is what "newest answer wins" compares on the next event
        var checklist = new JooqChecklistAnswers(tx, Clock.fixed(event.clientTime(), ZoneOffset.UTC));
        return new EventScope(service, workOrders, checklist, new JooqLaborEntries(tx, clock));
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
