package com.fieldwork.api.jobs;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A job as the phone shows it. Core's records are mapped rather than serialised as they are: their
 * Optionals and nested "details" records would make an awkward, unstable wire format. An absent value is
 * JSON {@code null}; every time carries the company's offset.
 */
public record JobResponse(WorkOrderView workOrder, List<VisitView> visits, CustomerView customer, SiteView site,
                          List<ContactView> contacts, AssetView asset, List<ServiceRecordView> assetHistory,
                          TemplateView template, List<ChecklistLine> checklist, List<PartLine> parts,
                          List<ReservationView> reservations, List<NoteResponse> notes,
                          List<AttachmentView> attachments, List<HistoryView> history) {

    static JobResponse of(JobDetail job, Actor actor, CompanyTime time) {
        return new JobResponse(WorkOrderView.of(job.workOrder(), actor, time),
                job.visits().stream().map(v -> VisitView.of(v, time)).toList(),
                CustomerView.of(job.customer()), SiteView.of(job.site()),
                job.contacts().stream().map(ContactView::of).toList(),
                job.asset().map(AssetView::of).orElse(null),
                job.assetHistory().stream().map(r -> ServiceRecordView.of(r, time)).toList(),
                job.template().map(TemplateView::of).orElse(null),
                ChecklistLine.of(job, time), job.parts().stream().map(PartLine::of).toList(),
                job.reservations().stream().map(ReservationView::of).toList(),
                job.notes().stream().map(n -> NoteResponse.of(n, time)).toList(),
                job.attachments().stream().map(a -> AttachmentView.of(a, time)).toList(),
                job.history().stream().map(h -> HistoryView.of(h, time)).toList());
    }

    /** {@code allowedStatuses}: where this caller's role may move the order next, so the phone offers only those. */
    public record WorkOrderView(long id, String number, String summary, String description, String priority,
                                String status, long version, int estimatedMinutes, OffsetDateTime windowStart,
                                OffsetDateTime windowEnd, OffsetDateTime responseDue, OffsetDateTime resolutionDue,
                                List<String> allowedStatuses) {
        static WorkOrderView of(WorkOrder w, Actor actor, CompanyTime time) {
            return new WorkOrderView(w.id(), w.number().toString(), w.summary(), w.description().orElse(null),
                    w.priority().name(), w.status().name(), w.version(), w.estimatedMinutes(),
                    w.customerWindow().map(s -> time.of(s.start())).orElse(null),
                    w.customerWindow().map(s -> time.of(s.end())).orElse(null),
                    time.of(w.slaDue().map(SlaDue::responseDue)), time.of(w.slaDue().map(SlaDue::resolutionDue)),
                    StatusChangeResponse.allowedNext(w.status(), actor));
        }
    }

    public record VisitView(long id, String status, OffsetDateTime plannedStart, OffsetDateTime plannedEnd,
                            OffsetDateTime actualStart, OffsetDateTime actualEnd, long version) {
        static VisitView of(Visit v, CompanyTime time) {
            return new VisitView(v.id(), v.status().name(),
                    v.planned().map(s -> time.of(s.start())).orElse(null),
                    v.planned().map(s -> time.of(s.end())).orElse(null),
                    time.of(v.actualStart()), time.of(v.actualEnd()), v.version());
        }
    }

    public record CustomerView(long id, String number, String name, String kind, String phone, String email,
                               String notes) {
        static CustomerView of(Customer c) {
            var d = c.details();
            return new CustomerView(c.id(), c.number(), d.name(), d.kind().name(), d.phone().orElse(null),
                    d.email().orElse(null), d.notes().orElse(null));
        }
    }

    public record SiteView(long id, String name, Address address, double lat, double lon, String accessNotes,
                           String safetyNotes) {
        static SiteView of(Site s) {
            var d = s.details();
            return new SiteView(s.id(), d.name(), d.address(), d.location().lat(), d.location().lon(),
                    d.accessNotes().orElse(null), d.safetyNotes().orElse(null));
        }
    }

    /** {@code siteId} is null for a contact of the whole customer. */
    public record ContactView(long id, Long siteId, String name, String jobTitle, String phone, String email,
                              boolean primary) {
        static ContactView of(Contact c) {
            var d = c.details();
            return new ContactView(c.id(), d.siteId().isPresent() ? d.siteId().getAsLong() : null, d.name(),
                    d.jobTitle().orElse(null), d.phone().orElse(null), d.email().orElse(null), d.primary());
        }
    }

    public record AssetView(long id, String type, String make, String model, String serialNumber,
                            LocalDate installDate, LocalDate warrantyUntil, String notes) {
        static AssetView of(Asset a) {
            var d = a.details();
            return new AssetView(a.id(), d.type(), d.make(), d.model(), d.serialNumber(),
                    d.installDate().orElse(null), d.warrantyUntil().orElse(null), d.notes().orElse(null));
        }
    }

    public record ServiceRecordView(long workOrderId, String number, String status, String serviceType,
                                    OffsetDateTime createdAt, OffsetDateTime completedAt, String summary,
                                    String resolution) {
        static ServiceRecordView of(AssetServiceRecord r, CompanyTime time) {
            return new ServiceRecordView(r.workOrderId(), r.number(), r.status().name(), r.serviceType(),
                    time.of(r.createdAt()), time.of(r.completedAt()), r.summary(), r.resolution().orElse(null));
        }
    }

    public record TemplateView(long id, String code, String name, boolean requiresSignature, int minPhotos) {
        static TemplateView of(com.fieldwork.core.catalog.WorkOrderTemplate t) {
            return new TemplateView(t.id(), t.code(), t.name(), t.requiresSignature(), t.minPhotos());
        }
    }

    /** {@code inVanOnHand}/{@code inVanReserved} are null when the technician has no van. */
    public record PartLine(long partId, String sku, String name, String unit, java.math.BigDecimal quantity,
                           java.math.BigDecimal reserved, java.math.BigDecimal inVanOnHand,
                           java.math.BigDecimal inVanReserved) {
        static PartLine of(com.fieldwork.core.fieldjob.RequiredPart p) {
            return new PartLine(p.partId(), p.sku(), p.name(), p.unit(), p.quantity(), p.reserved(),
                    p.inVan().map(l -> l.onHand()).orElse(null), p.inVan().map(l -> l.reserved()).orElse(null));
        }
    }

    public record ReservationView(long id, long partId, long locationId, java.math.BigDecimal quantity,
                                  String status) {
        static ReservationView of(StockReservation r) {
            return new ReservationView(r.id(), r.partId(), r.locationId(), r.quantity(), r.status().name());
        }
    }

    public record AttachmentView(long id, Long visitId, String kind, String fileName, String mimeType,
                                 long sizeBytes, String contentHash, String caption, long uploadedBy,
                                 String uploadedByName, OffsetDateTime uploadedAt) {
        static AttachmentView of(AttachmentInfo a, CompanyTime time) {
            return new AttachmentView(a.id(), a.visitId().isPresent() ? a.visitId().getAsLong() : null,
                    a.kind().name(), a.fileName(), a.mimeType(), a.sizeBytes(), a.contentHash(),
                    a.caption().orElse(null), a.uploadedBy(), a.uploadedByName(), time.of(a.uploadedAt()));
        }
    }

    /** {@code lat}/{@code lon} are where the phone was when the status changed, when it said. */
    public record HistoryView(long id, String from, String to, long changedBy, String changedByName,
                              OffsetDateTime changedAt, String reason, Double lat, Double lon) {
        static HistoryView of(StatusHistoryEntry h, CompanyTime time) {
            return new HistoryView(h.id(), h.from().map(Enum::name).orElse(null), h.to().name(), h.changedBy(),
                    h.changedByName(), time.of(h.changedAt()), h.reason().orElse(null),
                    h.position().map(p -> p.lat()).orElse(null), h.position().map(p -> p.lon()).orElse(null));
        }
    }
}
