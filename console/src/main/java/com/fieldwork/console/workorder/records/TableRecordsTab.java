package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * A records tab that is a table with a total line: its rows are read off the FX thread, and a message stands in
 * for them while they load, when there are none, or when the read failed.
 *
 * @param <R> a row as the table shows it
 */
public abstract class TableRecordsTab<R> extends LazyRecordsTab {

    private final TaskExecutor executor;
    private final String what;
    private final String none;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param what what the rows are, for the messages ("labor", "parts")
     * @param none the message of a job without any
     */
    protected TableRecordsTab(TaskExecutor executor, String what, String none) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.what = Objects.requireNonNull(what, "what");
        this.none = Objects.requireNonNull(none, "none");
    }

    /** Where the tab's reads run; a subclass's own commands (attaching a file) run there too. */
    protected final TaskExecutor executor() {
        return executor;
    }

    /** Reads the work order's rows and their total; runs off the FX thread. */
    protected abstract Lines<R> read(long id);

    /** @param total the total line, empty when there are no rows */
    protected record Lines<R>(List<R> rows, String total) {
    }

    @Override
    protected final void load(long id) {
        message.set("Loading " + what + "…");
        executor.submit("Loading " + what, p -> read(id), lines -> {
            if (isShown(id)) {
                rows.setAll(lines.rows());
                total.set(lines.total());
                message.set(lines.rows().isEmpty() ? none : "");
            }
        }, failure -> {
            if (isShown(id)) {
                message.set("Could not load the " + what + ": " + failure.getMessage());
            }
        });
    }

    @Override
    protected final void clear() {
        rows.clear();
        total.set("");
        message.set("");
    }

    public final ObservableList<R> rows() {
        return rows;
    }

    public final ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Loading, the empty state or a failure; empty text when the rows say it all. */
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
