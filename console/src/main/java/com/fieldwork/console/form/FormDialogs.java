package com.fieldwork.console.form;

import com.fieldwork.console.ConsoleApp;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * What the console's form dialogs share (invoices, credit notes, settings, returns of parts): a modal dialog with the app's styles, field rows with a message under
 * each, a command that keeps the dialog open until its form says it is done, and a window that grows when a
 * message appears instead of clipping it.
 */
public final class FormDialogs {

    /** The app stylesheet the forms' classes (field-error, payment-form, …) live in. */
    private static final String FORMS = java.util.Objects.requireNonNull(
            FormDialogs.class.getResource("/com/fieldwork/console/app.css")).toExternalForm();

    private FormDialogs() {
    }

    public static Dialog<ButtonType> dialog(Window owner, String id, String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().addAll(ConsoleApp.STYLESHEET, FORMS);
        return dialog;
    }

    /**
     * Adds the command button; pressing it asks {@code submit} (given a way to close the dialog once done), and
     * the dialog stays open while the form refuses or works.
     */
    public static Button command(Dialog<ButtonType> dialog, String text, String id, ReadOnlyBooleanProperty busy,
                          Predicate<Runnable> submit) {
        ButtonType type = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(type, ButtonType.CANCEL);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(busy);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit.test(() -> {
                dialog.setResult(type);
                dialog.close();
            });
        });
        return button;
    }

    /** A labelled field and, when {@code error} is given, its message under it; returns the next free row. */
    public static int add(GridPane grid, int row, String label, Node field, ReadOnlyStringProperty error, String id) {
        Label name = new Label(label);
        // the field gives way, never the label
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (error == null) {
            return row + 1;
        }
        grid.add(message(id, error), 1, row + 1);
        return row + 2;
    }

    /** A message bound to {@code text}, taking no room while empty. */
    public static Label message(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }

    /** A message appearing makes the dialog taller, never clipped. */
    public static void growWith(Dialog<?> dialog, ReadOnlyStringProperty... texts) {
        for (ReadOnlyStringProperty text : texts) {
            text.addListener(o -> Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
    }

    /** A day picker in the list's day format. */
    public static DatePicker dayPicker(String id) {
        DatePicker date = new DatePicker();
        date.setId(id);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("yyyy-mm-dd");
        return date;
    }
}
