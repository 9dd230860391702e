package com.fieldwork.packaging;

import com.fieldwork.console.billing.InvoicesViewModel;
import com.fieldwork.console.billing.PaymentForm;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.billing.BillingService;
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

        model.creditNote("  Billed the wrong site  ");

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

    private Invoice shown(Invoice invoice) {
        return model.invoices().stream().filter(i -> i.id() == invoice.id()).findFirst().orElseThrow();
    }

    /** Selects an issued invoice with more than a few cents outstanding. */
    private Invoice issuedWithBalance() {
        model.statusFilterProperty().set(InvoiceStatus.ISSUED);
        Invoice invoice = model.invoices().stream().filter(i -> i.outstanding().compareTo(new BigDecimal("20")) > 0)
                .findFirst().orElseThrow();
        model.selectedProperty().set(invoice);
        assertThat(model.canPayProperty().get()).isTrue();
        return invoice;
    }
}
