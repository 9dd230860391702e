package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.DocumentUploads;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.security.Permission;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The documents the office attached to the job (quotes, permits, drawings) and its service reports, and attaching
 * a document: the file is read and checked (PDF, JPEG or PNG by its bytes, at most 25 MB) off the FX thread, and
 * what went wrong is said in the tab, with nothing stored.
 */
public final class JobFilesViewModel extends TableRecordsTab<FileRow> {

    /** The change feed's name for attachment rows. */
    public static final String ENTITY = "attachment";

    private final JobRecordReads reads;
    private final DocumentUploads documents;
    private final Actor actor;
    private final RecordTimes times;
    private final ReadOnlyStringWrapper attachMessage = new ReadOnlyStringWrapper("");

    public JobFilesViewModel(JobRecordReads reads, DocumentUploads documents, TaskExecutor executor, Actor actor,
                             ZoneId zone) {
        super(executor, "files", "No documents attached to this job");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Set<String> entities() {
        return Set.of(ENTITY);
    }

    @Override
    protected Lines<FileRow> read(long id) {
        List<AttachmentInfo> files = reads.attachments(id).stream()
                .filter(a -> a.kind() == AttachmentKind.DOCUMENT || a.kind() == AttachmentKind.REPORT).toList();
        long bytes = files.stream().mapToLong(AttachmentInfo::sizeBytes).sum();
        return new Lines<>(files.stream().map(this::row).toList(),
                files.isEmpty() ? "" : files.size() + (files.size() == 1 ? " document, " : " documents, ") + size(bytes));
    }

    private FileRow row(AttachmentInfo file) {
        String type = file.kind() == AttachmentKind.REPORT ? "Service report (PDF)" : typeOf(file.mimeType());
        return new FileRow(file.id(), file.fileName(), type, size(file.sizeBytes()),
                file.uploadedByName(), times.shortWhen(file.uploadedAt()));
    }

    public boolean mayAttach() {
        return actor.can(Permission.WORK_ORDER_EDIT);
    }

    /** Attaches the file to the work order shown; the outcome is in {@link #attachMessageProperty()}. */
    public void attach(Path file) {
        OptionalLong id = shown();
        if (id.isEmpty()) {
            return;
        }
        String name = file.getFileName().toString();
        attachMessage.set("Attaching " + name + "…");
        executor().submit("Attaching " + name, progress -> {
            try (InputStream in = Files.newInputStream(file)) {
                return documents.attach(id.getAsLong(), name, in, actor);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + name + ": " + e.getMessage(), e);
            }
        }, saved -> {
            attachMessage.set("Attached " + saved.fileName() + " (" + size(saved.sizeBytes()) + ")");
            refresh();
        }, failure -> attachMessage.set(failure instanceof DomainException || failure instanceof UncheckedIOException
                ? failure.getMessage() : "Could not attach " + name + ": " + failure));
    }

    /** What the last attach did, or is doing; empty before the first. */
    public ReadOnlyStringProperty attachMessageProperty() {
        return attachMessage.getReadOnlyProperty();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String typeOf(String mimeType) {
        return switch (mimeType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG picture";
            case "image/png" -> "PNG picture";
            default -> mimeType;
        };
    }
}
