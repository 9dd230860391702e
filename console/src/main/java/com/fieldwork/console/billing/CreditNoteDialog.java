package com.fieldwork.console.billing;

import com.fieldwork.console.form.FormDialogs;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceLine;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The dialog of a {@link CreditNoteForm}: the whole invoice, chosen lines (a box per line) or an amount before
 * tax, the reason, what it credits or why it cannot, and the service's refusal. It stays open until issued.
 */
final class CreditNoteDialog {

    private CreditNoteDialog() {
    }

    static Dialog<ButtonType> open(CreditNoteForm form, Consumer<Invoice> onIssued, Window owner) {
        Invoice invoice = form.invoice();
        Dialog<ButtonType> dialog = FormDialogs.dialog(owner, "credit-dialog", "Credit note",
                "Credit " + invoice.label() + " · total " + Money.text(invoice.totals().total()) + " "
                + invoice.currency() + " · left to credit " + Money.text(form.creditable()));

        ToggleGroup scope = new ToggleGroup();
        RadioButton whole = scopeChoice("credit-whole", "The whole invoice", CreditNoteForm.Scope.WHOLE_INVOICE, scope);
        RadioButton lines = scopeChoice("credit-lines", "Chosen lines", CreditNoteForm.Scope.CHOSEN_LINES, scope);
        RadioButton amount = scopeChoice("credit-amount-choice", "An amount before tax", CreditNoteForm.Scope.AMOUNT,
                scope);
        scope.selectToggle(whole);
        scope.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.scopeProperty().set((CreditNoteForm.Scope) now.getUserData());
            }
        });
        form.scopeProperty().addListener((o, was, now) -> scope.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(scope::selectToggle));

        VBox lineBoxes = new VBox(4);
        lineBoxes.getStyleClass().add("credit-lines");
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            CheckBox box = new CheckBox(line.description() + " · " + Money.text(line.lineTotal()));
            box.setId("credit-line-" + i);
            box.selectedProperty().bindBidirectional(form.lineChoices().get(i));
            lineBoxes.getChildren().add(box);
        }
        TextField amountField = new TextField();
        amountField.setId("credit-amount");
        amountField.setPromptText("e.g. 50.00");
        amountField.setPrefColumnCount(10);
        amountField.textProperty().bindBidirectional(form.amountProperty());
        TextField reason = new TextField();
        reason.setId("credit-reason");
        reason.setPromptText("printed on the credit note");
        reason.textProperty().bindBidirectional(form.reasonProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-form");
        int row = FormDialogs.add(grid, 0, "Credit", whole, null, null);
        row = FormDialogs.add(grid, row, "", new VBox(4, lines, lineBoxes), null, null);
        row = FormDialogs.add(grid, row, "", new HBox(8, amount, amountField), null, null);
        FormDialogs.add(grid, row, "Reason", reason, form.reasonErrorProperty(), "credit-reason-error");
        Label summary = new Label();
        summary.setId("credit-summary");
        summary.getStyleClass().add("invoice-total-strong");
        summary.textProperty().bind(form.summaryProperty());
        Label error = FormDialogs.message("credit-error", form.errorProperty());
        Label refusal = FormDialogs.message("credit-refusal", form.refusalProperty());
        refusal.getStyleClass().add("payment-refusal");
        dialog.getDialogPane().setContent(new VBox(8, grid, summary, error, refusal));

        FormDialogs.command(dialog, "Issue credit note", "credit-issue", form.busyProperty(),
                close -> form.submit(credit -> {
                    close.run();
                    onIssued.accept(credit);
                }));
        FormDialogs.growWith(dialog, form.errorProperty(), form.reasonErrorProperty(), form.refusalProperty());
        dialog.show();
        return dialog;
    }

    private static RadioButton scopeChoice(String id, String text, CreditNoteForm.Scope scope, ToggleGroup group) {
        RadioButton choice = new RadioButton(text);
        choice.setId(id);
        choice.setUserData(scope);
        choice.setToggleGroup(group);
        return choice;
    }
}
