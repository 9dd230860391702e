package com.fieldwork.core.report;

import com.fieldwork.core.field.ContentStore;

/** Draws a service report as a PDF. Kept behind a port so core names no PDF library. */
public interface ServiceReportRenderer {

    /** @param images where the report's photos and signature image are read from */
    byte[] render(ServiceReport report, ContentStore images);
}
