package com.fieldwork.db.field;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.DocumentUploads;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.UnsupportedMediaTypeException;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.field.UploadTooLargeException;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The office attaching documents to a work order, through the real content store and repository. */
class DocumentUploadsTest extends DatabaseTest {

    @TempDir
    Path dataDir;

    private FieldWorld world;
    private JooqAttachmentRepository attachments;
    private DocumentUploads documents;
    private PhotoUploads files;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        FileContentStore store = new FileContentStore(dataDir.resolve("files"));
        attachments = new JooqAttachmentRepository(dsl(), world.clock);
        documents = new DocumentUploads(store, attachments);
        files = new PhotoUploads(store, attachments, UploadPolicy.photos());
    }

    @Test
    void aDispatcherAttachesAPdfAuditedAndOnTheChangeFeed() throws Exception {
        byte[] pdf = pdf("Quote 2026-114: replace the water heater");
        int audit = world.auditRows("attachment");
        int feed = world.feedRows("attachment");

        Attachment a = documents.attach(world.workOrder, "C:\\Users\\tina\\Quotes\\quote-114.pdf",
                new ByteArrayInputStream(pdf), world.dispatcher);

        assertThat(a.kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(a.mimeType()).isEqualTo("application/pdf");
        assertThat(a.fileName()).isEqualTo("quote-114.pdf");
        assertThat(a.sizeBytes()).isEqualTo(pdf.length);
        assertThat(a.uploadedBy()).isEqualTo(world.dispatcher.userId());
        assertThat(attachments.forWorkOrder(world.workOrder)).containsExactly(a);
        assertThat(world.auditRows("attachment")).isEqualTo(audit + 1);
        assertThat(world.feedRows("attachment")).isEqualTo(feed + 1);
        try (InputStream in = files.download(a.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void aWordFileIsRefusedByItsBytesWhateverItsNameAndNothingIsWritten() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        int audit = world.auditRows();

        assertThatThrownBy(() -> documents.attach(world.workOrder, "quote.pdf", new ByteArrayInputStream(docx),
                world.dispatcher))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .hasMessage("quote.pdf is not a PDF, JPEG or PNG file (checked by its content, not its name)");
        assertThat(attachments.forWorkOrder(world.workOrder)).isEmpty();
        assertThat(world.auditRows()).isEqualTo(audit);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsWritten() {
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(pdf("scan")), zeros(DocumentUploads.MAX_BYTES));

        assertThatThrownBy(() -> documents.attach(world.workOrder, "scan.pdf", huge, world.dispatcher))
                .isInstanceOf(UploadTooLargeException.class);
        assertThat(attachments.forWorkOrder(world.workOrder)).isEmpty();
    }

    @Test
    void aTechnicianMayNotAttachFromTheOfficeSideAndAMissingJobIsNamed() {
        assertThatThrownBy(() -> documents.attach(world.workOrder, "quote.pdf", new ByteArrayInputStream(pdf("q")),
                world.technician)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> documents.attach(987_654, "quote.pdf", new ByteArrayInputStream(pdf("q")),
                world.dispatcher)).isInstanceOf(NotFoundException.class).hasMessageContaining("987654");
        assertThat(attachments.forWorkOrder(world.workOrder)).isEmpty();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code count} zero bytes without holding them in memory. */
    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
