package com.fieldwork.db.fieldjob;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.ChecklistAnswerView;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_PART;
import static com.fieldwork.db.support.Optionals.ofLong;

/** The parts of a job detail no repository reads yet: answers, attachment metadata, required parts by name. */
final class FieldJobRows {

    /** A line of work_order_part with the part's names, before reservations and the van are added. */
    record PartLine(long partId, String sku, String name, String unit, BigDecimal quantity) {
    }

    private FieldJobRows() {
    }

    static List<PartLine> requiredParts(DSLContext dsl, long workOrderId) {
        return dsl.select(PART.ID, PART.SKU, PART.NAME, PART.UNIT, WORK_ORDER_PART.QUANTITY)
                .from(WORK_ORDER_PART)
                .join(PART).on(PART.ID.eq(WORK_ORDER_PART.PART_ID))
                .where(WORK_ORDER_PART.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(PART.SKU)
                .fetch(r -> new PartLine(r.value1(), r.value2(), r.value3(), r.value4(), plain(r.value5())));
    }

    static List<ChecklistAnswerView> answers(DSLContext dsl, long workOrderId) {
        var a = CHECKLIST_ANSWER;
        return dsl.select(a.CHECKLIST_ITEM_ID, CHECKLIST_ITEM.KIND, a.ANSWER_YES_NO, a.ANSWER_NUMBER, a.ANSWER_TEXT,
                        a.ATTACHMENT_ID, a.ANSWERED_BY, APP_USER.DISPLAY_NAME, a.ANSWERED_AT)
                .from(a)
                .join(CHECKLIST_ITEM).on(CHECKLIST_ITEM.ID.eq(a.CHECKLIST_ITEM_ID))
                .join(APP_USER).on(APP_USER.ID.eq(a.ANSWERED_BY))
                .where(a.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(CHECKLIST_ITEM.SORT_ORDER, a.ID)
                .fetch(r -> new ChecklistAnswerView(r.get(a.CHECKLIST_ITEM_ID), answer(r), r.get(a.ANSWERED_BY),
                        r.get(APP_USER.DISPLAY_NAME), r.get(a.ANSWERED_AT)));
    }

    /** The item's kind says which column holds the answer; a row without it is broken data, not "no". */
    private static ChecklistAnswer answer(Record r) {
        var a = CHECKLIST_ANSWER;
        ChecklistItemKind kind = ChecklistItemKind.valueOf(r.get(CHECKLIST_ITEM.KIND));
        Object value = switch (kind) {
            case YES_NO -> r.get(a.ANSWER_YES_NO);
            case NUMBER -> r.get(a.ANSWER_NUMBER);
            case TEXT -> r.get(a.ANSWER_TEXT);
            case PHOTO -> r.get(a.ATTACHMENT_ID);
        };
        if (value == null) {
            throw new IllegalStateException("Checklist answer for item " + r.get(a.CHECKLIST_ITEM_ID)
                    + " has no " + kind + " value");
        }
        return switch (kind) {
            case YES_NO -> new ChecklistAnswer.YesNo((Boolean) value);
            case NUMBER -> new ChecklistAnswer.Numeric(plain((BigDecimal) value));
            case TEXT -> new ChecklistAnswer.FreeText((String) value);
            case PHOTO -> new ChecklistAnswer.Photo((Long) value);
        };
    }

    static List<AttachmentInfo> attachments(DSLContext dsl, long workOrderId) {
        var f = ATTACHMENT;
        return dsl.select(f.ID, f.VISIT_ID, f.KIND, f.FILE_NAME, f.MIME_TYPE, f.SIZE_BYTES, f.CONTENT_HASH, f.CAPTION,
                        f.UPLOADED_BY, APP_USER.DISPLAY_NAME, f.UPLOADED_AT)
                .from(f)
                .join(APP_USER).on(APP_USER.ID.eq(f.UPLOADED_BY))
                .where(f.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(f.UPLOADED_AT, f.ID)
                .fetch(r -> new AttachmentInfo(r.get(f.ID), ofLong(r.get(f.VISIT_ID)), AttachmentKind.valueOf(r.get(f.KIND)),
                        r.get(f.FILE_NAME), r.get(f.MIME_TYPE), r.get(f.SIZE_BYTES), r.get(f.CONTENT_HASH).trim(),
                        Optional.ofNullable(r.get(f.CAPTION)), r.get(f.UPLOADED_BY), r.get(APP_USER.DISPLAY_NAME),
                        r.get(f.UPLOADED_AT)));
    }

    /** 2.000 reads as 2 and 10.000 as 10 (not 1E+1), as the asset history shows quantities. */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
