package com.fieldwork.db.field;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.field.UnsupportedMediaTypeException;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqSignatureRepositoryTest extends DatabaseTest {

    static final String STROKES = "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M10 10 L40 25\"/></svg>";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dataDir;

    private FieldWorld world;
    private FileContentStore store;
    private JooqSignatureRepository signatures;
    private SignatureCapture capture;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        store = new FileContentStore(dataDir);
        signatures = new JooqSignatureRepository(dsl(), world.clock);
        capture = new SignatureCapture(store, signatures);
    }

    @Test
    void svgStrokesAreStoredAsAnAttachmentWithTheSignature() throws Exception {
        UUID clientId = UUID.randomUUID();
        int audit = world.auditRows();
        int feed = world.feedRows();

        Signature s = capture.capture(signature(clientId, new SignatureImage.SvgStrokes(STROKES)), world.technician);

        assertThat(s.signerName()).isEqualTo("Dana Customer");
        assertThat(s.signedAt()).isEqualTo(Seed.T0);
        assertThat(s.location()).contains(new GeoPoint(39.75, -104.99));
        assertThat(s.visitId()).hasValue(world.visit);
        assertThat(signatures.forWorkOrder(world.workOrder)).containsExactly(s);
        Attachment image = new JooqAttachmentRepository(dsl(), world.clock).find(s.attachmentId()).orElseThrow();
        assertThat(image.kind()).isEqualTo(AttachmentKind.SIGNATURE);
        assertThat(image.mimeType()).isEqualTo("image/svg+xml");
        try (InputStream in = store.open(image.storageKey())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(STROKES);
        }
        assertThat(world.auditRows()).isEqualTo(audit + 2);
        assertThat(world.feedRows()).isEqualTo(feed + 2);
    }

    @Test
    void aPngSignatureIsReplayedByClientIdAndConflictsWithAnotherImage() {
        UUID clientId = UUID.randomUUID();
        Signature first = capture.capture(signature(clientId, new SignatureImage.Png(PNG)), world.technician);
        int audit = world.auditRows();

        Signature again = capture.capture(signature(clientId, new SignatureImage.Png(PNG)), world.technician);
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> capture.capture(signature(clientId, new SignatureImage.SvgStrokes(STROKES)), world.technician))
                .isInstanceOf(ConflictException.class);

        assertThat(dsl().fetchCount(SIGNATURE)).isEqualTo(1);
        assertThat(dsl().fetchCount(ATTACHMENT)).isEqualTo(1);
        assertThat(world.auditRows()).isEqualTo(audit);
    }

    @Test
    void aSignatureThatIsNoPngWritesNothing() {
        assertThatThrownBy(() -> capture.capture(signature(UUID.randomUUID(),
                new SignatureImage.Png("not a png".getBytes(StandardCharsets.UTF_8))), world.technician))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThat(dsl().fetchCount(SIGNATURE)).isZero();
        assertThat(dsl().fetchCount(ATTACHMENT)).isZero();
    }

    private NewSignature signature(UUID clientId, SignatureImage image) {
        return new NewSignature(clientId, world.workOrder, OptionalLong.of(world.visit), " Dana Customer ", Seed.T0,
                Optional.of(new GeoPoint(39.75, -104.99)), image);
    }
}
