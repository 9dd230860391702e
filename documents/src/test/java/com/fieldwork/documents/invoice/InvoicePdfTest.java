package com.fieldwork.documents.invoice;

import com.fieldwork.core.billing.Coverage;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceLineKind;
import com.fieldwork.core.billing.InvoiceParties;
import com.fieldwork.core.billing.InvoiceSheet;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.InvoiceTotals;
import com.fieldwork.core.common.Address;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoice PDF read back with PDFBox: what a customer and an auditor look for is there as text. */
class InvoicePdfTest {

    static final Instant ISSUED = Instant.parse("2026-03-02T15:00:00Z");
    static final BigDecimal RATE = new BigDecimal("0.0881");
    static final List<InvoiceLine> LINES = List.of(
            InvoiceLine.of(InvoiceLineKind.LABOR, "Labor: Ana Ruiz", new BigDecimal("1.5"), new BigDecimal("110.00"), RATE),
            new InvoiceLine(InvoiceLineKind.PART, "FLT-16 Furnace filter 16x25", OptionalLong.of(7), new BigDecimal("2"),
                    new BigDecimal("9.50"), RATE),
            InvoiceLine.of(InvoiceLineKind.FEE, "Call-out fee", BigDecimal.ONE, new BigDecimal("1089.00"), RATE));
    static final InvoiceParties PARTIES = new InvoiceParties("Front Range Field Services", "Denver",
            new Address("1600 Glenarm Pl", "Denver", "80202", "US"), "C-00042", "Harbour Dental, LLC",
            new Address("12 Harbour Rd", "Aurora", "80011", "US"),
            Optional.of("https://pay.example.com/i/{invoice}?amount={amount}"), ZoneId.of("America/Denver"));

    static Invoice invoice(InvoiceStatus status, List<InvoiceLine> lines, Optional<Coverage> coverage, String paid) {
        return new Invoice(5, 1, 42, "Harbour Dental, LLC", OptionalLong.of(9), Optional.of("WO-2026-000123"),
                InvoiceKind.INVOICE, OptionalLong.empty(),
                status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of("DEN-000017"), status, "USD", lines,
                InvoiceTotals.of(lines), coverage,
                status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of(ISSUED),
                status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of(ISSUED.plusSeconds(30 * 86400L)),
                coverage.map(c -> c.label() + ": not billed to the customer"), new BigDecimal(paid), BigDecimal.ZERO.setScale(2),
                2, ISSUED, ISSUED);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void anIssuedInvoiceShowsPartiesNumbersDatesLinesTaxTotalsAndThePaymentLink() throws IOException {
        Invoice invoice = invoice(InvoiceStatus.ISSUED, LINES, Optional.empty(), "100.00");
        var sheet = new InvoiceSheet(invoice, PARTIES, PARTIES.paymentLink().forInvoice(invoice));

        String text = text(InvoicePdf.render(sheet));

        assertThat(text).contains("Front Range Field Services", "Harbour Dental, LLC", "Customer C-00042",
                "12 Harbour Rd", "Invoice DEN-000017", "Work order: WO-2026-000123", "Date: 2 Mar 2026",
                "Due: 1 Apr 2026", "Labor: Ana Ruiz", "FLT-16 Furnace filter 16x25", "1.5", "110.00", "8.81 %");
        // 165.00 + 19.00 + 1,089.00 = 1,273.00; tax 8.81 % = 112.15; total 1,385.15; 100.00 paid
        assertThat(text).contains("Subtotal", "1,273.00", "112.15", "Total USD", "1,385.15", "Paid", "100.00",
                "Amount due USD", "1,285.15");
        assertThat(text.replaceAll("\\s+", "")).contains("https://pay.example.com/i/DEN-000017?amount=1285.15");
    }

    @Test
    void warrantyWorkSaysWhyItIsNotBilledAndADraftSaysItIsADraft() throws IOException {
        List<InvoiceLine> lines = List.of(LINES.get(0),
                InvoiceLine.of(InvoiceLineKind.DISCOUNT, "Covered by warranty", BigDecimal.ONE, new BigDecimal("-165.00"), RATE));
        Invoice draft = invoice(InvoiceStatus.DRAFT, lines, Optional.of(Coverage.WARRANTY), "0");

        String text = text(InvoicePdf.render(new InvoiceSheet(draft, PARTIES, Optional.empty())));

        assertThat(text).contains("Draft invoice", "DRAFT - not yet issued", "WO-2026-000123",
                "Covered by warranty: this work is not billed to you.", "-165.00", "Total USD");
        assertThat(text).doesNotContain("Pay online");
    }
}
