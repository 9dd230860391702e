package com.fieldwork.db.field;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AttachmentRecord;
import com.fieldwork.db.jooq.tables.records.SignatureRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** A signature and the attachment row of its image, in one transaction, both audited. */
public final class JooqSignatureRepository implements SignatureRepository {

    private static final String ENTITY = "signature";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqSignatureRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Signature capture(NewSignature signature, StoredContent image, Actor actor) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(image, "image");
        return IntegrityViolations.translate("Signature", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<SignatureRecord> existing = tx.selectFrom(SIGNATURE)
                    .where(SIGNATURE.CLIENT_ID.eq(signature.clientId())).fetchOptional();
            if (existing.isPresent()) {
                return replayOf(tx, existing.get(), signature, image);
            }
            WorkOrderRefs.require(tx, signature.workOrderId(), signature.visitId(), "capturing a signature");
            Instant now = clock.instant();
            String fileName = "signature-" + signature.clientId() + "." + signature.image().fileExtension();
            AttachmentRecord attachment = AttachmentRows.insert(tx, new AttachmentRows.Row(signature.workOrderId(),
                    signature.visitId(), AttachmentKind.SIGNATURE, fileName, signature.image().mimeType(), image,
                    Optional.of("Signed by " + signature.signerName()), signature.location(), Optional.empty()), actor, now);
            AuditTrail.record(tx, actor, now, AttachmentRows.ENTITY, attachment.getId(), ChangeOperation.INSERT,
                    "signature image", null, attachment, null);
            SignatureRecord row = tx.newRecord(SIGNATURE)
                    .setWorkOrderId(signature.workOrderId())
                    .setVisitId(orNull(signature.visitId()))
                    .setAttachmentId(attachment.getId())
                    .setSignerName(signature.signerName())
                    .setSignedAt(signature.signedAt())
                    .setLat(signature.location().map(GeoPoint::lat).orElse(null))
                    .setLon(signature.location().map(GeoPoint::lon).orElse(null))
                    .setClientId(signature.clientId());
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "capture signature",
                    null, row, null);
            return toSignature(row);
        }));
    }

    private static Signature replayOf(DSLContext tx, SignatureRecord existing, NewSignature signature, StoredContent image) {
        String storedHash = tx.select(ATTACHMENT.CONTENT_HASH).from(ATTACHMENT)
                .where(ATTACHMENT.ID.eq(existing.getAttachmentId())).fetchSingle().value1().trim();
        if (!storedHash.equals(image.hash().hex()) || existing.getWorkOrderId() != signature.workOrderId()) {
            throw new ConflictException("Signature " + signature.clientId()
                    + " was already captured with a different image or for another work order");
        }
        return toSignature(existing);
    }

    @Override
    public List<Signature> forWorkOrder(long workOrderId) {
        return dsl.selectFrom(SIGNATURE).where(SIGNATURE.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(SIGNATURE.SIGNED_AT, SIGNATURE.ID)
                .fetch(JooqSignatureRepository::toSignature);
    }

    private static Signature toSignature(SignatureRecord r) {
        return new Signature(r.getId(), r.getWorkOrderId(), ofLong(r.getVisitId()), r.getAttachmentId(),
                r.getSignerName(), r.getSignedAt(), AttachmentRows.location(r.getLat(), r.getLon()),
                Optional.ofNullable(r.getClientId()));
    }
}
