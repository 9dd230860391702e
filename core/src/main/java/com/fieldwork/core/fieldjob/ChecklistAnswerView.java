package com.fieldwork.core.fieldjob;

import com.fieldwork.core.catalog.ChecklistAnswer;

import java.time.Instant;
import java.util.Objects;

/** What has been answered so far for one checklist item of a job, and by whom. */
public record ChecklistAnswerView(long checklistItemId, ChecklistAnswer answer, long answeredBy,
                                  String answeredByName, Instant answeredAt) {

    public ChecklistAnswerView {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredByName, "answeredByName");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
