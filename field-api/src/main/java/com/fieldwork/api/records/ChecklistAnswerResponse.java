package com.fieldwork.api.records;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.field.RecordedAnswer;

import java.time.Instant;

/** The answer now on record for one item; {@code value} is the boolean, number, text or attachment id. */
public record ChecklistAnswerResponse(long workOrderId, long checklistItemId, String kind, Object value,
                                      long answeredBy, Instant answeredAt) {

    static ChecklistAnswerResponse of(RecordedAnswer recorded) {
        return new ChecklistAnswerResponse(recorded.workOrderId(), recorded.checklistItemId(),
                recorded.answer().kind().name(), value(recorded.answer()), recorded.answeredBy(), recorded.answeredAt());
    }

    private static Object value(ChecklistAnswer answer) {
        if (answer instanceof ChecklistAnswer.YesNo yesNo) {
            return yesNo.value();
        }
        if (answer instanceof ChecklistAnswer.Numeric number) {
            return number.value();
        }
        if (answer instanceof ChecklistAnswer.FreeText text) {
            return text.value();
        }
        return ((ChecklistAnswer.Photo) answer).attachmentId();
    }
}
