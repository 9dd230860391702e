package com.fieldwork.core.sync;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * What an offline event does: the same operations as the field API's routes, replayed. Each names the
 * work order it touches, which is how a replay checks the job is still the technician's.
 */
public sealed interface SyncPayload {

    long workOrderId();

    /** The wire name of the event type, also stored on the receipt. */
    String type();

    /**
     * A status move. The phone's version is not part of it on purpose: a queue replayed hours later would
     * always be stale, so the move is judged against the job's status instead (see {@link StatusReplay}).
     */
    record StatusChangeEvent(long workOrderId, WorkOrderStatus to, Optional<GeoPoint> position,
                             Optional<String> note) implements SyncPayload {
        public StatusChangeEvent {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(position, "position");
            note = Text.optional("note", note, 500);
        }

        @Override
        public String type() {
            return "status";
        }
    }

    record NoteEvent(long workOrderId, String body, boolean internal) implements SyncPayload {
        public NoteEvent {
            body = Text.required("body", body, 10_000);
        }

        @Override
        public String type() {
            return "note";
        }
    }

    record ChecklistAnswerEvent(long workOrderId, long checklistItemId, ChecklistAnswer answer) implements SyncPayload {
        public ChecklistAnswerEvent {
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public String type() {
            return "checklist_answer";
        }
    }

    record LaborEvent(NewLaborEntry entry) implements SyncPayload {
        public LaborEvent {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public long workOrderId() {
            return entry.workOrderId();
        }

        @Override
        public String type() {
            return "labor";
        }
    }
}
