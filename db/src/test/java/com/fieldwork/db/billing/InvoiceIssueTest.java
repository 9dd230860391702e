package com.fieldwork.db.billing;

import com.fieldwork.core.billing.DraftEdit;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceLineKind;
import com.fieldwork.core.billing.InvoiceRefusedException;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.billing.BillingWorld.TAX;
import static com.fieldwork.db.billing.BillingWorld.money;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceIssueTest extends DatabaseTest {

    private BillingWorld w;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
    }

    private static DraftEdit oneFee(String price) {
        return new DraftEdit(List.of(InvoiceLine.of(InvoiceLineKind.FEE, "Service visit", BigDecimal.ONE, money(price), TAX)),
                Optional.of("Agreed on the phone"));
    }

    @Test
    void anAccountantEditsTheDraftThenIssuesItWithTheBranchsFirstNumberAndADueDate() {
        long id = w.draftOf(w.completedJob().id());
        Invoice edited = w.invoices.editDraft(id, 0, oneFee("100.00"), w.accountant);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.totals().total()).isEqualTo(money("108.81"));
        assertThat(edited.notes()).contains("Agreed on the phone");

        w.clock.advance(Duration.ofHours(1));
        Invoice issued = w.invoices.issue(id, edited.version(), w.accountant);

        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.number()).contains("BR1-000001");
        assertThat(issued.issuedAt()).contains(w.clock.instant());
        assertThat(issued.dueAt()).contains(w.clock.instant().plus(Duration.ofDays(30)));
        assertThat(issued.outstanding()).isEqualTo(money("108.81"));
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("invoice").and(AUDIT_LOG.ACTION.eq("issue"))
                .and(AUDIT_LOG.REASON.eq("numbered BR1-000001")))).isEqualTo(1);
        assertThat(dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq("invoice"))).isEqualTo(3);
    }

    @Test
    void aStaleEditIsRefusedNamingWhoSavedAndChangesNothing() {
        long id = w.draftOf(w.completedJob().id());
        w.invoices.editDraft(id, 0, oneFee("100.00"), w.accountant);
        var before = w.snapshot();

        assertThatThrownBy(() -> w.invoices.editDraft(id, 0, oneFee("90.00"), w.accountant))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining(w.accountant.displayName());
        assertThatThrownBy(() -> w.invoices.issue(id, 0, w.accountant))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void afterIssueNoEditNoSecondIssueNoDiscard() {
        long id = w.draftOf(w.completedJob().id());
        Invoice issued = w.invoices.issue(id, 0, w.accountant);
        var before = w.snapshot();

        assertThatThrownBy(() -> w.invoices.editDraft(id, issued.version(), oneFee("1.00"), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class)
                .hasMessage("Cannot edit invoice BR1-000001: it is issued; correct an issued invoice with a credit note");
        assertThatThrownBy(() -> w.invoices.issue(id, issued.version(), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class);
        assertThatThrownBy(() -> w.invoices.discardDraft(id, issued.version(), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class);
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void creditNotesFullOrPartialAreNumberedInTheSameSeriesAndReduceWhatIsOwed() {
        Invoice first = w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);
        Invoice second = w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);

        Invoice partial = w.invoices.creditNote(first.id(), Optional.of(List.of(InvoiceLine.of(InvoiceLineKind.FEE,
                        "Goodwill for a late arrival", BigDecimal.ONE, money("10.00"), TAX))), Optional.of("Late arrival"),
                w.accountant);
        assertThat(partial.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(partial.number()).contains("BR1-000003");
        assertThat(partial.creditedInvoiceId()).hasValue(first.id());
        assertThat(partial.totals().total()).isEqualTo(money("10.88"));
        assertThat(w.invoices.find(first.id()).orElseThrow().outstanding()).isEqualTo(money("189.33"));

        Invoice full = w.invoices.creditNote(second.id(), Optional.empty(), Optional.empty(), w.accountant);
        assertThat(full.number()).contains("BR1-000004");
        assertThat(full.lines()).isEqualTo(second.lines());
        Invoice settled = w.invoices.find(second.id()).orElseThrow();
        assertThat(settled.outstanding()).isEqualByComparingTo("0");
        assertThat(settled.status()).isEqualTo(InvoiceStatus.PAID);

        var before = w.snapshot();
        assertThatThrownBy(() -> w.invoices.creditNote(first.id(), Optional.empty(), Optional.empty(), w.accountant))
                .isInstanceOf(InvoiceRefusedException.class)
                .hasMessage("Cannot credit 200.21 USD on invoice BR1-000001: only 189.33 is left to credit");
        long draft = w.draftOf(w.completedJob().id());
        var withDraft = w.snapshot();
        assertThatThrownBy(() -> w.invoices.creditNote(draft, Optional.empty(), Optional.empty(), w.accountant))
                .hasMessageContaining("only an issued invoice can be credited");
        assertThat(w.snapshot()).isEqualTo(withDraft);
        assertThat(before).isNotEqualTo(withDraft);
    }

    @Test
    void aWarrantyInvoiceIssuesAtZeroAndIsSettledAtOnce() {
        WorkOrder job = w.workOrder(OptionalLong.of(w.assetWithWarrantyUntil(LocalDate.of(2027, 1, 1))),
                OptionalLong.empty());
        w.labor(job.id(), 45);
        w.move(job, WorkOrderStatus.COMPLETED);

        Invoice issued = w.invoices.issue(w.draftOf(job.id()), 0, w.accountant);

        assertThat(issued.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(issued.totals().total()).isEqualByComparingTo("0");
        assertThat(issued.number()).contains("BR1-000001");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        long first = w.draftOf(w.completedJob().id());
        long second = w.draftOf(w.completedJob().id());

        assertThatThrownBy(() -> dsl().transaction(cfg -> {
            new JooqInvoices(cfg.dsl(), w.clock).issue(first, 0, w.accountant);
            throw new IllegalStateException("printer on fire");
        })).hasMessageContaining("printer on fire");

        assertThat(w.invoices.find(first).orElseThrow().status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(w.invoices.issue(second, 0, w.accountant).number()).contains("BR1-000001");
        assertThat(w.invoices.issue(first, 0, w.accountant).number()).contains("BR1-000002");
    }
}
