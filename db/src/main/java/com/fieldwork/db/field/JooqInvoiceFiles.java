package com.fieldwork.db.field;

import com.fieldwork.core.billing.InvoiceFiles;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.StoredContent;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Objects;

/**
 * Issued invoices' PDFs as DOCUMENT attachments of their work order: the Files tab lists them beside the
 * service report, and they open like any document. (A kind of their own would need the attachment kind check
 * and every reader of kinds changed, for no difference a user sees.)
 */
public final class JooqInvoiceFiles implements InvoiceFiles {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqInvoiceFiles(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Attachment add(long workOrderId, String fileName, StoredContent pdf, Actor actor) {
        return AttachmentRows.addGeneratedPdf(dsl, clock.instant(), workOrderId, AttachmentKind.DOCUMENT, fileName, pdf,
                actor, "file invoice pdf");
    }
}
