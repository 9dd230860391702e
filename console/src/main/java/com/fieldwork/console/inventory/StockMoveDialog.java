package com.fieldwork.console.inventory;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.core.inventory.StockLocation;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dialog of a {@link StockMoveForm}: the fields its kind needs, a message under each that is wrong, the
 * ledger's refusal above the buttons. OK keeps the dialog open until the ledger has recorded the move.
 */
final class StockMoveDialog {

    private StockMoveDialog() {
    }

    static Dialog<ButtonType> open(StockMoveForm form, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(form.kind().title());
        dialog.setHeaderText(form.kind().title());
        ButtonType ok = new ButtonType(okText(form.kind()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("stock-move-dialog");
        dialog.getDialogPane().setId("stock-move-dialog");
        dialog.getDialogPane().getStylesheets().addAll(ConsoleApp.STYLESHEET, InventoryView.STYLESHEET);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("stock-move-form");
        int row = 0;
        // the locations' message goes under the last of them: it is about the pair
        if (form.kind().hasSource()) {
            row = add(grid, row, form.kind() == StockMoveKind.ADJUST ? "At" : "From",
                    locationBox("move-source", form, form.sourceProperty()),
                    form.kind().hasDestination() ? null : form.locationErrorProperty());
        }
        if (form.kind().hasDestination()) {
            row = add(grid, row, "To", locationBox("move-destination", form, form.destinationProperty()),
                    form.locationErrorProperty());
        }
        ComboBox<PartChoice> part = new ComboBox<>(form.parts());
        part.setId("move-part");
        part.setPrefWidth(320);
        part.valueProperty().bindBidirectional(form.partProperty());
        row = add(grid, row, "Part", part, form.partErrorProperty());
        TextField quantity = new TextField();
        quantity.setId("move-quantity");
        quantity.setPromptText(form.kind() == StockMoveKind.ADJUST ? "counted minus recorded, e.g. -2" : "e.g. 4");
        quantity.textProperty().bindBidirectional(form.quantityProperty());
        row = add(grid, row, "Quantity", quantity, form.quantityErrorProperty());
        TextField reason = new TextField();
        reason.setId("move-reason");
        reason.setPromptText(form.kind().reasonRequired() ? "required: why the count differs" : "optional note");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        add(grid, row, form.kind().reasonRequired() ? "Reason" : "Note", reason, form.reasonErrorProperty());

        Label refusal = message("move-refusal", form.refusalProperty());
        refusal.getStyleClass().add("stock-move-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("move-ok");
        okButton.disableProperty().bind(form.busyProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays until the ledger said yes; a refusal is shown in it and nothing moved
            e.consume();
            form.submit(() -> {
                dialog.setResult(ok);
                dialog.close();
            });
        });
        // a message appearing under a field or above the buttons makes the dialog taller, never clipped
        for (ReadOnlyStringProperty message : new ReadOnlyStringProperty[] {form.refusalProperty(),
                form.locationErrorProperty(), form.partErrorProperty(), form.quantityErrorProperty(),
                form.reasonErrorProperty()}) {
            message.addListener(o -> Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
        dialog.show();
        return dialog;
    }

    private static String okText(StockMoveKind kind) {
        return switch (kind) {
            case RECEIVE -> "Receive";
            case TRANSFER -> "Transfer";
            case ADJUST -> "Adjust";
            case RETURN -> "Return";
        };
    }

    private static ComboBox<StockLocation> locationBox(String id, StockMoveForm form,
                                                       javafx.beans.property.ObjectProperty<StockLocation> value) {
        ComboBox<StockLocation> box = new ComboBox<>(form.locations());
        box.setId(id);
        box.setPrefWidth(320);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(StockLocation location) {
                return location == null ? "" : location.name() + " (" + location.code() + ")";
            }

            @Override
            public StockLocation fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static int add(GridPane grid, int row, String label, Node field, ReadOnlyStringProperty error) {
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        if (error == null) {
            grid.addRow(row, caption, field);
        } else {
            grid.addRow(row, caption, new VBox(2, field, message(null, error)));
        }
        return row + 1;
    }

    private static Label message(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
