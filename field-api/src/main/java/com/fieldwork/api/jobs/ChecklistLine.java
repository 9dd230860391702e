package com.fieldwork.api.jobs;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.fieldjob.ChecklistAnswerView;
import com.fieldwork.core.fieldjob.JobDetail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One checklist item of the job's template with its answer so far, merged so the phone draws the list in
 * one pass. {@code answer} is a boolean, number, text or attachment id by {@code kind}; null when unanswered.
 */
public record ChecklistLine(long itemId, int position, String prompt, String kind, boolean required, Object answer,
                            Long answeredBy, String answeredByName, OffsetDateTime answeredAt) {

    static List<ChecklistLine> of(JobDetail job, CompanyTime time) {
        Map<Long, ChecklistAnswerView> answers = job.answers().stream()
                .collect(Collectors.toMap(ChecklistAnswerView::checklistItemId, Function.identity(), (a, b) -> b));
        List<ChecklistItem> items = job.template().map(t -> t.checklist()).orElse(List.of());
        return items.stream().map(item -> line(item, Optional.ofNullable(answers.get(item.id())), time)).toList();
    }

    private static ChecklistLine line(ChecklistItem item, Optional<ChecklistAnswerView> answer, CompanyTime time) {
        return new ChecklistLine(item.id(), item.position(), item.prompt(), item.kind().name(), item.required(),
                answer.map(a -> value(a.answer())).orElse(null),
                answer.map(ChecklistAnswerView::answeredBy).orElse(null),
                answer.map(ChecklistAnswerView::answeredByName).orElse(null),
                time.of(answer.map(ChecklistAnswerView::answeredAt)));
    }

    private static Object value(ChecklistAnswer answer) {
        if (answer instanceof ChecklistAnswer.YesNo yesNo) {
            return yesNo.value();
        }
        if (answer instanceof ChecklistAnswer.Numeric numeric) {
            return numeric.value();
        }
        if (answer instanceof ChecklistAnswer.FreeText text) {
            return text.value();
        }
        if (answer instanceof ChecklistAnswer.Photo photo) {
            return photo.attachmentId();
        }
        throw new IllegalStateException("A checklist answer kind this API does not know: " + answer.kind());
    }
}
