package com.fieldwork.console.billing;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.PaymentMethod;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Consumer;

/**
 * The dialog of a {@link PaymentForm}: amount, method, reference and day, a message under each that is wrong,
 * the service's refusal above the buttons. Record keeps the dialog open until the payment is stored.
 */
final class PaymentDialog {

    private PaymentDialog() {
    }

    static Dialog<ButtonType> open(PaymentForm form, Consumer<Payment> onSaved, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Record payment");
        dialog.setHeaderText("Payment against " + form.invoice().label() + " · outstanding "
                             + Money.text(form.invoice().outstanding()) + " " + form.invoice().currency());
        ButtonType record = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        dialog.getDialogPane().setId("payment-dialog");
        dialog.getDialogPane().getStylesheets().addAll(ConsoleApp.STYLESHEET, InvoicesView.STYLESHEET);

        TextField amount = new TextField();
        amount.setId("payment-amount");
        amount.textProperty().bindBidirectional(form.amountProperty());
        ComboBox<PaymentMethod> method = new ComboBox<>(FXCollections.observableArrayList(PaymentMethod.values()));
        method.setId("payment-method");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaymentMethod value) {
                return value == null ? "" : methodText(value);
            }

            @Override
            public PaymentMethod fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        method.valueProperty().bindBidirectional(form.methodProperty());
        TextField reference = new TextField();
        reference.setId("payment-reference");
        reference.setPromptText("cheque, transfer or provider reference");
        reference.textProperty().bindBidirectional(form.referenceProperty());
        DatePicker date = new DatePicker();
        date.setId("payment-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        // the same day format as the invoice list's due dates
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("yyyy-mm-dd");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = add(grid, 0, "Amount", amount, form.amountErrorProperty(), "payment-amount-error");
        row = add(grid, row, "Method", method, null, null);
        row = add(grid, row, "Reference", reference, form.referenceErrorProperty(), "payment-reference-error");
        add(grid, row, "Received", date, form.dateErrorProperty(), "payment-date-error");
        Label refusal = message("payment-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));

        Button ok = (Button) dialog.getDialogPane().lookupButton(record);
        ok.setId("payment-record");
        ok.disableProperty().bind(form.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays until the service said yes; its refusal is shown here and nothing was saved
            e.consume();
            form.submit(saved -> {
                dialog.setResult(record);
                dialog.close();
                onSaved.accept(saved);
            });
        });
        // a message appearing makes the dialog taller, never clipped
        for (ReadOnlyStringProperty text : new ReadOnlyStringProperty[] {form.refusalProperty(),
                form.amountErrorProperty(), form.referenceErrorProperty(), form.dateErrorProperty()}) {
            text.addListener(o -> Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
        dialog.show();
        return dialog;
    }

    static String methodText(PaymentMethod method) {
        return switch (method) {
            case CASH -> "Cash";
            case CARD -> "Card";
            case BANK_TRANSFER -> "Bank transfer";
            case PAYMENT_LINK -> "Payment link";
        };
    }

    private static int add(GridPane grid, int row, String label, Node field, ReadOnlyStringProperty error, String id) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        if (error == null) {
            return row + 1;
        }
        grid.add(message(id, error), 1, row + 1);
        return row + 2;
    }

    private static Label message(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMaxWidth(360);
        return label;
    }
}
