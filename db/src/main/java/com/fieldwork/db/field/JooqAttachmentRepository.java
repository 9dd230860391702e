package com.fieldwork.db.field;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.AttachmentRepository;
import com.fieldwork.core.field.NewDocument;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.SavedAttachment;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AttachmentRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;

/** Attachment rows in SQL; a photo is recorded once per client id, audited and on the change feed. */
public final class JooqAttachmentRepository implements AttachmentRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqAttachmentRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SavedAttachment createPhoto(NewPhoto photo, Actor actor) {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(actor, "actor");
        try {
            return IntegrityViolations.translate("Photo", () -> dsl.transactionResult(cfg -> insertOnce(cfg.dsl(), photo, actor)));
        } catch (ConflictException e) {
            // Two uploads of one client id at once (a phone retrying on a slow network): the loser of the
            // unique constraint is a replay of the winner when the content is the same.
            return findByClientId(photo.clientId()).map(existing -> replayOf(existing, photo)).orElseThrow(() -> e);
        }
    }

    private SavedAttachment insertOnce(DSLContext tx, NewPhoto photo, Actor actor) {
        Optional<Attachment> existing = tx.selectFrom(ATTACHMENT).where(ATTACHMENT.CLIENT_ID.eq(photo.clientId()))
                .fetchOptional().map(AttachmentRows::toAttachment);
        if (existing.isPresent()) {
            return replayOf(existing.get(), photo);
        }
        WorkOrderRefs.require(tx, photo.workOrderId(), photo.visitId(), "adding a photo");
        Instant now = clock.instant();
        AttachmentRecord row = AttachmentRows.insert(tx, new AttachmentRows.Row(photo.workOrderId(), photo.visitId(),
                AttachmentKind.PHOTO, photo.fileName(), photo.type().mimeType(), photo.content(), photo.caption(),
                photo.location(), Optional.of(photo.clientId())), actor, now);
        AuditTrail.record(tx, actor, now, AttachmentRows.ENTITY, row.getId(), ChangeOperation.INSERT, "upload photo",
                null, row, null);
        return new SavedAttachment(AttachmentRows.toAttachment(row), false);
    }

    @Override
    public Attachment createDocument(NewDocument document, Actor actor) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(actor, "actor");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            WorkOrderRefs.require(tx, document.workOrderId(), OptionalLong.empty(), "attaching a file");
            Instant now = clock.instant();
            AttachmentRecord row = AttachmentRows.insert(tx, new AttachmentRows.Row(document.workOrderId(),
                    OptionalLong.empty(), AttachmentKind.DOCUMENT, document.fileName(), document.type().mimeType(),
                    document.content(), Optional.empty(), Optional.empty(), Optional.empty()), actor, now);
            AuditTrail.record(tx, actor, now, AttachmentRows.ENTITY, row.getId(), ChangeOperation.INSERT,
                    "attach document", null, row, null);
            return AttachmentRows.toAttachment(row);
        });
    }

    /** The same client id is the same photo only if it is the same bytes on the same job. */
    private static SavedAttachment replayOf(Attachment existing, NewPhoto photo) {
        if (!existing.contentHash().equals(photo.content().hash()) || existing.workOrderId() != photo.workOrderId()) {
            throw new ConflictException("Photo " + photo.clientId() + " was already uploaded with different content"
                    + " or for another work order; give a new photo a new id");
        }
        return new SavedAttachment(existing, true);
    }

    @Override
    public Optional<Attachment> find(long id) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).fetchOptional().map(AttachmentRows::toAttachment);
    }

    @Override
    public Optional<Attachment> findByClientId(UUID clientId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.CLIENT_ID.eq(clientId)).fetchOptional()
                .map(AttachmentRows::toAttachment);
    }

    @Override
    public List<Attachment> forWorkOrder(long workOrderId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID)
                .fetch(AttachmentRows::toAttachment);
    }
}
