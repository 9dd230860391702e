package com.fieldwork.db.report;

import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.report.ServiceReportAssembler;
import com.fieldwork.core.report.ServiceReportRenderer;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqServiceReportFiles;
import com.fieldwork.db.field.JooqSignatureRepository;
import com.fieldwork.db.fieldjob.JooqJobRecordReads;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.jooq.DSLContext;

import java.time.Clock;

/** Service reports over one jOOQ context: the same assembly for the field API, the console and the demo. */
public final class ServiceReportWiring {

    private ServiceReportWiring() {
    }

    /** @param renderer the PDF drawer (documents' OpenPDF one); db names no PDF library */
    public static ServiceReports over(DSLContext dsl, Clock clock, ContentStore files, ServiceReportRenderer renderer) {
        WorkOrderWiring workOrders = WorkOrderWiring.over(dsl, clock);
        return new ServiceReports(workOrders.service(),
                new ServiceReportAssembler(new JooqServiceReportReads(dsl), workOrders.workOrders(),
                        new JooqJobRecordReads(dsl), new JooqAttachmentRepository(dsl, clock),
                        new JooqSignatureRepository(dsl, clock)),
                renderer, new JooqServiceReportFiles(dsl, clock), files, clock);
    }
}
