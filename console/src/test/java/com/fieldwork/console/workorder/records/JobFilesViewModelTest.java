package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import static com.fieldwork.console.workorder.records.JobRecordsFake.JOB;
import static org.assertj.core.api.Assertions.assertThat;

/** The files tab: the office's documents on the job, and attaching one, with no screen. */
class JobFilesViewModelTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final Actor DISPATCHER = new Actor(7, "dispatch", "Tina Alvarez", Role.DISPATCHER);

    @TempDir
    Path folder;

    private final JobRecordsFake records = new JobRecordsFake();
    private final JobFilesViewModel files = new JobFilesViewModel(records, records.documents(),
            new SynchronousTaskExecutor(), DISPATCHER, DENVER);

    @Test
    void anAttachedPdfIsListedAtOnceWithItsSizeWhoAndWhen() throws IOException {
        records.photo("Unit as found", JobRecordsFake.png(40, 30), JobRecordsFake.T0); // a phone's photo is not a document
        files.show(JOB);
        files.setVisible(true);
        assertThat(files.rows()).isEmpty();
        assertThat(files.messageProperty().get()).isEqualTo("No documents attached to this job");

        files.attach(write("permit-2026-0412.pdf", "%PDF-1.4\n% city permit\n%%EOF\n"));

        assertThat(files.attachMessageProperty().get()).isEqualTo("Attached permit-2026-0412.pdf (1 KB)");
        assertThat(files.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("permit-2026-0412.pdf");
            assertThat(row.type()).isEqualTo("PDF");
            assertThat(row.by()).isEqualTo("Tina Alvarez");
            assertThat(row.when()).isEqualTo("10 Mar 09:00");
        });
        assertThat(files.totalProperty().get()).isEqualTo("1 document, 1 KB");
    }

    @Test
    void aWordFileIsRefusedWithTheReasonAndNothingIsListed() throws IOException {
        files.show(JOB);
        files.setVisible(true);

        files.attach(write("quote.docx", "PK\u0003\u0004 word/document.xml"));

        assertThat(files.attachMessageProperty().get())
                .isEqualTo("quote.docx is not a PDF, JPEG or PNG file (checked by its content, not its name)");
        assertThat(files.rows()).isEmpty();
        assertThat(records.attachments).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadSaysSo() {
        files.show(JOB);
        files.setVisible(true);

        files.attach(folder.resolve("gone.pdf"));

        assertThat(files.attachMessageProperty().get()).startsWith("Could not read gone.pdf");
        assertThat(records.attachments).isEmpty();
    }

    @Test
    void onlyThoseWhoEditWorkOrdersMayAttach() {
        assertThat(files.mayAttach()).isTrue();
        JobFilesViewModel accountant = new JobFilesViewModel(records, records.documents(), new SynchronousTaskExecutor(),
                new Actor(9, "books", "Ann Books", Role.ACCOUNTANT), DENVER);
        assertThat(accountant.mayAttach()).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
