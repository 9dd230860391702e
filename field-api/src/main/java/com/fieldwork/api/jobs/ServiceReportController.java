package com.fieldwork.api.jobs;

import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.api.records.AttachmentResponse;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.core.security.Permission;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * A completed job's service report as a PDF: the technician downloads it to mail or show the customer, the
 * office makes a new version after a correction. Who may see which job is the core service's rule.
 */
public final class ServiceReportController {

    public static final String REPORT_PDF = JobsController.JOB + "/report.pdf";
    public static final String REPORT = JobsController.JOB + "/report";

    private final ServiceReports reports;

    public ServiceReportController(ServiceReports reports) {
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.get(REPORT_PDF)
                .operation("serviceReportPdf", "Jobs", "The service report of a completed job, as PDF")
                .description("The newest version; made now if the job has none yet. 409 report_not_ready while the "
                        + "job is not completed; another technician's job is 404.")
                .replyBinary(200, "The PDF", "application/pdf")
                .errors(400, 404, 409), this::download);
        routes.add(ApiRoute.post(REPORT)
                .operation("regenerateServiceReport", "Jobs", "Make a new version of a completed job's service report")
                .description("The earlier versions stay attached to the work order; the new one is handed out from now.")
                .reply(201, "Made", AttachmentResponse.class)
                .errors(400, 403, 404, 409).roles(RequiredPermission.of(Permission.WORK_ORDER_EDIT)), this::regenerate);
    }

    void download(Context ctx) {
        Attachment report = reports.current(JobPaths.workOrderId(ctx), CurrentActor.of(ctx));
        ctx.header("Content-Disposition", "inline; filename=\"" + report.fileName() + "\"");
        ctx.header("Cache-Control", "private");
        ctx.contentType("application/pdf");
        ctx.res().setContentLengthLong(report.sizeBytes());
        ctx.result(reports.open(report));
    }

    void regenerate(Context ctx) {
        ctx.status(201).json(AttachmentResponse.of(reports.regenerate(JobPaths.workOrderId(ctx), CurrentActor.of(ctx))));
    }
}
