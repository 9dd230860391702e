package com.fieldwork.core.report;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.AttachmentRepository;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.core.workorder.WorkOrderRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a service report together from the ports that already read each part of a job (history, notes, parts,
 * photos, signatures) and {@link ServiceReportReads} for the rest: a fixed number of queries per report,
 * whatever the job holds.
 */
public final class ServiceReportAssembler {

    private final ServiceReportReads reads;
    private final WorkOrderRepository workOrders;
    private final JobRecordReads records;
    private final AttachmentRepository attachments;
    private final SignatureRepository signatures;

    public ServiceReportAssembler(ServiceReportReads reads, WorkOrderRepository workOrders, JobRecordReads records,
                                  AttachmentRepository attachments, SignatureRepository signatures) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.records = Objects.requireNonNull(records, "records");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    /** @throws NotFoundException when there is no such work order */
    public ServiceReport assemble(long workOrderId, Instant generatedAt) {
        ServiceReport.Header header = reads.header(workOrderId)
                .orElseThrow(() -> new NotFoundException("work order", workOrderId));
        Optional<ServiceReport.Completion> completion = reads.completion(workOrderId);
        List<Attachment> files = attachments.forWorkOrder(workOrderId);
        List<ServiceReport.Picture> photos = files.stream().filter(a -> a.kind() == AttachmentKind.PHOTO)
                .map(ServiceReportAssembler::picture).toList();
        return new ServiceReport(header, reads.companyZone(), generatedAt, reads.visits(workOrderId),
                statuses(workOrders.history(workOrderId)),
                workOrders.notes(workOrderId).stream().filter(n -> !n.internal()).map(WorkOrderNote::body).toList(),
                reads.checklist(workOrderId), parts(records.partsUsed(workOrderId)), photos,
                signature(workOrderId, completion, files), completion);
    }

    private static List<ServiceReport.StatusLine> statuses(List<StatusHistoryEntry> history) {
        return history.stream().sorted(Comparator.comparing(StatusHistoryEntry::changedAt)
                        .thenComparingLong(StatusHistoryEntry::id))
                .map(h -> new ServiceReport.StatusLine(h.to().label(), h.changedAt(), h.changedByName(), h.position()))
                .toList();
    }

    /** Net of returns, one line per part in the order first used: the customer pays for what stayed. */
    static List<ServiceReport.PartLine> parts(List<PartUsedOnJob> used) {
        Map<Long, ServiceReport.PartLine> lines = new LinkedHashMap<>();
        for (PartUsedOnJob u : used) {
            BigDecimal signed = u.returned() ? u.quantity().negate() : u.quantity();
            lines.merge(u.partId(), new ServiceReport.PartLine(u.sku(), u.partName(), signed, u.unit(), u.unitPrice()),
                    (a, b) -> new ServiceReport.PartLine(a.sku(), a.name(), a.quantity().add(b.quantity()), a.unit(),
                            a.unitPrice()));
        }
        return lines.values().stream().filter(l -> l.quantity().signum() > 0).toList();
    }

    /** The one the completion names; otherwise the newest, as the customer signs last. */
    private Optional<ServiceReport.SignatureBlock> signature(long workOrderId,
                                                             Optional<ServiceReport.Completion> completion,
                                                             List<Attachment> files) {
        List<Signature> all = signatures.forWorkOrder(workOrderId);
        Optional<Signature> chosen = completion.flatMap(c -> c.signatureId().isPresent()
                        ? all.stream().filter(s -> s.id() == c.signatureId().getAsLong()).findFirst() : Optional.empty())
                .or(() -> all.stream().max(Comparator.comparing(Signature::signedAt).thenComparingLong(Signature::id)));
        return chosen.flatMap(s -> files.stream().filter(a -> a.id() == s.attachmentId()).findFirst()
                .map(image -> new ServiceReport.SignatureBlock(s.signerName(), s.signedAt(), s.location(),
                        picture(image))));
    }

    private static ServiceReport.Picture picture(Attachment a) {
        return new ServiceReport.Picture(a.storageKey(), a.mimeType(), a.caption(), a.uploadedAt(), a.location());
    }
}
