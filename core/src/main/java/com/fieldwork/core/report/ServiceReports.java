package com.fieldwork.core.report;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Clock;
import java.util.Objects;

/**
 * The service report of a completed job: made when the job is completed, stored as a REPORT attachment of the
 * work order, and made again on request. A new version never replaces the old one (the customer may hold it);
 * the newest is the one handed out. A job completed without a report (by the office, by a phone's offline
 * queue, or when drawing failed) gets its report the first time someone asks for it.
 */
public final class ServiceReports {

    private final WorkOrderService workOrders;
    private final ServiceReportAssembler assembler;
    private final ServiceReportRenderer renderer;
    private final ServiceReportFiles files;
    private final ContentStore content;
    private final Clock clock;

    public ServiceReports(WorkOrderService workOrders, ServiceReportAssembler assembler, ServiceReportRenderer renderer,
                          ServiceReportFiles files, ContentStore content, Clock clock) {
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.files = Objects.requireNonNull(files, "files");
        this.content = Objects.requireNonNull(content, "content");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The newest report, made now if the job has none yet.
     *
     * @throws com.fieldwork.core.common.NotFoundException another technician's job, or none
     * @throws ReportNotReadyException                     the job is not completed (or closed)
     */
    public Attachment current(long workOrderId, Actor actor) {
        WorkOrder order = completed(workOrderId, actor);
        return files.latest(workOrderId).orElseGet(() -> generate(order, actor));
    }

    /**
     * A new version from the job's record as it is now; the earlier ones stay attached. Allowed on a closed
     * job too: it adds a rendering of the record, it changes nothing recorded.
     *
     * @throws com.fieldwork.core.security.PermissionDeniedException for a role that may not edit work orders
     */
    public Attachment regenerate(long workOrderId, Actor actor) {
        actor.require(Permission.WORK_ORDER_EDIT);
        return generate(completed(workOrderId, actor), actor);
    }

    /** For the completion use case: the job was just completed by this actor. */
    public Attachment generateFor(long workOrderId, Actor actor) {
        return generate(completed(workOrderId, actor), actor);
    }

    private WorkOrder completed(long workOrderId, Actor actor) {
        WorkOrder order = workOrders.get(workOrderId, actor);
        if (order.status() != WorkOrderStatus.COMPLETED && order.status() != WorkOrderStatus.CLOSED) {
            throw new ReportNotReadyException(order.number(), order.status());
        }
        return order;
    }

    private Attachment generate(WorkOrder order, Actor actor) {
        ServiceReport report = assembler.assemble(order.id(), clock.instant());
        byte[] pdf = renderer.render(report, content);
        StoredContent stored = content.put(pdf);
        return files.add(order.id(), order.number() + " service report.pdf", stored, actor);
    }

    /** The stored bytes of a report attachment. */
    public java.io.InputStream open(Attachment report) {
        return content.open(report.storageKey());
    }
}
