package com.fieldwork.db.field;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.PhotoDetails;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SavedAttachment;
import com.fieldwork.core.field.UnsupportedMediaTypeException;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.field.UploadTooLargeException;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqAttachmentRepositoryTest extends DatabaseTest {

    static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @TempDir
    Path dataDir;

    private FieldWorld world;
    private FileContentStore store;
    private JooqAttachmentRepository attachments;
    private PhotoUploads uploads;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        store = new FileContentStore(dataDir.resolve("files"));
        attachments = new JooqAttachmentRepository(dsl(), world.clock);
        uploads = new PhotoUploads(store, attachments, UploadPolicy.photos());
    }

    @Test
    void aPhotoRoundTripsThroughTheContentStore() throws Exception {
        byte[] photo = jpeg("boiler nameplate");
        UUID clientId = UUID.randomUUID();
        int audit = world.auditRows();
        int feed = world.feedRows();

        SavedAttachment saved = uploads.upload(details(clientId, "DCIM/IMG_0001.jpg"), new ByteArrayInputStream(photo),
                world.technician);

        Attachment a = saved.attachment();
        assertThat(saved.replayed()).isFalse();
        assertThat(a.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(a.mimeType()).isEqualTo("image/jpeg");
        assertThat(a.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(a.sizeBytes()).isEqualTo(photo.length);
        assertThat(a.contentHash()).isEqualTo(ContentHash.of(photo));
        assertThat(a.caption()).contains("Nameplate");
        assertThat(a.location()).contains(new GeoPoint(39.75, -104.99));
        assertThat(a.visitId()).hasValue(world.visit);
        assertThat(a.uploadedBy()).isEqualTo(world.technician.userId());
        assertThat(a.clientId()).contains(clientId);
        assertThat(attachments.find(a.id())).contains(a);
        assertThat(attachments.forWorkOrder(world.workOrder)).containsExactly(a);
        try (InputStream in = uploads.download(a.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        assertThat(world.auditRows()).isEqualTo(audit + 1);
        assertThat(world.feedRows()).isEqualTo(feed + 1);
        assertThat(world.auditRows("attachment")).isEqualTo(1);
    }

    @Test
    void uploadingTheSameClientIdAgainIsAReplay() {
        byte[] photo = jpeg("meter");
        UUID clientId = UUID.randomUUID();
        SavedAttachment first = uploads.upload(details(clientId, "a.jpg"), new ByteArrayInputStream(photo), world.technician);
        int audit = world.auditRows();
        int feed = world.feedRows();

        SavedAttachment again = uploads.upload(details(clientId, "a.jpg"), new ByteArrayInputStream(photo), world.technician);

        assertThat(again.replayed()).isTrue();
        assertThat(again.attachment()).isEqualTo(first.attachment());
        assertThat(dsl().fetchCount(ATTACHMENT)).isEqualTo(1);
        assertThat(world.auditRows()).isEqualTo(audit);
        assertThat(world.feedRows()).isEqualTo(feed);
    }

    @Test
    void theSameClientIdWithOtherContentIsAConflictAndWritesNothing() {
        UUID clientId = UUID.randomUUID();
        uploads.upload(details(clientId, "a.jpg"), new ByteArrayInputStream(jpeg("first")), world.technician);
        int audit = world.auditRows();
        int feed = world.feedRows();

        assertThatThrownBy(() -> uploads.upload(details(clientId, "a.jpg"), new ByteArrayInputStream(jpeg("second")),
                world.technician))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(clientId.toString());

        assertThat(dsl().fetchCount(ATTACHMENT)).isEqualTo(1);
        assertThat(attachments.findByClientId(clientId).orElseThrow().contentHash()).isEqualTo(ContentHash.of(jpeg("first")));
        assertThat(world.auditRows()).isEqualTo(audit);
        assertThat(world.feedRows()).isEqualTo(feed);
    }

    @Test
    void anOversizeUploadLeavesNoFileNoRowAndNoAudit() throws Exception {
        PhotoUploads small = new PhotoUploads(store, attachments, new UploadPolicy(64 * 1024, EnumSet.allOf(ImageType.class)));
        byte[] big = new byte[10 * 1024 * 1024];
        System.arraycopy(JPEG_HEAD, 0, big, 0, JPEG_HEAD.length);
        int audit = world.auditRows();

        assertThatThrownBy(() -> small.upload(details(UUID.randomUUID(), "big.jpg"), new ByteArrayInputStream(big),
                world.technician)).isInstanceOf(UploadTooLargeException.class);

        assertThat(FileContentStoreTest.filesUnder(store.root())).isEmpty();
        assertThat(dsl().fetchCount(ATTACHMENT)).isZero();
        assertThat(world.auditRows()).isEqualTo(audit);
    }

    @Test
    void aTextFileNamedJpgIsRefusedBeforeAnythingIsStored() throws Exception {
        byte[] text = "just some notes, not a photo".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> uploads.upload(details(UUID.randomUUID(), "photo.jpg"), new ByteArrayInputStream(text),
                world.technician)).isInstanceOf(UnsupportedMediaTypeException.class);

        assertThat(FileContentStoreTest.filesUnder(store.root())).isEmpty();
        assertThat(dsl().fetchCount(ATTACHMENT)).isZero();
    }

    @Test
    void aVisitOfAnotherWorkOrderOrAMissingWorkOrderIsRefused() {
        PhotoDetails wrongVisit = new PhotoDetails(UUID.randomUUID(), world.workOrder, OptionalLong.of(world.otherVisit),
                "a.jpg", Optional.empty(), Optional.empty());
        PhotoDetails noOrder = new PhotoDetails(UUID.randomUUID(), 999_999, OptionalLong.empty(),
                "a.jpg", Optional.empty(), Optional.empty());
        int audit = world.auditRows();

        assertThatThrownBy(() -> uploads.upload(wrongVisit, new ByteArrayInputStream(jpeg("x")), world.technician))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "visitId");
        assertThatThrownBy(() -> uploads.upload(noOrder, new ByteArrayInputStream(jpeg("y")), world.technician))
                .isInstanceOf(NotFoundException.class);
        assertThat(dsl().fetchCount(ATTACHMENT)).isZero();
        assertThat(world.auditRows()).isEqualTo(audit);
    }

    private PhotoDetails details(UUID clientId, String fileName) {
        return new PhotoDetails(clientId, world.workOrder, OptionalLong.of(world.visit), fileName,
                Optional.of(" Nameplate "), Optional.of(new GeoPoint(39.75, -104.99)));
    }

    static byte[] jpeg(String body) {
        byte[] rest = body.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[JPEG_HEAD.length + rest.length];
        System.arraycopy(JPEG_HEAD, 0, out, 0, JPEG_HEAD.length);
        System.arraycopy(rest, 0, out, JPEG_HEAD.length, rest.length);
        return out;
    }
}
