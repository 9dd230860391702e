package com.fieldwork.packaging;

import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.security.Role;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Invoices screen as an accountant and an administrator use it: issue, pay, credit, export, settings. */
class InvoicesUiTest extends ConsoleUiFixture {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void anAccountantIssuesADraftAndRecordsAPartialPaymentOnTheInvoicesScreen(FxRobot robot) throws Exception {
        signIn(robot, LaunchedDemo.user(Role.ACCOUNTANT));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#invoices-table").tryQuery().isPresent()
                        && !rows(robot, "#invoices-table").isEmpty(), 15);
        robot.interact(() -> robot.lookup("#invoices-status-filter").queryAs(ComboBox.class)
                .setValue(InvoiceStatus.DRAFT));
        waitUntil(() -> rows(robot, "#invoices-table").stream()
                .allMatch(i -> ((Invoice) i).status() == InvoiceStatus.DRAFT), 15);
        // a warranty or contract draft is zero and paid on issue: take one the customer pays
        Invoice draft = rows(robot, "#invoices-table").stream().map(Invoice.class::cast)
                .filter(i -> i.totals().total().compareTo(java.math.BigDecimal.valueOf(20)) > 0).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#invoices-table").queryAs(TableView.class).getSelectionModel().select(draft));
        waitUntil(() -> !robot.lookup("#invoice-issue").query().isDisabled(), 10);
        assertThat(robot.lookup("#invoice-pay").query().isDisabled()).isTrue();

        robot.clickOn("#invoice-issue");
        waitUntil(() -> robot.lookup("#invoices-message").queryAs(Label.class).getText().startsWith("Issued invoice "), 15);
        // the detail pane reads the issued invoice again in the background: its heading follows the message
        waitUntil(() -> robot.lookup("#invoice-heading").queryAs(Label.class).getText().contains("Issued"), 10);
        waitUntil(() -> !robot.lookup("#invoice-pay").query().isDisabled(), 10);

