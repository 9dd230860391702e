package com.fieldwork.console.billing;

import com.fieldwork.console.form.FormDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dialog of an {@link ExportForm}: the period, then a file chooser, then the export in the background. A
 * period back to front is refused under the dates before any file is asked for.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    /** @param chooseFile asks where to write, given the proposed name; null when the user cancels */
    static Dialog<ButtonType> open(ExportForm form, Consumer<String> onWritten, Window owner,
                                   Function<String, Path> chooseFile) {
        Dialog<ButtonType> dialog = FormDialogs.dialog(owner, "export-dialog", "Accounting export",
                "Invoices, credit notes, their lines and payments of a period, as one CSV file");
        DatePicker from = FormDialogs.dayPicker("export-from");
        from.valueProperty().bindBidirectional(form.fromProperty());
        DatePicker to = FormDialogs.dayPicker("export-to");
        to.valueProperty().bindBidirectional(form.toProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = FormDialogs.add(grid, 0, "From", from, null, null);
        FormDialogs.add(grid, row, "To", to, form.periodErrorProperty(), "export-period-error");
        Label refusal = FormDialogs.message("export-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));
        FormDialogs.command(dialog, "Export…", "export-run", form.busyProperty(), close -> {
            if (!form.checkPeriod()) {
                return false;
            }
            Path file = chooseFile.apply(form.fileName());
            return file != null && form.export(file, summary -> {
                close.run();
                onWritten.accept(summary);
            });
        });
        FormDialogs.growWith(dialog, form.periodErrorProperty(), form.refusalProperty());
        dialog.show();
        return dialog;
    }

    /** The desktop's save dialog for a CSV file. */
    static Path chooseCsv(Window owner, String proposed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save accounting export");
        chooser.setInitialFileName(proposed);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
