package com.fieldwork.core.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.field.ActingTechnician;
import com.fieldwork.core.field.FieldClockRule;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.RecordedAnswer;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.sync.SyncPayload.ChecklistAnswerEvent;
import com.fieldwork.core.sync.SyncPayload.CompleteEvent;
import com.fieldwork.core.sync.SyncPayload.LaborEvent;
import com.fieldwork.core.sync.SyncPayload.NoteEvent;
import com.fieldwork.core.sync.SyncPayload.PartUsedEvent;
import com.fieldwork.core.sync.SyncPayload.PingEvent;
import com.fieldwork.core.sync.SyncPayload.SignatureEvent;
import com.fieldwork.core.sync.SyncPayload.StatusChangeEvent;
import com.fieldwork.core.workorder.WorkOrderNote;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays a phone's offline queue. Events apply in client-time order, each in its own transaction with its
 * receipt; a resent id gets its stored outcome back and changes nothing. Each type does what its live route
 * does, through the same core use case: status ({@link StatusReplay}), note, checklist answer, labor, parts used
 * ({@link com.fieldwork.core.inventory.JobPartsUse}, once per client id), a location ping, the customer's
 * signature ({@link com.fieldwork.core.field.SignatureCapture}) and completion with proof
 * ({@link CompletionReplay}). Every type but the ping first checks the job is still the technician's
 * (not_found otherwise, as the routes answer).
 * <p>A domain rejection is stored too, so a retry gets the same answer. An unexpected failure (a bug, the
 * database gone) is answered as rejected with code {@code error} but <em>not</em> stored: nothing was
 * decided, so a retry may still succeed.
 */
public final class SyncService {

    private static final System.Logger log = System.getLogger(SyncService.class.getName());

    private final SyncLedger ledger;
    private final Clock clock;

    public SyncService(SyncLedger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return one outcome per event, in the order the events were given */
    public List<SyncOutcome> apply(Actor actor, List<SyncEvent> events) {
        actor.require(Permission.FIELD_WORK);
        long technicianId = ActingTechnician.idOf(actor);
        List<SyncEvent> ordered = new ArrayList<>(events);
        ordered.sort(SyncEvent.CLIENT_ORDER);
        // by identity: a second copy of an id in the same batch meets the first one's receipt, like a resend
        // would, and keeps its own answer (DUPLICATE) next to the first one's (APPLIED)
        Map<SyncEvent, SyncOutcome> outcomes = new IdentityHashMap<>();
        for (SyncEvent event : ordered) {
            outcomes.put(event, applyOne(actor, technicianId, event));
        }
        return events.stream().map(outcomes::get).toList();
    }

    private SyncOutcome applyOne(Actor actor, long technicianId, SyncEvent event) {
        Optional<SyncLedger.Receipt> stored = ledger.receipt(event.id());
        if (stored.isPresent()) {
            return duplicate(event, technicianId, stored.get());
        }
        try {
            FieldClockRule.notInFuture("clientTime", event.clientTime(), clock);
            return ledger.applyOnce(event, technicianId, scope -> effect(scope, event, actor));
        } catch (DomainException e) {
            return ledger.reject(event, technicianId, SyncOutcome.rejected(event.id(), e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "Sync event " + event.id() + " failed unexpectedly", e);
            return SyncOutcome.rejected(event.id(), "error", "The server could not apply this event; send it again later");
        }
    }

    /**
     * A receipt belongs to the technician who sent the event; another technician reusing the id learns
     * nothing about it (and the id stays taken).
     */
    private static SyncOutcome duplicate(SyncEvent event, long technicianId, SyncLedger.Receipt receipt) {
        if (receipt.technicianId() != technicianId) {
            return SyncOutcome.rejected(event.id(), "conflict", "This event id was already used by another phone");
        }
        return receipt.outcome().asDuplicate();
    }

    private static Map<String, String> effect(EventScope scope, SyncEvent event, Actor actor) {
        SyncPayload payload = event.payload();
        if (payload instanceof StatusChangeEvent status) {
            return StatusReplay.apply(scope, event, status, actor);
        }
        if (payload instanceof NoteEvent note) {
            WorkOrderNote saved = scope.workOrders().addNote(note.workOrderId(), note.body(), note.internal(), actor);
            return Map.of("noteId", Long.toString(saved.id()));
        }
        if (payload instanceof ChecklistAnswerEvent answer) {
            return answer(scope, event.clientTime(), answer, actor);
        }
        if (payload instanceof LaborEvent labor) {
            scope.workOrders().get(labor.workOrderId(), actor);
            LaborEntry saved = scope.labor().record(labor.entry(), actor);
            return Map.of("laborId", Long.toString(saved.id()));
        }
        if (payload instanceof PartUsedEvent part) {
            scope.workOrders().get(part.workOrderId(), actor);
            JobPartsUse.PartsUsed used = scope.parts().use(actor, part.workOrderId(), part.use());
            return Map.of("movementId", Long.toString(used.movement().id()), "sku", used.sku(),
                    "vanOnHand", used.vanLevel().onHand().stripTrailingZeros().toPlainString());
        }
        if (payload instanceof PingEvent ping) {
            // a resent event never gets here (its receipt answers); a second event at the same instant adds nothing
            return Map.of("stored", Integer.toString(scope.pings().record(List.of(ping.ping()), actor)));
        }
        if (payload instanceof SignatureEvent signature) {
            scope.workOrders().get(signature.workOrderId(), actor);
            Signature saved = scope.signatures().capture(signature.signature(), actor);
            return Map.of("signatureId", Long.toString(saved.id()), "attachmentId", Long.toString(saved.attachmentId()));
        }
        if (payload instanceof CompleteEvent complete) {
            return CompletionReplay.apply(scope, event, complete, actor);
        }
        throw new IllegalStateException("No handler for " + payload.type());
    }

    /**
     * One answer per item, the newest by client time winning (the same rule as for status): an answer older
     * than the stored one is superseded rather than overwriting it, whatever order the two arrive in.
     */
    private static Map<String, String> answer(EventScope scope, Instant clientTime, ChecklistAnswerEvent event, Actor actor) {
        scope.workOrders().get(event.workOrderId(), actor);
        Optional<RecordedAnswer> current = scope.checklist().answers(event.workOrderId()).stream()
                .filter(a -> a.checklistItemId() == event.checklistItemId()).findFirst();
        if (current.isPresent() && !clientTime.isAfter(current.get().answeredAt())) {
            return Map.of("checklistItemId", Long.toString(event.checklistItemId()), "superseded", "true");
        }
        RecordedAnswer saved = scope.checklist().answer(event.workOrderId(), event.checklistItemId(), event.answer(), actor);
        return Map.of("checklistItemId", Long.toString(saved.checklistItemId()),
                "answeredAt", saved.answeredAt().toString());
    }
}