        robot.clickOn("#invoice-pay");
        waitUntil(() -> robot.lookup("#payment-dialog").tryQuery().isPresent(), 10);
        robot.interact(() -> robot.lookup("#payment-amount").queryAs(TextField.class).setText("10.00"));
        snapshot(robot.lookup("#payment-dialog").query().getScene(), "invoices-payment-dialog");
        robot.clickOn("#payment-record");
        waitUntil(() -> robot.lookup("#payment-dialog").tryQuery().isEmpty(), 15);
        waitUntil(() -> rows(robot, "#invoice-payments").size() == 1, 15);
        Invoice paid = demo.services().billing().service().get(draft.id(), demo.actor(Role.ACCOUNTANT));
        assertThat(paid.paid()).isEqualByComparingTo("10.00");
        assertThat(paid.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(robot.lookup("#invoices-message").queryAs(Label.class).getText()).startsWith("Recorded 10.00 against");
        assertThat(robot.lookup("#invoice-payment-link").queryAs(TextField.class).getText())
                .contains(paid.number().orElseThrow());
        snapshot(robot.lookup("#invoices-table").query().getScene(), "invoices-screen");

        robot.interact(() -> robot.lookup(".invoices-view .tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> !rows(robot, "#aging-table").isEmpty(), 10);
        snapshot(robot.lookup("#aging-table").query().getScene(), "invoices-aging");
    }

    @Test
    void anAccountantCreditsChosenLinesAndABackwardExportPeriodIsRefusedInTheDialog(FxRobot robot) throws Exception {
        signIn(robot, LaunchedDemo.user(Role.ACCOUNTANT));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#invoices-table").tryQuery().isPresent()
                        && !rows(robot, "#invoices-table").isEmpty(), 15);
        assertThat(robot.lookup("#invoices-count").queryAs(Label.class).getText()).startsWith("Showing ");
        assertThat(robot.lookup("#invoices-settings").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#invoices-status-filter").queryAs(ComboBox.class)
                .setValue(InvoiceStatus.ISSUED));
        waitUntil(() -> rows(robot, "#invoices-table").stream()
                .allMatch(i -> ((Invoice) i).status() == InvoiceStatus.ISSUED), 15);
        Invoice invoice = rows(robot, "#invoices-table").stream().map(Invoice.class::cast)
                .filter(i -> i.lines().size() > 1 && i.credited().signum() == 0 && i.outstanding().signum() > 0)
                .findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#invoices-table").queryAs(TableView.class).getSelectionModel().select(invoice));
        waitUntil(() -> !robot.lookup("#invoice-credit").query().isDisabled(), 10);

        robot.clickOn("#invoice-credit");
        waitUntil(() -> robot.lookup("#credit-dialog").tryQuery().isPresent(), 10);
        robot.clickOn("#credit-line-1");
        assertThat(robot.lookup("#credit-lines").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#credit-issue");
        waitUntil(() -> robot.lookup("#credit-reason-error").queryAs(Label.class).isVisible(), 10);
        robot.clickOn("#credit-reason").write("Filter returned unused");
        snapshot(robot.lookup("#credit-dialog").query().getScene(), "invoices-credit-dialog");
        robot.clickOn("#credit-issue");
        waitUntil(() -> robot.lookup("#credit-dialog").tryQuery().isEmpty(), 15);
        waitUntil(() -> robot.lookup("#invoices-message").queryAs(Label.class).getText()
                .startsWith("Issued credit note "), 15);
        Invoice credited = demo.services().billing().service().get(invoice.id(), demo.actor(Role.ACCOUNTANT));
        assertThat(credited.credited()).isEqualByComparingTo(com.fieldwork.core.billing.InvoiceTotals
                .of(List.of(invoice.lines().get(1))).total());

        robot.clickOn("#invoices-export");
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent(), 10);
        robot.interact(() -> robot.lookup("#export-from").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 11, 30)));
        robot.clickOn("#export-run");
        waitUntil(() -> robot.lookup("#export-period-error").queryAs(Label.class).isVisible(), 10);
        assertThat(robot.lookup("#export-period-error").queryAs(Label.class).getText())
                .startsWith("The period starts after it ends: 2026-11-30 is after ");
        snapshot(robot.lookup("#export-dialog").query().getScene(), "invoices-export-dialog");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#export-dialog").query().getScene().getWindow()).close());
    }

    @Test
    void anAdministratorsTemplateWithoutTheNumberIsRefusedInTheSettingsDialog(FxRobot robot) throws Exception {
        signIn(robot, LaunchedDemo.user(Role.SUPER_ADMIN));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#invoices-settings").tryQuery().isPresent(), 15);
        robot.clickOn("#invoices-settings");
        waitUntil(() -> robot.lookup("#billing-settings-dialog").tryQuery().isPresent()
                        && !robot.lookup("#settings-terms").queryAs(TextField.class).getText().isEmpty(), 10);
        robot.interact(() -> robot.lookup("#settings-link-template").queryAs(TextField.class)
                .setText("https://pay.example.com/checkout?amount={amount}"));
        robot.clickOn("#settings-save");
        waitUntil(() -> robot.lookup("#settings-link-error").queryAs(Label.class).isVisible(), 10);
        assertThat(robot.lookup("#settings-link-error").queryAs(Label.class).getText())
                .startsWith("The payment link template must contain {number}");
        robot.interact(() -> robot.lookup("#settings-link-template").queryAs(TextField.class)
                .setText("https://pay.example.com/{number}?amount={amount}"));
        assertThat(robot.lookup("#settings-link-sample").queryAs(Label.class).getText())
                .isEqualTo("e.g. https://pay.example.com/DEN-000123?amount=249.50");
        snapshot(robot.lookup("#billing-settings-dialog").query().getScene(), "invoices-settings-dialog");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#billing-settings-dialog").query().getScene()
                .getWindow()).close());
    }
}
