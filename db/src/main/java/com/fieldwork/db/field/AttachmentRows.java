package com.fieldwork.db.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.db.jooq.tables.records.AttachmentRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** Attachment rows, shared by photos and signature images. */
final class AttachmentRows {

    static final String ENTITY = "attachment";

    private AttachmentRows() {
    }

    record Row(long workOrderId, OptionalLong visitId, AttachmentKind kind, String fileName, String mimeType,
               StoredContent content, Optional<String> caption, Optional<GeoPoint> location, Optional<UUID> clientId) {
    }

    static AttachmentRecord insert(DSLContext tx, Row row, Actor actor, Instant now) {
        AttachmentRecord r = tx.newRecord(ATTACHMENT)
                .setWorkOrderId(row.workOrderId())
                .setVisitId(orNull(row.visitId()))
                .setKind(row.kind().name())
                .setFileName(row.fileName())
                .setMimeType(row.mimeType())
                .setSizeBytes(row.content().sizeBytes())
                .setContentHash(row.content().hash().hex())
                .setStorageKey(row.content().storageKey())
                .setCaption(row.caption().orElse(null))
                .setLat(row.location().map(GeoPoint::lat).orElse(null))
                .setLon(row.location().map(GeoPoint::lon).orElse(null))
                .setUploadedBy(actor.userId())
                .setUploadedAt(now)
                .setClientId(row.clientId().orElse(null));
        r.store();
        return r;
    }

    /**
     * A PDF the system drew (service report, invoice) recorded on a work order in its own transaction, audited
     * under {@code action}. Not refused on a closed order: it files a rendering, it changes nothing recorded.
     */
    static Attachment addGeneratedPdf(DSLContext dsl, Instant now, long workOrderId, AttachmentKind kind,
                                      String fileName, StoredContent pdf, Actor actor, String action) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(com.fieldwork.db.jooq.Tables.WORK_ORDER,
                    com.fieldwork.db.jooq.Tables.WORK_ORDER.ID.eq(workOrderId))) {
                throw new com.fieldwork.core.common.NotFoundException("work order", workOrderId);
            }
            AttachmentRecord row = insert(tx, new Row(workOrderId, OptionalLong.empty(), kind, fileName,
                    "application/pdf", pdf, Optional.empty(), Optional.empty(), Optional.empty()), actor, now);
            com.fieldwork.db.audit.AuditTrail.record(tx, actor, now, ENTITY, row.getId(),
                    com.fieldwork.core.audit.ChangeOperation.INSERT, action, null, row, null);
            return toAttachment(row);
        });
    }

    static Attachment toAttachment(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getWorkOrderId(), ofLong(r.getVisitId()), AttachmentKind.valueOf(r.getKind()),
                r.getFileName(), r.getMimeType(), r.getSizeBytes(), new ContentHash(r.getContentHash().trim()),
                r.getStorageKey(), Optional.ofNullable(r.getCaption()), location(r.getLat(), r.getLon()),
                r.getUploadedBy(), r.getUploadedAt(), Optional.ofNullable(r.getClientId()));
    }

    static Optional<GeoPoint> location(Double lat, Double lon) {
        return lat == null || lon == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon));
    }
}
