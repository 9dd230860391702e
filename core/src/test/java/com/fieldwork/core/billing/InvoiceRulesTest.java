package com.fieldwork.core.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceRulesTest {

    static final Instant T = Instant.parse("2026-03-02T15:00:00Z");

    static Invoice invoice(InvoiceStatus status, String total, String paid, String credited) {
        List<InvoiceLine> lines = List.of(InvoiceLine.of(InvoiceLineKind.FEE, "Fee", BigDecimal.ONE, new BigDecimal(total),
                BigDecimal.ZERO));
        return new Invoice(1, 1, 1, "Harbour Dental", OptionalLong.empty(), Optional.empty(), InvoiceKind.INVOICE,
                OptionalLong.empty(), status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of("DEN-000001"),
                status, "USD", lines, InvoiceTotals.of(lines), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new BigDecimal(paid), new BigDecimal(credited), 0, T, T);
    }

    @Test
    void paymentsGoOnlyToIssuedInvoicesAndNeverOverpay() {
        assertThatThrownBy(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.DRAFT, "100.00", "0", "0"), BigDecimal.ONE))
                .isInstanceOf(InvoiceRefusedException.class).hasMessage("Cannot pay invoice draft #1: it has not been issued yet");
        assertThatThrownBy(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.VOID, "100.00", "0", "0"), BigDecimal.ONE))
                .hasMessage("Cannot pay invoice DEN-000001: it was voided");
        assertThatThrownBy(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.PAID, "100.00", "100.00", "0"), BigDecimal.ONE))
                .hasMessage("Cannot pay invoice DEN-000001: it is already paid in full");
        assertThatThrownBy(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.ISSUED, "100.00", "60.00", "0"),
                new BigDecimal("40.01")))
                .hasMessage("Overpayment refused: 40.01 USD is more than the 40.00 outstanding on invoice DEN-000001");
        assertThatThrownBy(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.ISSUED, "100.00", "0", "100.00"),
                BigDecimal.ONE)).hasMessageContaining("credited in full");
        assertThatCode(() -> InvoiceRules.checkPayment(invoice(InvoiceStatus.ISSUED, "100.00", "60.00", "0"),
                new BigDecimal("40.00"))).doesNotThrowAnyException();
    }

    @Test
    void onlyDraftsAreEditedAndOnlyIssuedInvoicesCredited() {
        assertThatThrownBy(() -> InvoiceRules.requireDraft(invoice(InvoiceStatus.ISSUED, "10.00", "0", "0"), "edit"))
                .hasMessage("Cannot edit invoice DEN-000001: it is issued; correct an issued invoice with a credit note");
        assertThatThrownBy(() -> InvoiceRules.checkCredit(invoice(InvoiceStatus.DRAFT, "10.00", "0", "0"), BigDecimal.ONE))
                .hasMessageContaining("only an issued invoice can be credited");
        assertThatThrownBy(() -> InvoiceRules.checkCredit(invoice(InvoiceStatus.ISSUED, "10.00", "0", "4.00"),
                new BigDecimal("6.01"))).hasMessage("Cannot credit 6.01 USD on invoice DEN-000001: only 6.00 is left to credit");
    }

    @Test
    void anInvoiceIsPaidWhenPaymentsAndCreditsCoverIt() {
        BigDecimal total = new BigDecimal("100.00");
        assertThat(InvoiceRules.settledStatus(total, new BigDecimal("99.99"), BigDecimal.ZERO)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(InvoiceRules.settledStatus(total, new BigDecimal("60.00"), new BigDecimal("40.00")))
                .isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aPaymentLinkCarriesTheNumberAndOutstandingAmountEncoded() {
        PaymentLink link = new PaymentLink("https://pay.example.com/i/{invoice}?amount={amount}&c={currency}");

        assertThat(link.forInvoice(invoice(InvoiceStatus.ISSUED, "100.00", "25.50", "0")))
                .contains("https://pay.example.com/i/DEN-000001?amount=74.50&c=USD");
        assertThat(link.render("A B/1", new BigDecimal("5"), "USD")).isEqualTo("https://pay.example.com/i/A+B%2F1?amount=5.00&c=USD");
        assertThat(link.forInvoice(invoice(InvoiceStatus.DRAFT, "100.00", "0", "0"))).isEmpty();
        assertThat(PaymentLink.orDefault(Optional.empty()).template()).isEqualTo(PaymentLink.DEFAULT_TEMPLATE);
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        assertThat(AccountingCsv.field("plain")).isEqualTo("plain");
        assertThat(AccountingCsv.field("Smith, Jones")).isEqualTo("\"Smith, Jones\"");
        assertThat(AccountingCsv.field("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
        assertThat(AccountingCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        String csv = AccountingCsv.write(List.of(invoice(InvoiceStatus.ISSUED, "100.00", "0", "0")), List.of());
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("record,number,kind,status,customer,")
                .contains("\r\nINVOICE,DEN-000001,INVOICE,ISSUED,Harbour Dental,")
                .contains("\r\nLINE,DEN-000001,INVOICE,,,,,,,USD,FEE,Fee,1.000,100.00,0.0000,100.00,");
    }
}
