package com.fieldwork.db.fieldjob;

import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.PhotoDetails;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.PartUse;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqSignatureRepository;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.fieldjob.FieldJobWorld.qty;
import static com.fieldwork.db.jooq.Tables.PART;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's read of a job's photos and parts, written through the same code the field API calls. */
class JooqJobRecordReadsTest extends DatabaseTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dataDir;

    private FieldJobWorld world;
    private JooqJobRecordReads reads;

    @BeforeEach
    void world() {
        world = new FieldJobWorld(dsl());
        reads = new JooqJobRecordReads(dsl());
    }

    @Test
    void photosAndTheSignatureImageComeInUploadOrderWithTheUploadersName() {
        FileContentStore store = new FileContentStore(dataDir.resolve("files"));
        JooqAttachmentRepository attachments = new JooqAttachmentRepository(dsl(), world.clock);
        PhotoUploads uploads = new PhotoUploads(store, attachments, UploadPolicy.photos());
        long before = uploads.upload(photo("before.jpg", Optional.of("Burner before cleaning")),
                new ByteArrayInputStream(JPEG), world.techA).attachment().id();
        world.clock.advance(Duration.ofMinutes(40));
        long after = uploads.upload(photo("after.jpg", Optional.empty()), new ByteArrayInputStream(JPEG),
                world.techA).attachment().id();
        world.clock.advance(Duration.ofMinutes(5));
        long signatureImage = new SignatureCapture(store, new JooqSignatureRepository(dsl(), world.clock))
                .capture(new NewSignature(UUID.randomUUID(), world.mainJob.id(), OptionalLong.of(world.mainVisit.id()),
                        "Ann Owner", world.clock.instant(), Optional.empty(), new SignatureImage.Png(PNG)), world.techA)
                .attachmentId();

        List<AttachmentInfo> files = reads.attachments(world.mainJob.id());

        assertThat(files).extracting(AttachmentInfo::id).containsExactly(before, after, signatureImage);
        assertThat(files).extracting(AttachmentInfo::kind)
                .containsExactly(AttachmentKind.PHOTO, AttachmentKind.PHOTO, AttachmentKind.SIGNATURE);
        AttachmentInfo first = files.get(0);
        assertThat(first.caption()).contains("Burner before cleaning");
        assertThat(first.uploadedByName()).isEqualTo(world.techA.displayName());
        assertThat(first.uploadedAt()).isEqualTo(Seed.T0.plus(Duration.ofDays(7)));
        assertThat(reads.attachments(world.secondJob.id())).isEmpty();
    }

    @Test
    void partsUsedNameThePartTheVanWhoAndWhenWithTheListPrice() {
        JobPartsUse parts = new JobPartsUse(world.ledger, new JooqStockLocationRepository(dsl(), world.clock),
                new JooqPartRepository(dsl(), world.clock));
        parts.use(world.techA, world.mainJob.id(), new PartUse(OptionalLong.of(world.filter), Optional.empty(),
                qty("2"), UUID.randomUUID()));
        world.clock.advance(Duration.ofMinutes(10));
        String sku = dsl().select(PART.SKU).from(PART)
                .where(PART.ID.eq(world.filter)).fetchSingle().value1();
        parts.use(world.techA, world.mainJob.id(), new PartUse(OptionalLong.empty(), Optional.of(sku),
                qty("0.5"), UUID.randomUUID()));

        List<PartUsedOnJob> used = reads.partsUsed(world.mainJob.id());

        assertThat(used).hasSize(2);
        PartUsedOnJob first = used.get(0);
        assertThat(first.partId()).isEqualTo(world.filter);
        assertThat(first.sku()).isEqualTo(sku);
        assertThat(first.partName()).isNotBlank();
        assertThat(first.quantity()).isEqualTo(new BigDecimal("2"));
        assertThat(first.returned()).isFalse();
        assertThat(first.locationCode()).isEqualTo("VAN-A");
        assertThat(first.locationName()).isEqualTo("Van A");
        assertThat(first.byName()).isEqualTo(world.techA.displayName());
        assertThat(first.unitPrice()).isEqualByComparingTo("9.50");
        assertThat(first.lineTotal()).isEqualByComparingTo("19.00");
        assertThat(used.get(1).quantity()).isEqualTo(new BigDecimal("0.5"));
        assertThat(used.get(1).at()).isAfter(first.at());
        // the earlier job's consumption and the warehouse transfers are not this job's parts
        assertThat(reads.partsUsed(world.earlierJob.id())).extracting(PartUsedOnJob::quantity)
                .containsExactly(new BigDecimal("2"));
        assertThat(reads.partsUsed(world.secondJob.id())).isEmpty();
    }

    private PhotoDetails photo(String fileName, Optional<String> caption) {
        return new PhotoDetails(UUID.randomUUID(), world.mainJob.id(), OptionalLong.of(world.mainVisit.id()), fileName,
                caption, Optional.empty());
    }
}
