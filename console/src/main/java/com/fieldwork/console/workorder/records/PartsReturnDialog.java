package com.fieldwork.console.workorder.records;

import com.fieldwork.console.form.FormDialogs;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockMovement;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Consumer;

/** The dialog of a {@link PartsReturnForm}: part, quantity, van or warehouse, note; open until the ledger agrees. */
final class PartsReturnDialog {

    private PartsReturnDialog() {
    }

    static Dialog<ButtonType> open(PartsReturnForm form, Consumer<StockMovement> onReturned, Window owner) {
        Dialog<ButtonType> dialog = FormDialogs.dialog(owner, "parts-return-dialog", "Return unused parts",
                "Parts the job did not use, back into a van or warehouse");
        ComboBox<ReturnablePart> part = new ComboBox<>(form.parts());
        part.setId("return-part");
        part.setPrefWidth(440);
        part.valueProperty().bindBidirectional(form.partProperty());
        TextField quantity = new TextField();
        quantity.setId("return-quantity");
        quantity.setPrefColumnCount(6);
        quantity.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        quantity.textProperty().bindBidirectional(form.quantityProperty());
        ComboBox<StockLocation> into = new ComboBox<>(form.locations());
        into.setId("return-destination");
        into.setPrefWidth(360);
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(StockLocation location) {
                return location == null ? "" : location.name() + " (" + location.code() + ")";
            }

            @Override
            public StockLocation fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        into.valueProperty().bindBidirectional(form.destinationProperty());
        TextField note = new TextField();
        note.setId("return-note");
        note.setPromptText("optional, e.g. wrong size brought");
        note.textProperty().bindBidirectional(form.noteProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = FormDialogs.add(grid, 0, "Part", part, form.partErrorProperty(), "return-part-error");
        row = FormDialogs.add(grid, row, "Quantity", quantity, form.quantityErrorProperty(), "return-quantity-error");
        row = FormDialogs.add(grid, row, "Back into", into, form.locationErrorProperty(), "return-destination-error");
        FormDialogs.add(grid, row, "Note", note, null, null);
        Label refusal = FormDialogs.message("return-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));
        FormDialogs.command(dialog, "Return", "return-record", form.busyProperty(), close -> form.submit(movement -> {
            close.run();
            onReturned.accept(movement);
        }));
        FormDialogs.growWith(dialog, form.partErrorProperty(), form.quantityErrorProperty(),
                form.locationErrorProperty(), form.refusalProperty());
        dialog.show();
        return dialog;
    }
}
