package com.fieldwork.db.demo;

import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.StoredContent;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.CONTACT;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * Photos and the customer's signature on the most recently completed demo jobs, as the technicians' phones would
 * have left them: files in the content store, attachment and signature rows at the times of the visit, and the
 * completion record pointing at its signature. Only a few jobs get them, since every picture is drawn and stored
 * while the demo loads; older jobs stay without, as jobs from before the phones were used would be.
 */
final class DemoEvidence {

    static final int JOBS = 12;
    private static final String[] SIGNERS = {"Site manager", "Facilities desk", "Tenant"};

    private final DSLContext tx;
    private final ExplicitIds ids;
    private final ContentStore files;

    DemoEvidence(DSLContext tx, ExplicitIds ids, ContentStore files) {
        this.tx = tx;
        this.ids = ids;
        this.files = files;
    }

    /** @return how many pictures were stored */
    int write(SplittableRandom random) {
        List<? extends Record> jobs = tx.select(COMPLETION_RECORD.WORK_ORDER_ID, COMPLETION_RECORD.COMPLETED_BY,
                        COMPLETION_RECORD.COMPLETED_AT, COMPLETION_RECORD.LAT, COMPLETION_RECORD.LON,
                        WORK_ORDER.CUSTOMER_ID, WORK_ORDER.SITE_ID, WORK_ORDER_TEMPLATE.MIN_PHOTOS)
                .from(COMPLETION_RECORD)
                .join(WORK_ORDER).on(WORK_ORDER.ID.eq(COMPLETION_RECORD.WORK_ORDER_ID))
                .leftJoin(WORK_ORDER_TEMPLATE).on(WORK_ORDER_TEMPLATE.ID.eq(WORK_ORDER.TEMPLATE_ID))
                .orderBy(COMPLETION_RECORD.COMPLETED_AT.desc(), COMPLETION_RECORD.WORK_ORDER_ID.desc())
                .limit(JOBS)
                .fetch();
        int pictures = 0;
        for (Record job : jobs) {
            pictures += job(job, random);
        }
        return pictures;
    }

    private int job(Record job, SplittableRandom random) {
        long workOrder = job.get(COMPLETION_RECORD.WORK_ORDER_ID);
        long technicianUser = job.get(COMPLETION_RECORD.COMPLETED_BY);
        Instant completed = job.get(COMPLETION_RECORD.COMPLETED_AT);
        var visit = tx.select(VISIT.ID, VISIT.ACTUAL_START).from(VISIT)
                .where(VISIT.WORK_ORDER_ID.eq(workOrder)).and(VISIT.STATUS.eq("DONE"))
                .orderBy(VISIT.ACTUAL_END.desc()).limit(1).fetchOne();
        Long visitId = visit == null ? null : visit.value1();
        Instant started = visit == null || visit.value2() == null ? completed.minus(Duration.ofHours(1)) : visit.value2();
        Short minPhotos = job.get(WORK_ORDER_TEMPLATE.MIN_PHOTOS);
        int photos = Math.min(3, Math.max(2, minPhotos == null ? 0 : minPhotos));
        String[] captions = {"Unit as found", "Data plate", "Finished work"};
        for (int i = 0; i < photos; i++) {
            Instant taken = i == photos - 1 ? completed.minus(Duration.ofMinutes(4)) : started.plus(Duration.ofMinutes(6 + 4L * i));
            StoredContent stored = files.put(DemoPictures.photo(i == 1, random));
            attachment(workOrder, visitId, "PHOTO", "IMG_" + (4100 + workOrder % 900) + "_" + (i + 1) + ".jpg",
                    "image/jpeg", stored, captions[i], job, technicianUser, taken, random);
        }
        Instant signed = completed.minus(Duration.ofMinutes(2));
        StoredContent image = files.put(DemoPictures.signature(random));
        long attachment = attachment(workOrder, visitId, "SIGNATURE", "signature.png", "image/png", image, null, job,
                technicianUser, signed, random);
        long signature = ids.next(SIGNATURE);
        tx.insertInto(SIGNATURE).set(SIGNATURE.ID, signature).set(SIGNATURE.WORK_ORDER_ID, workOrder)
                .set(SIGNATURE.VISIT_ID, visitId).set(SIGNATURE.ATTACHMENT_ID, attachment)
                .set(SIGNATURE.SIGNER_NAME, signer(job, random)).set(SIGNATURE.SIGNED_AT, signed)
                .set(SIGNATURE.LAT, job.get(COMPLETION_RECORD.LAT)).set(SIGNATURE.LON, job.get(COMPLETION_RECORD.LON))
                .set(SIGNATURE.CLIENT_ID, uuid(random)).execute();
        tx.update(COMPLETION_RECORD).set(COMPLETION_RECORD.SIGNATURE_ID, signature)
                .where(COMPLETION_RECORD.WORK_ORDER_ID.eq(workOrder)).execute();
        return photos + 1;
    }

    private long attachment(long workOrder, Long visitId, String kind, String fileName, String mimeType,
                            StoredContent stored, String caption, Record job, long by, Instant at,
                            SplittableRandom random) {
        long id = ids.next(ATTACHMENT);
        tx.insertInto(ATTACHMENT).set(ATTACHMENT.ID, id).set(ATTACHMENT.WORK_ORDER_ID, workOrder)
                .set(ATTACHMENT.VISIT_ID, visitId).set(ATTACHMENT.KIND, kind).set(ATTACHMENT.FILE_NAME, fileName)
                .set(ATTACHMENT.MIME_TYPE, mimeType).set(ATTACHMENT.SIZE_BYTES, stored.sizeBytes())
                .set(ATTACHMENT.CONTENT_HASH, stored.hash().hex()).set(ATTACHMENT.STORAGE_KEY, stored.storageKey())
                .set(ATTACHMENT.CAPTION, caption)
                .set(ATTACHMENT.LAT, job.get(COMPLETION_RECORD.LAT)).set(ATTACHMENT.LON, job.get(COMPLETION_RECORD.LON))
                .set(ATTACHMENT.UPLOADED_BY, by).set(ATTACHMENT.UPLOADED_AT, at).set(ATTACHMENT.CLIENT_ID, uuid(random))
                .execute();
        return id;
    }

    /** The site's or the customer's contact who was there, primary first; else whoever let the technician in. */
    private String signer(Record job, SplittableRandom random) {
        String contact = tx.select(CONTACT.NAME).from(CONTACT)
                .where(CONTACT.CUSTOMER_ID.eq(job.get(WORK_ORDER.CUSTOMER_ID)))
                .and(CONTACT.SITE_ID.eq(job.get(WORK_ORDER.SITE_ID)).or(CONTACT.SITE_ID.isNull()))
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.ID).limit(1).fetchOne(CONTACT.NAME);
        return contact != null ? contact : SIGNERS[random.nextInt(SIGNERS.length)];
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
