package com.fieldwork.db.billing;

import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.CreditAmount;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceFiling;
import com.fieldwork.core.billing.InvoiceRefusedException;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.field.JooqInvoiceFiles;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.billing.BillingWorld.money;
import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issuing files the invoice's PDF on its work order; an amount is credited as one line at the invoice's rate. */
class InvoiceFilingAndCreditTest extends DatabaseTest {

    @TempDir
    Path files;

    private BillingWorld w;
    private BillingService billing;
    private boolean printerBroken;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
        billing = new BillingService(w.invoices, new JooqBillingSettings(dsl(), w.clock), new InvoiceFiling(sheet -> {
            if (printerBroken) {
                throw new IllegalStateException("no fonts");
            }
            return ("%PDF-1.7 " + sheet.invoice().label()).getBytes(StandardCharsets.UTF_8);
        }, new FileContentStore(files), new JooqInvoiceFiles(dsl(), w.clock)));
    }

    @Test
    void anIssuedInvoicesPdfIsADocumentOfItsWorkOrderAndACreditNotesToo() throws Exception {
        long job = w.completedJob().id();
        Invoice issued = billing.issue(w.draftOf(job), 0, w.accountant);

        var rows = dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.WORK_ORDER_ID.eq(job)).fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getKind()).isEqualTo("DOCUMENT");
        assertThat(rows.get(0).getFileName()).isEqualTo("Invoice BR1-000001.pdf");
        assertThat(rows.get(0).getMimeType()).isEqualTo("application/pdf");
        assertThat(Files.readString(files.resolve(rows.get(0).getStorageKey()))).isEqualTo("%PDF-1.7 invoice BR1-000001");
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("attachment")
                .and(AUDIT_LOG.ACTION.eq("file invoice pdf")))).isEqualTo(1);

        billing.creditNote(issued.id(), Optional.empty(), Optional.of("Wrong customer"), w.accountant);
        assertThat(dsl().select(ATTACHMENT.FILE_NAME).from(ATTACHMENT).where(ATTACHMENT.WORK_ORDER_ID.eq(job))
                .orderBy(ATTACHMENT.ID).fetch(ATTACHMENT.FILE_NAME))
                .containsExactly("Invoice BR1-000001.pdf", "Credit note BR1-000002.pdf");
    }

    @Test
    void aPrinterFailureLeavesTheInvoiceIssuedWithoutAFile() {
        printerBroken = true;
        long job = w.completedJob().id();

        Invoice issued = billing.issue(w.draftOf(job), 0, w.accountant);

        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(w.invoices.find(issued.id()).orElseThrow().number()).contains("BR1-000001");
        assertThat(dsl().fetchCount(ATTACHMENT, ATTACHMENT.WORK_ORDER_ID.eq(job))).isZero();
    }

    @Test
    void anAmountIsCreditedBeforeTaxAtTheInvoicesRateAndNeverMoreThanIsLeft() {
        Invoice issued = billing.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);
        assertThat(issued.totals().total()).isEqualTo(money("200.21"));

        Invoice credit = billing.creditNote(issued.id(),
                Optional.of(List.of(CreditAmount.line(issued, money("50.00"), "Slow repair"))),
                Optional.of("Slow repair"), w.accountant);

        assertThat(credit.lines()).singleElement().satisfies(l -> {
            assertThat(l.description()).isEqualTo("Credit: Slow repair");
            assertThat(l.taxRate()).isEqualByComparingTo(BillingWorld.TAX);
        });
        assertThat(credit.totals().total()).isEqualTo(money("54.41"));
        Invoice after = w.invoices.find(issued.id()).orElseThrow();
        assertThat(CreditAmount.creditable(after)).isEqualTo(money("145.80"));

        var before = w.snapshot();
        assertThatThrownBy(() -> billing.creditNote(issued.id(),
                Optional.of(List.of(CreditAmount.line(after, money("134.00"), "Again"))), Optional.empty(), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class)
                .hasMessage("Cannot credit 145.81 USD on invoice BR1-000001: only 145.80 is left to credit");
        assertThat(w.snapshot()).isEqualTo(before);
    }
}
