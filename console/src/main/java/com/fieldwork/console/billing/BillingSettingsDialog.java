package com.fieldwork.console.billing;

import com.fieldwork.console.form.FormDialogs;
import com.fieldwork.core.billing.BillingSettings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The dialog of a {@link BillingSettingsForm}: payment link template with a sample link, and payment terms. */
final class BillingSettingsDialog {

    private BillingSettingsDialog() {
    }

    static Dialog<ButtonType> open(BillingSettingsForm form, Consumer<BillingSettings> onSaved, Window owner) {
        Dialog<ButtonType> dialog = FormDialogs.dialog(owner, "billing-settings-dialog", "Billing settings",
                "How invoices are paid: the online payment link and the days to pay");
        TextField template = new TextField();
        template.setId("settings-link-template");
        template.setPrefColumnCount(40);
        template.setPromptText("https://pay.example.com/{number}?amount={amount}&currency={currency}");
        template.textProperty().bindBidirectional(form.templateProperty());
        Label placeholders = new Label("{number} the invoice number (required), {amount} what is due, {currency}");
        placeholders.getStyleClass().add("invoices-muted");
        placeholders.setWrapText(true);
        placeholders.setMaxWidth(440);
        Label sample = new Label();
        sample.setId("settings-link-sample");
        sample.getStyleClass().add("invoices-muted");
        sample.textProperty().bind(form.sampleProperty());
        TextField terms = new TextField();
        terms.setId("settings-terms");
        terms.setPrefColumnCount(5);
        terms.setMaxWidth(Region.USE_PREF_SIZE);
        terms.textProperty().bindBidirectional(form.termsProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = FormDialogs.add(grid, 0, "Payment link", template, form.templateErrorProperty(),
                "settings-link-error");
        row = FormDialogs.add(grid, row, "", new VBox(2, placeholders, sample), null, null);
        FormDialogs.add(grid, row, "Days to pay", terms, form.termsErrorProperty(), "settings-terms-error");
        Label refusal = FormDialogs.message("settings-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, refusal));
        FormDialogs.command(dialog, "Save", "settings-save", form.busyProperty(), close -> form.submit(saved -> {
            close.run();
            onSaved.accept(saved);
        }));
        FormDialogs.growWith(dialog, form.templateErrorProperty(), form.termsErrorProperty(), form.refusalProperty());
        dialog.show();
        return dialog;
    }
}
