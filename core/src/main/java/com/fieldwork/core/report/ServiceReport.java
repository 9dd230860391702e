package com.fieldwork.core.report;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the customer is given when the job is done: who came, when, what was found and done, what was fitted,
 * the pictures and the signature. Assembled by {@link ServiceReports}, drawn by a {@link ServiceReportRenderer}.
 *
 * @param header     whose job and where
 * @param zone       the company's time zone: every time on the report is written in it
 * @param visits     in planned order
 * @param statuses   the work order's status history, oldest first
 * @param notes      the notes meant for the customer (internal notes are left out)
 * @param checklist  the template's questions in order, answered or not
 * @param parts      parts fitted, net of parts given back
 * @param photos     the job's photos in upload order; their bytes are read from the content store when drawn
 * @param completion the proof recorded when the technician completed the job; empty when the office
 *                   recorded the completion without it
 */
public record ServiceReport(Header header, ZoneId zone, Instant generatedAt, List<VisitLine> visits,
                            List<StatusLine> statuses, List<String> notes, List<ChecklistLine> checklist,
                            List<PartLine> parts, List<Picture> photos, Optional<SignatureBlock> signature,
                            Optional<Completion> completion) {

    public ServiceReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
        visits = List.copyOf(visits);
        statuses = List.copyOf(statuses);
        notes = List.copyOf(notes);
        checklist = List.copyOf(checklist);
        parts = List.copyOf(parts);
        photos = List.copyOf(photos);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(completion, "completion");
    }

    /** The parts' total at their list prices. */
    public BigDecimal partsTotal() {
        return parts.stream().map(PartLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The technicians who had a visit on the job, in visit order, each once. */
    public List<String> technicians() {
        return visits.stream().map(VisitLine::technician).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * @param company the company's name, printed at the top
     * @param title   the work order's summary
     * @param asset   the equipment worked on ("Boiler Vaillant ecoTEC 831, serial …")
     */
    public record Header(String company, long workOrderId, WorkOrderNumber number, String title, String status,
                         String customerName, String customerNumber, String siteName, Address address,
                         Optional<String> asset, Optional<String> description) {
        public Header {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(customerName, "customerName");
            Objects.requireNonNull(customerNumber, "customerNumber");
            Objects.requireNonNull(siteName, "siteName");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(description, "description");
        }
    }

    public record VisitLine(Optional<String> technician, Optional<Instant> plannedStart, Optional<Instant> arrived,
                            Optional<Instant> left, String status) {
        public VisitLine {
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(plannedStart, "plannedStart");
            Objects.requireNonNull(arrived, "arrived");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(status, "status");
        }
    }

    public record StatusLine(String status, Instant at, String by, Optional<GeoPoint> position) {
        public StatusLine {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(position, "position");
        }
    }

    /** @param answer as the customer reads it ("Yes", "20.5", "see photo"); empty when not answered */
    public record ChecklistLine(String question, Optional<String> answer) {
        public ChecklistLine {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }
    }

    public record PartLine(String sku, String name, BigDecimal quantity, String unit, BigDecimal unitPrice) {
        public PartLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        public BigDecimal lineTotal() {
            return unitPrice.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A stored image: the renderer reads {@code storageKey} from the content store. */
    public record Picture(String storageKey, String mimeType, Optional<String> caption, Instant takenAt,
                          Optional<GeoPoint> location) {
        public Picture {
            Objects.requireNonNull(storageKey, "storageKey");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(takenAt, "takenAt");
            Objects.requireNonNull(location, "location");
        }
    }

    public record SignatureBlock(String signer, Instant signedAt, Optional<GeoPoint> location, Picture image) {
        public SignatureBlock {
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(signedAt, "signedAt");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(image, "image");
        }
    }

    /**
     * The proof of completion: when, where, by whom, whether it was fixed on the first visit and whether the
     * customer confirmed the work.
     */
    public record Completion(Instant completedAt, String completedBy, Optional<GeoPoint> location,
                             boolean firstTimeFix, boolean customerConfirmed, Optional<String> summary,
                             java.util.OptionalLong signatureId) {
        public Completion {
            Objects.requireNonNull(completedAt, "completedAt");
            Objects.requireNonNull(completedBy, "completedBy");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(signatureId, "signatureId");
        }
    }
}
