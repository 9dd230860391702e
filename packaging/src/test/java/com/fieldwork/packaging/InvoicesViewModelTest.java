package com.fieldwork.packaging;

import com.fieldwork.console.billing.BillingSettingsForm;
import com.fieldwork.console.billing.CreditNoteForm;
import com.fieldwork.console.billing.ExportForm;
import com.fieldwork.console.billing.InvoicesViewModel;
import com.fieldwork.console.billing.PaymentForm;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.BillingSettings;
import com.fieldwork.core.billing.CreditAmount;
import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.billing.InvoiceTotals;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.PaymentMethod;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.documents.invoice.InvoicePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoices screen's model on the demo company, with no screen: loading, filters, issuing and payments. */
class InvoicesViewModelTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final Actor accountant = demo.actor(Role.ACCOUNTANT);
    private final BillingService billing = demo.services().billing().service();
    private final InvoicesViewModel model = new InvoicesViewModel(billing, InvoicePdf::render,
            new SynchronousTaskExecutor(), accountant, demo.services().clock(), demo.services().zone());

    @Test
    void loadsTheDemosInvoicesAndWhatEachCustomerOwesByAge() {
        model.load();

        assertThat(model.invoices()).isNotEmpty();
        assertThat(model.invoices()).extracting(Invoice::status).contains(InvoiceStatus.DRAFT, InvoiceStatus.ISSUED);
        assertThat(model.aging()).isNotEmpty().allSatisfy(a -> assertThat(a.outstanding()).isPositive());
        assertThat(model.agingSummaryProperty().get()).matches(model.aging().size()
                + " customers owe [0-9,]+\\.[0-9]{2}, of which [0-9,]+\\.[0-9]{2} is past due");
        assertThat(model.customers().get(0)).isEqualTo(InvoicesViewModel.ALL_CUSTOMERS);
        assertThat(model.customers()).hasSizeGreaterThan(2);
        assertThat(model.countProperty().get()).endsWith("invoices");
    }

    @Test
    void theStatusFilterAsksTheServiceAndTheCustomerFilterNarrowsWhatIsShown() {
        model.load();
        model.statusFilterProperty().set(InvoiceStatus.ISSUED);
        assertThat(model.invoices()).isNotEmpty().allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.ISSUED));

        String customer = model.invoices().get(0).customerName();
        model.customerFilterProperty().set(customer);
        assertThat(model.invoices()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.customerName()).isEqualTo(customer))
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.ISSUED));

        model.customerFilterProperty().set(InvoicesViewModel.ALL_CUSTOMERS);
        assertThat(model.invoices().stream().map(Invoice::customerName).distinct().count()).isGreaterThan(1);
    }

    @Test
    void issuingADraftGivesItANumberAndADueDateAndEnablesPayment() {
        model.statusFilterProperty().set(InvoiceStatus.DRAFT);
        Invoice draft = model.invoices().stream().filter(i -> i.totals().total().signum() > 0).findFirst().orElseThrow();
        model.selectedProperty().set(draft);
        assertThat(model.canIssueProperty().get()).isTrue();
        assertThat(model.canPayProperty().get()).isFalse();
        assertThat(model.paymentLinkProperty().get()).isEmpty();

        model.issue();

        Invoice issued = model.selectedProperty().get();
        assertThat(issued.id()).isEqualTo(draft.id());
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.number()).isPresent();
        assertThat(issued.dueAt()).isPresent();
        assertThat(model.messageProperty().get()).startsWith("Issued invoice " + issued.number().get() + ", due ");
        assertThat(model.canIssueProperty().get()).isFalse();
        assertThat(model.canPayProperty().get()).isTrue();
        assertThat(model.paymentLinkProperty().get()).contains(issued.number().get());
        assertThat(billing.get(draft.id(), accountant).status()).isEqualTo(InvoiceStatus.ISSUED);

        // the feed's reload under the "Draft" filter keeps the invoice just issued listed and selected
        model.load();
        assertThat(model.selectedProperty().get().id()).isEqualTo(draft.id());
        assertThat(model.invoices().get(0).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(model.invoices().subList(1, model.invoices().size()))
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.DRAFT));
    }

    @Test
    void issuingADraftFilesItsPdfOnTheWorkOrdersFilesTab() {
        model.statusFilterProperty().set(InvoiceStatus.DRAFT);
        Invoice draft = model.invoices().stream().filter(i -> i.totals().total().signum() > 0
                && i.workOrderId().isPresent()).findFirst().orElseThrow();
        long job = draft.workOrderId().getAsLong();
        model.selectedProperty().set(draft);

        model.issue();

        String number = model.selectedProperty().get().number().orElseThrow();
        assertThat(demo.services().records().reads().attachments(job)).anySatisfy(file -> {
            assertThat(file.fileName()).isEqualTo("Invoice " + number + ".pdf");
            assertThat(file.kind()).isEqualTo(com.fieldwork.core.field.AttachmentKind.DOCUMENT);
            assertThat(file.mimeType()).isEqualTo("application/pdf");
            assertThat(file.sizeBytes()).isGreaterThan(1000);
        });
    }

    @Test
    void anOverpaymentIsRefusedInTheFormWithTheServicesReasonAndNothingIsSaved() {
        Invoice invoice = issuedWithBalance();
        int before = billing.payments(invoice.id(), accountant).size();
        PaymentForm form = model.paymentForm();
        form.amountProperty().set(invoice.outstanding().add(BigDecimal.TEN).toPlainString());
        List<Payment> saved = new ArrayList<>();

        assertThat(form.submit(saved::add)).isTrue();

        assertThat(saved).isEmpty();
        assertThat(form.refusalProperty().get()).isNotBlank().contains(invoice.outstanding().toPlainString());
        assertThat(billing.payments(invoice.id(), accountant)).hasSize(before);
    }

    @Test
    void theFormRefusesBadFieldsBeforeAskingTheService() {
        issuedWithBalance();
        PaymentForm form = model.paymentForm();
        form.amountProperty().set("twelve");
        assertThat(form.submit(p -> { })).isFalse();
        assertThat(form.amountErrorProperty().get()).isEqualTo("Not an amount: twelve");

        form.amountProperty().set("-5");
        assertThat(form.submit(p -> { })).isFalse();
        assertThat(form.amountErrorProperty().get()).contains("more than zero");

        form.amountProperty().set("5");
        form.methodProperty().set(PaymentMethod.PAYMENT_LINK);
        assertThat(form.submit(p -> { })).isFalse();
        assertThat(form.referenceErrorProperty().get()).contains("reference");

        form.methodProperty().set(PaymentMethod.CASH);
        form.dateProperty().set(LocalDate.now(demo.services().clock().withZone(demo.services().zone())).plusDays(2));
        assertThat(form.submit(p -> { })).isFalse();
        assertThat(form.dateErrorProperty().get()).isEqualTo("A payment cannot be received in the future");
    }

    @Test
    void aPartialPaymentIsRecordedShownAndLowersTheBalance() {
        Invoice invoice = issuedWithBalance();
        int before = model.payments().size();
        PaymentForm form = model.paymentForm();
        assertThat(form.amountProperty().get()).isEqualTo(invoice.outstanding().toPlainString());
        form.amountProperty().set("1.50");
        form.referenceProperty().set("TEST-1");

        assertThat(form.submit(model::paymentRecorded)).isTrue();

        assertThat(form.refusalProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get().outstanding()).isEqualByComparingTo(
                invoice.outstanding().subtract(new BigDecimal("1.50")));
        assertThat(model.payments()).hasSize(before + 1)
                .anySatisfy(p -> assertThat(p.reference()).contains("TEST-1"));
        assertThat(model.messageProperty().get()).startsWith("Recorded 1.50 against invoice ");
        assertThat(model.paymentLinkProperty().get()).contains(invoice.number().orElseThrow());
    }

    @Test
    void aCreditNoteCreditsTheSelectedInvoiceInFullAndLeavesNothingToPay() {
        Invoice invoice = issuedWithBalance();
        assertThat(model.canCreditProperty().get()).isTrue();

        CreditNoteForm form = model.creditForm();
        assertThat(form.scopeProperty().get()).isEqualTo(CreditNoteForm.Scope.WHOLE_INVOICE);
        form.reasonProperty().set("  Billed the wrong site  ");
        assertThat(form.submit(model::creditIssued)).isTrue();

        assertThat(model.messageProperty().get()).startsWith("Issued credit note ")
                .endsWith(" against " + invoice.label());
        Invoice credited = model.selectedProperty().get();
        assertThat(credited.id()).isEqualTo(invoice.id());
        assertThat(credited.credited()).isEqualByComparingTo(invoice.totals().total());
        assertThat(model.canPayProperty().get()).isFalse();
        assertThat(model.paymentLinkProperty().get()).isEmpty();
    }

    @Test
    void theSelectedInvoicesPdfIsSavedToTheGivenFile(@TempDir Path folder) throws Exception {
        Invoice invoice = issuedWithBalance();
        Path file = folder.resolve(model.pdfFileName());

        model.savePdf(file);

        assertThat(file.getFileName().toString()).isEqualTo("invoice-" + invoice.number().orElseThrow() + ".pdf");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
        assertThat(model.messageProperty().get()).startsWith("Saved invoice ");
    }

    @Test
    void aPaymentOrInvoiceChangeFromTheFeedReloadsOtherChangesDoNot() {
        model.load();
        long seq = demo.services().changeFeed().latestSeq();
        Invoice invoice = model.invoices().stream()
                .filter(i -> i.status() == InvoiceStatus.ISSUED && i.outstanding().signum() > 0).findFirst().orElseThrow();
        billing.recordPayment(new com.fieldwork.core.billing.NewPayment(invoice.id(), new BigDecimal("0.01"),
                PaymentMethod.CASH, Optional.empty(), demo.services().clock().instant()), accountant);
        List<Change> changes = demo.services().changeFeed().since(seq, 100);
        assertThat(changes).extracting(Change::entity).contains("payment");

        model.applyChanges(changes.stream().filter(c -> !c.entity().equals("payment") && !c.entity().equals("invoice")).toList());
        assertThat(shown(invoice).outstanding()).isEqualByComparingTo(invoice.outstanding());

        model.applyChanges(changes);
        assertThat(shown(invoice).outstanding()).isEqualByComparingTo(invoice.outstanding().subtract(new BigDecimal("0.01")));
    }

    @Test
    void chosenLinesAreCreditedWithTheirTaxAndTheReason() {
        Invoice invoice = issuedWithBalance();
        CreditNoteForm form = model.creditForm();
        form.lineChoices().get(0).set(true);
        assertThat(form.scopeProperty().get()).isEqualTo(CreditNoteForm.Scope.CHOSEN_LINES);
        InvoiceTotals expected = InvoiceTotals.of(List.of(invoice.lines().get(0)));
        assertThat(form.summaryProperty().get()).startsWith("Credits " + expected.total().toPlainString() + " ");

        assertThat(form.submit(model::creditIssued)).isFalse();
        assertThat(form.reasonErrorProperty().get()).isEqualTo("Give the reason: it is printed on the credit note");
        form.reasonProperty().set("Part returned unused");
        assertThat(form.submit(model::creditIssued)).isTrue();

        assertThat(form.refusalProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Issued credit note ").endsWith(" against " + invoice.label());
        Invoice after = model.selectedProperty().get();
        assertThat(after.credited()).isEqualByComparingTo(invoice.credited().add(expected.total()));
        assertThat(after.outstanding()).isEqualByComparingTo(invoice.outstanding().subtract(expected.total()));
    }

    @Test
    void moreThanIsLeftToCreditIsRefusedInTheFormAndNothingIsIssued() {
        Invoice invoice = issuedWithBalance();
        int before = billing.page(InvoiceQuery.all(1), accountant).matching();
        CreditNoteForm form = model.creditForm();
        form.reasonProperty().set("Goodwill");
        form.amountProperty().set(invoice.totals().total().toPlainString());
        assertThat(form.scopeProperty().get()).isEqualTo(CreditNoteForm.Scope.AMOUNT);

        assertThat(form.submit(model::creditIssued)).isFalse();
        assertThat(form.errorProperty().get()).startsWith("Cannot credit ")
                .endsWith(" on " + invoice.label() + ": only " + CreditAmount.creditable(invoice).toPlainString()
                          + " is left to credit");
        form.amountProperty().set("ten");
        assertThat(form.errorProperty().get()).isEqualTo("Not an amount: ten");
        form.scopeProperty().set(CreditNoteForm.Scope.CHOSEN_LINES);
        assertThat(form.errorProperty().get()).isEqualTo("Choose the lines to credit");
        assertThat(form.submit(model::creditIssued)).isFalse();
        assertThat(billing.page(InvoiceQuery.all(1), accountant).matching()).isEqualTo(before);
    }

    @Test
    void theExportOfLastMonthIsWrittenAndCountedABackwardPeriodIsRefused(@TempDir Path folder) throws Exception {
        ExportForm form = model.exportForm();
        LocalDate today = LocalDate.now(demo.services().clock().withZone(demo.services().zone()));
        assertThat(form.fromProperty().get()).isEqualTo(today.withDayOfMonth(1).minusMonths(1));
        assertThat(form.toProperty().get()).isEqualTo(today.withDayOfMonth(1).minusDays(1));

        form.fromProperty().set(today);
        form.toProperty().set(today.minusDays(1));
        assertThat(form.export(folder.resolve("never.csv"), model::exportWritten)).isFalse();
        assertThat(form.periodErrorProperty().get()).isEqualTo("The period starts after it ends: " + today
                + " is after " + today.minusDays(1));
        assertThat(folder.resolve("never.csv")).doesNotExist();

        form.fromProperty().set(today.minusDays(60));
        form.toProperty().set(today);
        Path file = folder.resolve(form.fileName());
        assertThat(form.export(file, model::exportWritten)).isTrue();

        List<String> rows = Files.readAllLines(file);
        long invoices = rows.stream().filter(r -> r.startsWith("INVOICE,")).count();
        long payments = rows.stream().filter(r -> r.startsWith("PAYMENT,")).count();
        assertThat(invoices).isPositive();
        assertThat(payments).isPositive();
        assertThat(model.messageProperty().get()).startsWith("Exported " + today.minusDays(60) + " to " + today + ": "
                + invoices + " invoices and credit notes, ").contains(payments + " payments to " + file.getFileName());
    }

    @Test
    void anAdministratorChangesTheLinkTemplateAndTheSelectedInvoiceShowsItAtOnce() {
        Actor admin = demo.actor(Role.SUPER_ADMIN);
        InvoicesViewModel adminModel = new InvoicesViewModel(billing, InvoicePdf::render, new SynchronousTaskExecutor(),
                admin, demo.services().clock(), demo.services().zone());
        assertThat(model.mayEditSettings()).isFalse();
        assertThat(adminModel.mayEditSettings()).isTrue();
        BillingSettings original = billing.settings(admin);
        adminModel.statusFilterProperty().set(InvoiceStatus.ISSUED);
        Invoice invoice = adminModel.invoices().stream().filter(i -> i.outstanding().signum() > 0).findFirst().orElseThrow();
        adminModel.selectedProperty().set(invoice);
        try {
            BillingSettingsForm form = adminModel.settingsForm();
            assertThat(form.termsProperty().get()).isEqualTo(String.valueOf(original.paymentTermsDays()));
            form.templateProperty().set("https://pay.example.com/?amount={amount}");
            assertThat(form.submit(adminModel::settingsSaved)).isFalse();
            assertThat(form.templateErrorProperty().get()).startsWith("The payment link template must contain {number}");
            form.templateProperty().set("https://pay.example.com/{number}?due={amount}");
            assertThat(form.sampleProperty().get()).isEqualTo("e.g. https://pay.example.com/DEN-000123?due=249.50");
            form.termsProperty().set("400");
            assertThat(form.submit(adminModel::settingsSaved)).isFalse();
            assertThat(form.termsErrorProperty().get()).isEqualTo("Payment terms are 0 to 365 days, got 400");
            form.termsProperty().set("21");

            assertThat(form.submit(adminModel::settingsSaved)).isTrue();

            assertThat(form.refusalProperty().get()).isEmpty();
            assertThat(adminModel.messageProperty().get()).startsWith("Billing settings saved: 21 days to pay");
            assertThat(adminModel.paymentLinkProperty().get()).isEqualTo("https://pay.example.com/"
                    + invoice.number().orElseThrow() + "?due=" + invoice.outstanding().toPlainString());
        } finally {
            BillingSettings now = billing.settings(admin);
            billing.saveSettings(new BillingSettings(original.paymentLinkTemplate(), original.paymentTermsDays(),
                    now.version()), admin);
        }
    }

    @Test
    void theListIsReadAPageAtATimeAndFiltersAreAskedOfTheDatabase() {
        model.load();
        int matching = billing.page(InvoiceQuery.all(1), accountant).matching();
        assertThat(matching).as("the demo has more invoices than a page").isGreaterThan(InvoicesViewModel.PAGE);
        assertThat(model.invoices()).hasSize(InvoicesViewModel.PAGE);
        assertThat(model.countProperty().get()).isEqualTo("Showing " + InvoicesViewModel.PAGE + " of " + matching
                + " invoices");
        assertThat(model.canLoadMoreProperty().get()).isTrue();

        model.loadMore();
        assertThat(model.invoices()).hasSize(Math.min(matching, 2 * InvoicesViewModel.PAGE));
        assertThat(model.invoices().stream().map(Invoice::id).distinct().count()).isEqualTo(model.invoices().size());

        String name = model.invoices().get(0).customerName();
        String part = name.substring(0, Math.min(5, name.length())).toLowerCase(java.util.Locale.ROOT);
        model.customerFilterProperty().set(part);
        assertThat(model.invoices()).isNotEmpty().allSatisfy(i -> assertThat(i.customerName().toLowerCase(
                java.util.Locale.ROOT)).contains(part));

        LocalDate today = LocalDate.now(demo.services().clock().withZone(demo.services().zone()));
        model.filters().issuedToProperty().set(today.minusDays(3));
        List<Invoice> shown = List.copyOf(model.invoices());
        model.filters().issuedFromProperty().set(today);
        assertThat(model.filters().periodErrorProperty().get()).startsWith("The period starts after it ends");
        assertThat(model.invoices()).isEqualTo(shown);

        model.customerFilterProperty().set(InvoicesViewModel.ALL_CUSTOMERS);
        model.filters().issuedFromProperty().set(today.minusDays(30));
        assertThat(model.filters().periodErrorProperty().get()).isEmpty();
        model.filters().issuedToProperty().set(today.minusDays(20));
        assertThat(model.invoices()).isNotEmpty().allSatisfy(i -> assertThat(i.issuedAt()).isPresent());
    }

    private Invoice shown(Invoice invoice) {
        return model.invoices().stream().filter(i -> i.id() == invoice.id()).findFirst().orElseThrow();
    }

    /** Selects an issued invoice with more than a few cents outstanding and no credit note (the demo is shared). */
    private Invoice issuedWithBalance() {
        model.statusFilterProperty().set(InvoiceStatus.ISSUED);
        Invoice invoice = model.invoices().stream().filter(i -> i.outstanding().compareTo(new BigDecimal("20")) > 0
                        && i.credited().signum() == 0).findFirst().orElseThrow();
        model.selectedProperty().set(invoice);
        assertThat(model.canPayProperty().get()).isTrue();
        return invoice;
    }
}
