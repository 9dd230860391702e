package com.fieldwork.console.workorder.records;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.AttachmentRepository;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.DocumentUploads;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.NewDocument;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SavedAttachment;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.field.UploadTooLargeException;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One job's records in memory, behind the core ports the records tabs read, counting the reads. Pictures are
 * kept as bytes under their attachment's storage key; a photo can be given no file (missing) or bad bytes.
 */
final class JobRecordsFake implements JobRecordReads, ContentStore {

    static final long JOB = 42;
    static final Instant T0 = Instant.parse("2026-03-10T15:00:00Z");

    final List<AttachmentInfo> attachments = new ArrayList<>();
    final List<Signature> signatures = new ArrayList<>();
    final List<PartUsedOnJob> parts = new ArrayList<>();
    final List<LaborEntry> labor = new ArrayList<>();
    final Map<String, byte[]> files = new HashMap<>();
    int reads;

    PhotoUploads uploads() {
        return new PhotoUploads(this, attachmentRows(), UploadPolicy.photos());
    }

    long photo(String caption, byte[] bytes, Instant at) {
        long id = attachments.size() + 1L;
        attachments.add(new AttachmentInfo(id, OptionalLong.empty(), AttachmentKind.PHOTO, "IMG_" + id + ".png",
                "image/png", bytes == null ? 0 : bytes.length, "a".repeat(64), Optional.ofNullable(caption), 7,
                "Robert Chen", at));
        if (bytes != null) {
            files.put(key(id), bytes);
        }
        return id;
    }

    void signature(String signer, Instant at) {
        long image = attachments.size() + 1L;
        attachments.add(new AttachmentInfo(image, OptionalLong.empty(), AttachmentKind.SIGNATURE, "signature.png",
                "image/png", 10, "b".repeat(64), Optional.empty(), 7, "Robert Chen", at));
        files.put(key(image), png(240, 80));
        signatures.add(new Signature(signatures.size() + 1L, JOB, OptionalLong.empty(), image, signer, at,
                Optional.empty(), Optional.empty()));
    }

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String key(long attachmentId) {
        return "k" + attachmentId;
    }

    @Override
    public List<AttachmentInfo> attachments(long workOrderId) {
        reads++;
        return workOrderId == JOB ? List.copyOf(attachments) : List.of();
    }

    @Override
    public List<PartUsedOnJob> partsUsed(long workOrderId) {
        reads++;
        return workOrderId == JOB ? List.copyOf(parts) : List.of();
    }

    @Override
    public InputStream open(String storageKey) {
        byte[] bytes = files.get(storageKey);
        if (bytes == null) {
            throw new NotFoundException("stored file", storageKey);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean exists(String storageKey) {
        return files.containsKey(storageKey);
    }

    LaborEntries laborEntries() {
        return new LaborEntries() {
            @Override
            public LaborEntry record(NewLaborEntry entry, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LaborEntry> forWorkOrder(long workOrderId) {
                reads++;
                return workOrderId == JOB ? List.copyOf(labor) : List.of();
            }
        };
    }

    SignatureRepository signatureRows() {
        return new SignatureRepository() {
            @Override
            public Signature capture(NewSignature signature, StoredContent image, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Signature> forWorkOrder(long workOrderId) {
                return workOrderId == JOB ? List.copyOf(signatures) : List.of();
            }
        };
    }

    private AttachmentRepository attachmentRows() {
        return new AttachmentRepository() {
            @Override
            public SavedAttachment createPhoto(NewPhoto photo, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Attachment createDocument(NewDocument document, Actor actor) {
                long id = attachments.size() + 1L;
                AttachmentInfo info = new AttachmentInfo(id, OptionalLong.empty(), AttachmentKind.DOCUMENT,
                        document.fileName(), document.type().mimeType(), document.content().sizeBytes(),
                        document.content().hash().hex(), Optional.empty(), actor.userId(), actor.displayName(), T0);
                attachments.add(info);
                return find(id).orElseThrow();
            }

            @Override
            public Optional<Attachment> find(long id) {
                return attachments.stream().filter(a -> a.id() == id).findFirst().map(a -> new Attachment(a.id(), JOB,
                        a.visitId(), a.kind(), a.fileName(), a.mimeType(), a.sizeBytes(),
                        new ContentHash(a.contentHash()), key(a.id()), a.caption(), Optional.empty(), a.uploadedBy(),
                        a.uploadedAt(), Optional.empty()));
            }

            @Override
            public Optional<Attachment> findByClientId(UUID clientId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Attachment> forWorkOrder(long workOrderId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The office's attach, into these records: the documents tab then reads what was attached. */
    DocumentUploads documents() {
        return new DocumentUploads(this, attachmentRows());
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UploadTooLargeException(maxBytes);
            }
            String key = "doc" + files.size();
            files.put(key, bytes);
            return new StoredContent(ContentHash.of(bytes), bytes.length, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
