package com.fieldwork.db.field;

import com.fieldwork.db.support.Decimals;

import com.fieldwork.db.support.OpenWorkOrders;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistAnswerRule;
import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.RecordedAnswer;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.ChecklistAnswerRecord;
import com.fieldwork.db.jooq.tables.records.ChecklistItemRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/** Checklist answers in SQL: one row per item per work order, replaced on a new answer, each change audited. */
public final class JooqChecklistAnswers implements ChecklistAnswers {

    private static final String ENTITY = "checklist_answer";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqChecklistAnswers(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RecordedAnswer answer(long workOrderId, long checklistItemId, ChecklistAnswer answer, Actor actor) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(actor, "actor");
        return IntegrityViolations.translate("Checklist answer", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OpenWorkOrders.lock(tx, workOrderId, "answering a checklist item");
            ChecklistItem item = itemOf(tx, workOrderId, checklistItemId);
            ChecklistAnswer checked = ChecklistAnswerRule.check(item, Optional.of(answer)).orElseThrow();
            if (checked instanceof ChecklistAnswer.Photo photo && !tx.fetchExists(ATTACHMENT,
                    ATTACHMENT.ID.eq(photo.attachmentId()).and(ATTACHMENT.WORK_ORDER_ID.eq(workOrderId)))) {
                throw new ValidationException("checklist[" + item.position() + "]", "Checklist item " + item.position()
                        + " (\"" + item.prompt() + "\") needs a photo of this work order, and attachment "
                        + photo.attachmentId() + " is not one");
            }
            Instant now = clock.instant();
            ChecklistAnswerRecord before = tx.selectFrom(CHECKLIST_ANSWER)
                    .where(CHECKLIST_ANSWER.WORK_ORDER_ID.eq(workOrderId))
                    .and(CHECKLIST_ANSWER.CHECKLIST_ITEM_ID.eq(checklistItemId))
                    .forUpdate().fetchOptional().orElse(null);
            // A second copy to change, so the audit log still sees the row as it was.
            ChecklistAnswerRecord row = before == null ? tx.newRecord(CHECKLIST_ANSWER)
                    : tx.fetchSingle(CHECKLIST_ANSWER, CHECKLIST_ANSWER.ID.eq(before.getId()));
            row.setWorkOrderId(workOrderId).setChecklistItemId(checklistItemId)
                    .setAnswerYesNo(null).setAnswerNumber(null).setAnswerText(null).setAttachmentId(null)
                    .setAnsweredBy(actor.userId()).setAnsweredAt(now);
            setValue(row, checked);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(),
                    before == null ? ChangeOperation.INSERT : ChangeOperation.UPDATE, "answer checklist item",
                    before, row, null);
            return new RecordedAnswer(workOrderId, checklistItemId, checked, actor.userId(), now);
        }));
    }

    @Override
    public List<RecordedAnswer> answers(long workOrderId) {
        return dsl.select(CHECKLIST_ANSWER.fields()).select(CHECKLIST_ITEM.KIND)
                .from(CHECKLIST_ANSWER).join(CHECKLIST_ITEM).on(CHECKLIST_ITEM.ID.eq(CHECKLIST_ANSWER.CHECKLIST_ITEM_ID))
                .where(CHECKLIST_ANSWER.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(CHECKLIST_ITEM.SORT_ORDER)
                .fetch(JooqChecklistAnswers::toRecordedAnswer);
    }

    /** Only items of the work order's own template can be answered on it. */
    private static ChecklistItem itemOf(DSLContext tx, long workOrderId, long checklistItemId) {
        Long templateId = tx.select(WORK_ORDER.TEMPLATE_ID).from(WORK_ORDER).where(WORK_ORDER.ID.eq(workOrderId))
                .fetchOptional().orElseThrow(() -> new NotFoundException("work order", workOrderId)).value1();
        ChecklistItemRecord item = templateId == null ? null : tx.selectFrom(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.ID.eq(checklistItemId)).and(CHECKLIST_ITEM.TEMPLATE_ID.eq(templateId)).fetchOne();
        if (item == null) {
            throw new NotFoundException("checklist item on work order " + workOrderId, checklistItemId);
        }
        return new ChecklistItem(item.getId(), item.getSortOrder(), item.getPrompt(),
                ChecklistItemKind.valueOf(item.getKind()), item.getRequired());
    }

    private static void setValue(ChecklistAnswerRecord row, ChecklistAnswer answer) {
        if (answer instanceof ChecklistAnswer.YesNo yesNo) {
            row.setAnswerYesNo(yesNo.value());
        } else if (answer instanceof ChecklistAnswer.Numeric number) {
            row.setAnswerNumber(number.value());
        } else if (answer instanceof ChecklistAnswer.FreeText text) {
            row.setAnswerText(text.value());
        } else if (answer instanceof ChecklistAnswer.Photo photo) {
            row.setAttachmentId(photo.attachmentId());
        }
    }

    private static RecordedAnswer toRecordedAnswer(Record r) {
        ChecklistAnswer answer = switch (ChecklistItemKind.valueOf(r.get(CHECKLIST_ITEM.KIND))) {
            case YES_NO -> new ChecklistAnswer.YesNo(r.get(CHECKLIST_ANSWER.ANSWER_YES_NO));
            case NUMBER -> new ChecklistAnswer.Numeric(Decimals.asGiven(r.get(CHECKLIST_ANSWER.ANSWER_NUMBER)));
            case TEXT -> new ChecklistAnswer.FreeText(r.get(CHECKLIST_ANSWER.ANSWER_TEXT));
            case PHOTO -> new ChecklistAnswer.Photo(r.get(CHECKLIST_ANSWER.ATTACHMENT_ID));
        };
        return new RecordedAnswer(r.get(CHECKLIST_ANSWER.WORK_ORDER_ID), r.get(CHECKLIST_ANSWER.CHECKLIST_ITEM_ID), answer,
                r.get(CHECKLIST_ANSWER.ANSWERED_BY), r.get(CHECKLIST_ANSWER.ANSWERED_AT));
    }
}
