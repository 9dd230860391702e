package com.fieldwork.console.billing;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.billing.AccountingExport;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.common.Actor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The accounting export of a period (whole days in the company's time zone, both ends included) to a CSV file:
 * last month unless changed, written off the FX thread, then how many invoices, lines and payments it holds.
 */
public final class ExportForm {

    private final BillingService billing;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    ExportForm(BillingService billing, TaskExecutor executor, Actor actor, Clock clock, ZoneId zone) {
        this.billing = Objects.requireNonNull(billing, "billing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.zone = Objects.requireNonNull(zone, "zone");
        // what an accountant closes at the start of a month is the month before
        LocalDate thisMonth = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        from.set(thisMonth.minusMonths(1));
        to.set(thisMonth.minusDays(1));
        from.addListener(o -> clear());
        to.addListener(o -> clear());
    }

    private void clear() {
        periodError.set("");
        refusal.set("");
    }

    /** Checks the period; false with the reason in {@link #periodErrorProperty()} when it is not one. */
    public boolean checkPeriod() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null) {
            periodError.set("Enter both days of the period");
            return false;
        }
        if (start.isAfter(end)) {
            periodError.set("The period starts after it ends: " + start + " is after " + end);
            return false;
        }
        return true;
    }

    /** The name the file chooser proposes. */
    public String fileName() {
        return "accounting-" + from.get() + "-to-" + to.get() + ".csv";
    }

    /**
     * Writes the export to {@code file} in the background; {@code onWritten} gets what was written. False when
     * the period is wrong (nothing is read or written).
     */
    public boolean export(Path file, Consumer<String> onWritten) {
        Objects.requireNonNull(file, "file");
        refusal.set("");
        if (!checkPeriod()) {
            return false;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        busy.set(true);
        executor.submit("Exporting " + start + " to " + end, p -> {
            AccountingExport export = billing.accountingExport(start.atStartOfDay(zone).toInstant(),
                    end.plusDays(1).atStartOfDay(zone).toInstant(), actor);
            Files.writeString(file, export.csv(), StandardCharsets.UTF_8);
            return export;
        }, export -> {
            busy.set(false);
            onWritten.accept(summary(export, start, end, file));
        }, failure -> {
            busy.set(false);
            refusal.set("Could not export: " + failure.getMessage());
        });
        return true;
    }

    static String summary(AccountingExport export, LocalDate start, LocalDate end, Path file) {
        return "Exported " + start + " to " + end + ": " + count(export.invoices(), "invoice or credit note",
                "invoices and credit notes") + ", " + count(export.lines(), "line", "lines") + ", "
               + count(export.payments(), "payment", "payments") + " to " + file.getFileName();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
