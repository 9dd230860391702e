package com.fieldwork.db.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.report.ServiceReportFiles;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;

/**
 * Service reports as REPORT attachments. Not refused on a closed order, unlike the field records: a report is a
 * rendering of the record, not a change to it, and a customer may ask for a copy after the sign-off.
 */
public final class JooqServiceReportFiles implements ServiceReportFiles {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqServiceReportFiles(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Attachment add(long workOrderId, String fileName, StoredContent pdf, Actor actor) {
        return AttachmentRows.addGeneratedPdf(dsl, clock.instant(), workOrderId, AttachmentKind.REPORT, fileName, pdf,
                actor, "service report");
    }

    @Override
    public Optional<Attachment> latest(long workOrderId) {
        return dsl.selectFrom(ATTACHMENT)
                .where(ATTACHMENT.WORK_ORDER_ID.eq(workOrderId).and(ATTACHMENT.KIND.eq(AttachmentKind.REPORT.name())))
                .orderBy(ATTACHMENT.UPLOADED_AT.desc(), ATTACHMENT.ID.desc()).limit(1)
                .fetchOptional().map(AttachmentRows::toAttachment);
    }
}
