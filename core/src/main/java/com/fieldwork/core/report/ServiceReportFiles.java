package com.fieldwork.core.report;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.StoredContent;

import java.util.Optional;

/**
 * The generated reports, as attachments of kind REPORT on the work order (the PDF itself is in the content
 * store). Every version is kept: a regenerated report is a new row, and the newest is the current one, so
 * what a customer was sent last month can still be found.
 */
public interface ServiceReportFiles {

    /** Records a report whose bytes are already stored; audited and on the change feed. */
    Attachment add(long workOrderId, String fileName, StoredContent pdf, Actor actor);

    /** The newest report of the job. */
    Optional<Attachment> latest(long workOrderId);
}
