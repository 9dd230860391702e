package com.fieldwork.console.billing;

import com.fieldwork.console.form.FormDialogs;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.PaymentMethod;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
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
        Dialog<ButtonType> dialog = FormDialogs.dialog(owner, "payment-dialog", "Record payment",
                "Payment against " + form.invoice().label() + " · outstanding "
                + Money.text(form.invoice().outstanding()) + " " + form.invoice().currency());
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
        // the same day format as the invoice list's due dates
        DatePicker date = FormDialogs.dayPicker("payment-date");
        date.valueProperty().bindBidirectional(form.dateProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = FormDialogs.add(grid, 0, "Amount", amount, form.amountErrorProperty(), "payment-amount-error");
        row = FormDialogs.add(grid, row, "Method", method, null, null);
        row = FormDialogs.add(grid, row, "Reference", reference, form.referenceErrorProperty(), "payment-reference-error");
        FormDialogs.add(grid, row, "Received", date, form.dateErrorProperty(), "payment-date-error");
        Label refusal = FormDialogs.message("payment-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));
        // the dialog stays until the service said yes; its refusal is shown here and nothing was saved
        FormDialogs.command(dialog, "Record", "payment-record", form.busyProperty(), close -> form.submit(saved -> {
            close.run();
            onSaved.accept(saved);
        }));
        FormDialogs.growWith(dialog, form.refusalProperty(), form.amountErrorProperty(), form.referenceErrorProperty(),
                form.dateErrorProperty());
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
}
