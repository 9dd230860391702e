package com.fieldwork.core.field;

import com.fieldwork.core.catalog.ChecklistAnswer;

import java.time.Instant;
import java.util.Objects;

/** The current answer to one checklist item on one work order, and who gave it when. */
public record RecordedAnswer(long workOrderId, long checklistItemId, ChecklistAnswer answer, long answeredBy,
                             Instant answeredAt) {

    public RecordedAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
