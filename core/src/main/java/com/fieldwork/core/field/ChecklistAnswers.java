package com.fieldwork.core.field;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.Actor;

import java.util.List;

/**
 * A work order's checklist answers: one per item, the latest winning. Answers are checked with
 * {@link com.fieldwork.core.catalog.ChecklistAnswerRule} against the item's kind.
 */
public interface ChecklistAnswers {

    /**
     * Records or replaces the answer to one item of the work order's checklist.
     *
     * @throws com.fieldwork.core.common.ValidationException naming the item when the answer does not fit it,
     *         or when a photo answer refers to an attachment of another work order
     * @throws com.fieldwork.core.common.NotFoundException when the work order does not exist or the item
     *         is not on its checklist
     */
    RecordedAnswer answer(long workOrderId, long checklistItemId, ChecklistAnswer answer, Actor actor);

    /** In checklist order. */
    List<RecordedAnswer> answers(long workOrderId);
}
