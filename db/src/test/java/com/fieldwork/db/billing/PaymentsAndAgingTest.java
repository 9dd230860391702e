package com.fieldwork.db.billing;

import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceRefusedException;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.NewPayment;
import com.fieldwork.core.billing.PaymentMethod;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.billing.BillingWorld.money;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentsAndAgingTest extends DatabaseTest {

    private BillingWorld w;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
    }

    /** An issued invoice of 200.21 (see {@link BillingWorld#completedJob()}). */
    private Invoice issued() {
        return w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);
    }

    private NewPayment pay(long invoice, String amount, PaymentMethod method) {
        return new NewPayment(invoice, money(amount), method,
                method == PaymentMethod.PAYMENT_LINK ? Optional.of("pl_8f2k") : Optional.empty(), w.clock.instant());
    }

    @Test
    void partialPaymentsByAnyMethodUntilPaidInFull() {
        Invoice invoice = issued();

        w.invoices.recordPayment(pay(invoice.id(), "50.00", PaymentMethod.CASH), w.accountant);
        w.invoices.recordPayment(pay(invoice.id(), "100.00", PaymentMethod.CARD), w.accountant);
        Invoice partly = w.invoices.find(invoice.id()).orElseThrow();
        assertThat(partly.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(partly.paid()).isEqualTo(money("150.00"));
        assertThat(partly.outstanding()).isEqualTo(money("50.21"));

        w.invoices.recordPayment(pay(invoice.id(), "50.21", PaymentMethod.PAYMENT_LINK), w.accountant);
        Invoice paid = w.invoices.find(invoice.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.outstanding()).isEqualByComparingTo("0");
        assertThat(w.invoices.payments(invoice.id())).extracting(p -> p.method())
                .containsExactly(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.PAYMENT_LINK);
        assertThat(w.invoices.payments(invoice.id()).get(2).reference()).contains("pl_8f2k");
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("payment"))).isEqualTo(3);
        assertThat(dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq("payment"))).isEqualTo(3);
    }

    @Test
    void badPaymentsAreRefusedWithASpecificMessageAndChangeNothing() {
        Invoice invoice = issued();
        w.invoices.recordPayment(pay(invoice.id(), "200.00", PaymentMethod.BANK_TRANSFER), w.accountant);
        long draft = w.draftOf(w.completedJob().id());
        Invoice settled = w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);
        w.invoices.recordPayment(pay(settled.id(), "200.21", PaymentMethod.CASH), w.accountant);
        Invoice credit = w.invoices.creditNote(invoice.id(), Optional.of(List.of(com.fieldwork.core.billing.InvoiceLine.of(
                com.fieldwork.core.billing.InvoiceLineKind.FEE, "Rounding", BigDecimal.ONE, money("0.10"), BigDecimal.ZERO))),
                Optional.empty(), w.accountant);
        var before = w.snapshot();

        assertThatThrownBy(() -> w.invoices.recordPayment(pay(invoice.id(), "0.12", PaymentMethod.CASH), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class)
                .hasMessage("Overpayment refused: 0.12 USD is more than the 0.11 outstanding on invoice "
                        + invoice.number().orElseThrow());
        assertThatThrownBy(() -> w.invoices.recordPayment(pay(draft, "1.00", PaymentMethod.CASH), w.accountant))
                .hasMessage("Cannot pay invoice draft #" + draft + ": it has not been issued yet");
        assertThatThrownBy(() -> w.invoices.recordPayment(pay(settled.id(), "1.00", PaymentMethod.CASH), w.accountant))
                .hasMessageContaining("already paid in full");
        assertThatThrownBy(() -> w.invoices.recordPayment(pay(credit.id(), "1.00", PaymentMethod.CASH), w.accountant))
                .hasMessageContaining("payments go to invoices");
        assertThatThrownBy(() -> w.invoices.recordPayment(pay(999_999, "1.00", PaymentMethod.CASH), w.accountant))
                .isInstanceOf(NotFoundException.class).hasMessage("No invoice with id 999999");
        assertThatThrownBy(() -> pay(invoice.id(), "0", PaymentMethod.CASH))
                .isInstanceOf(ValidationException.class).hasMessage("A payment must be more than zero, got 0");
        assertThatThrownBy(() -> pay(invoice.id(), "-5.00", PaymentMethod.CASH))
                .hasMessage("A payment must be more than zero, got -5.00");
        assertThatThrownBy(() -> new NewPayment(invoice.id(), money("5.00"), PaymentMethod.PAYMENT_LINK, Optional.empty(),
                Instant.now())).hasMessage("A payment-link payment needs the provider's reference");
        assertThatThrownBy(() -> new BillingService(w.invoices).recordPayment(pay(invoice.id(), "0.01",
                PaymentMethod.CASH), w.technician)).isInstanceOf(PermissionDeniedException.class);
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void paymentOnAVoidedInvoiceIsRefused() {
        Invoice invoice = issued();
        // VOID is in the schema for invoices voided outside this flow (imports); it must never take money
        dsl().update(INVOICE).set(INVOICE.STATUS, "VOID").where(INVOICE.ID.eq(invoice.id())).execute();
        var before = w.snapshot();

        assertThatThrownBy(() -> w.invoices.recordPayment(pay(invoice.id(), "1.00", PaymentMethod.CASH), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class).hasMessageEndingWith("it was voided");
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void agingSumsWhatEachCustomerOwesByDaysPastDue() {
        // issued on day 0, due on day 30; then one invoice every 25 days, each due 30 days after issue
        Invoice oldest = issued();
        w.clock.advance(Duration.ofDays(25));
        Invoice older = issued();
        w.clock.advance(Duration.ofDays(25));
        Invoice recent = issued();
        w.clock.advance(Duration.ofDays(25));
        Invoice fresh = issued();
        w.invoices.recordPayment(pay(older.id(), "100.00", PaymentMethod.CASH), w.accountant);
        Invoice paid = issued();
        w.invoices.recordPayment(pay(paid.id(), "200.21", PaymentMethod.CARD), w.accountant);
        long otherCustomer = w.seed.customer(w.branch);
        Invoice other = issued();
        dsl().update(INVOICE).set(INVOICE.CUSTOMER_ID, otherCustomer).where(INVOICE.ID.eq(other.id())).execute();

        // today is day 75 + 60 = 135: oldest 105 days past due, older 80, recent 55, fresh 30, other 30
        w.clock.advance(Duration.ofDays(60));
        List<CustomerAging> aging = w.invoices.aging(w.clock.instant());

        assertThat(aging).hasSize(2);
        CustomerAging ours = aging.stream().filter(a -> a.customerId() == w.customer).findFirst().orElseThrow();
        assertThat(ours.notDue()).isEqualTo(money("0.00"));
        assertThat(ours.days0to30()).isEqualTo(money("200.21"));
        assertThat(ours.days31to60()).isEqualTo(money("200.21"));
        assertThat(ours.days61to90()).isEqualTo(money("100.21"));
        assertThat(ours.over90()).isEqualTo(money("200.21"));
        assertThat(ours.outstanding()).isEqualTo(money("700.84"));
        assertThat(aging).filteredOn(a -> a.customerId() == otherCustomer).singleElement()
                .satisfies(a -> assertThat(a.days0to30()).isEqualTo(money("200.21")));
        // on the day of issue nothing is due yet
        assertThat(w.invoices.aging(fresh.issuedAt().orElseThrow())).allSatisfy(a ->
                assertThat(a.notDue()).isPositive());
        assertThat(List.of(oldest, recent)).isNotEmpty();
    }

    @Test
    void theAccountingExportHasTheInvoicesLinesAndPaymentsOfThePeriod() {
        Invoice invoice = issued();
        w.invoices.recordPayment(pay(invoice.id(), "20.00", PaymentMethod.CASH), w.accountant);
        w.clock.advance(Duration.ofDays(40));
        issued();
        String csv = new BillingService(w.invoices).export(invoice.issuedAt().orElseThrow(),
                invoice.issuedAt().orElseThrow().plus(Duration.ofDays(31)), w.accountant);

        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows).hasSize(1 + 1 + 2 + 1);
        assertThat(rows.get(1)).startsWith("INVOICE," + invoice.number().orElseThrow() + ",INVOICE,ISSUED,");
        assertThat(rows.get(1)).endsWith(",184.00,16.21,200.21,,,");
        assertThat(rows.get(4)).startsWith("PAYMENT," + invoice.number().orElseThrow() + ",").contains(",20.00,", ",CASH,");
    }
}
