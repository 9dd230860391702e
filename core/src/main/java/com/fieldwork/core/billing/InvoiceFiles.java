package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.StoredContent;

/**
 * Issued invoices' PDFs as attachments of their work order (the bytes in the content store), so the job's
 * Files tab holds the invoice beside the service report. Allowed on a closed order: it files a rendering, it
 * changes nothing recorded.
 */
public interface InvoiceFiles {

    /** Records a PDF whose bytes are already stored; audited and on the change feed. */
    Attachment add(long workOrderId, String fileName, StoredContent pdf, Actor actor);
}
