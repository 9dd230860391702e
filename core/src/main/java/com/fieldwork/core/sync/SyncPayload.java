package com.fieldwork.core.sync;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.completion.CompletionRequest;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.PartUse;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an offline event does: the same operations as the field API's routes, replayed. Each job event names
 * the work order it touches, which is how a replay checks the job is still the technician's; a location ping
 * is the technician's own and names none.
 */
public sealed interface SyncPayload {

    /**
     * The wire name of the event type, also stored on the receipt. Each record keeps it in a {@code TYPE}
     * constant, which the API's list of event types is tested against.
     */
    String type();

    /**
     * A status move. The phone's version is not part of it on purpose: a queue replayed hours later would
     * always be stale, so the move is judged against the job's status instead (see {@link StatusReplay}).
     */
    record StatusChangeEvent(long workOrderId, WorkOrderStatus to, Optional<GeoPoint> position,
                             Optional<String> note) implements SyncPayload {
        public static final String TYPE = "status";

        public StatusChangeEvent {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(position, "position");
            note = Text.optional("note", note, 500);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record NoteEvent(long workOrderId, String body, boolean internal) implements SyncPayload {
        public static final String TYPE = "note";

        public NoteEvent {
            body = Text.required("body", body, 10_000);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record ChecklistAnswerEvent(long workOrderId, long checklistItemId, ChecklistAnswer answer) implements SyncPayload {
        public static final String TYPE = "checklist_answer";

        public ChecklistAnswerEvent {
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record LaborEvent(NewLaborEntry entry) implements SyncPayload {
        public static final String TYPE = "labor";

        public LaborEvent {
            Objects.requireNonNull(entry, "entry");
        }

        public long workOrderId() {
            return entry.workOrderId();
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Parts taken from the van; the use's client id is its movement's key (see {@link JobPartsUse}). */
    record PartUsedEvent(long workOrderId, PartUse use) implements SyncPayload {
        public static final String TYPE = "part_used";

        public PartUsedEvent {
            Objects.requireNonNull(use, "use");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** One position, recorded at the event's client time. */
    record PingEvent(LocationPing ping) implements SyncPayload {
        public static final String TYPE = "ping";

        public PingEvent {
            Objects.requireNonNull(ping, "ping");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The customer's signature; its client id makes a capture under another event id the same signature. */
    record SignatureEvent(NewSignature signature) implements SyncPayload {
        public static final String TYPE = "signature";

        public SignatureEvent {
            Objects.requireNonNull(signature, "signature");
        }

        public long workOrderId() {
            return signature.workOrderId();
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * "Job done" with proof, completed at the event's client time (see {@link CompletionReplay}).
     *
     * @param request        the proof as the completion route takes it, without photo ids (the phone has none)
     * @param photoClientIds the photos by the client ids they were uploaded under; all the job's photos when empty
     */
    record CompleteEvent(long workOrderId, CompletionRequest request, Optional<List<UUID>> photoClientIds)
            implements SyncPayload {
        public static final String TYPE = "complete";

        public CompleteEvent {
            Objects.requireNonNull(request, "request");
            photoClientIds = photoClientIds.map(List::copyOf);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
