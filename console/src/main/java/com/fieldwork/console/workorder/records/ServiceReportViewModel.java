package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.core.security.Permission;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The work order's service report from the Files tab: open the newest version in the desktop's PDF viewer (made
 * first if the completed job has none), or make a new version. The PDF is copied to a folder of this session
 * for the viewer, which needs a file; fetching, copying and opening all run off the FX thread.
 */
public final class ServiceReportViewModel {

    private final ServiceReports reports;
    private final DocumentViewer viewer;
    private final TaskExecutor executor;
    private final Actor actor;
    private final Path folder;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private OptionalLong shown = OptionalLong.empty();

    /** @param folder where opened reports are copied for the viewer */
    public ServiceReportViewModel(ServiceReports reports, DocumentViewer viewer, TaskExecutor executor, Actor actor,
                                  Path folder) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public void show(long workOrderId) {
        shown = OptionalLong.of(workOrderId);
        message.set("");
    }

    public boolean mayRegenerate() {
        return actor.can(Permission.WORK_ORDER_EDIT);
    }

    /** Opens the newest report in the PDF viewer; what happened is in {@link #messageProperty()}. */
    public void open() {
        run("Opening the service report…", id -> {
            Attachment report = reports.current(id, actor);
            Path file = copy(report);
            try {
                viewer.open(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return "Opened " + report.fileName() + " in the PDF viewer";
        });
    }

    /** Makes a new version from the job's record as it is now; the Files tab lists it through the change feed. */
    public void regenerate() {
        run("Making a new service report…", id -> "Made a new version: " + reports.regenerate(id, actor).fileName());
    }

    private void run(String doing, java.util.function.LongFunction<String> work) {
        if (shown.isEmpty() || busy.get()) {
            return;
        }
        long id = shown.getAsLong();
        busy.set(true);
        message.set(doing);
        executor.submit(doing, progress -> work.apply(id), done -> {
            busy.set(false);
            message.set(done);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof DomainException || failure instanceof UncheckedIOException
                    ? failure.getMessage() : "The service report could not be made: " + failure);
        });
    }

    private Path copy(Attachment report) {
        try (InputStream in = reports.open(report)) {
            Files.createDirectories(folder);
            // the version's id in the name: a viewer that still shows an older version keeps its file
            Path file = folder.resolve(report.fileName().replace(".pdf", " (" + report.id() + ").pdf"));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the report for the viewer: " + e.getMessage(), e);
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
