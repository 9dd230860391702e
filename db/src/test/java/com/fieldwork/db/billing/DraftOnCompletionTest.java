package com.fieldwork.db.billing;

import com.fieldwork.core.billing.Coverage;
import com.fieldwork.core.billing.DraftEdit;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceLineKind;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.billing.BillingWorld.money;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class DraftOnCompletionTest extends DatabaseTest {

    private BillingWorld w;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
    }

    @Test
    void completingAJobDraftsItsInvoiceFromLaborAndPartsWithAuditAndFeed() {
        WorkOrder job = w.completedJob();

        Invoice draft = w.invoices.forWorkOrder(job.id()).orElseThrow();
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.number()).isEmpty();
        assertThat(draft.currency()).isEqualTo("USD");
        assertThat(draft.customerId()).isEqualTo(w.customer);
        assertThat(draft.branchId()).isEqualTo(w.branch);
        assertThat(draft.workOrderNumber()).contains(job.number().toString());
        assertThat(draft.lines()).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::unitPrice,
                InvoiceLine::lineTotal).containsExactly(
                tuple(InvoiceLineKind.LABOR, money("1.500"), money("110.00"), money("165.00")),
                tuple(InvoiceLineKind.PART, money("2.000"), money("9.50"), money("19.00")));
        assertThat(draft.lines()).allSatisfy(line -> assertThat(line.taxRate()).isEqualTo(money("0.0881")));
        assertThat(draft.totals().subtotal()).isEqualTo(money("184.00"));
        assertThat(draft.totals().taxTotal()).isEqualTo(money("16.21"));
        assertThat(draft.totals().total()).isEqualTo(money("200.21"));
        assertThat(dsl().select(INVOICE.TOTAL).from(INVOICE).fetchSingle().value1()).isEqualByComparingTo("200.21");
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("invoice")
                .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(draft.id()))))).isEqualTo(1);
        assertThat(dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq("invoice")
                .and(CHANGE_FEED.OP.eq("INSERT")))).isEqualTo(1);
    }

    @Test
    void thePriceListPricesPartsAndAddsItsFeeButTheTemplateFeeWins() {
        w.priceList("8.00", "89.00");
        WorkOrder plain = w.workOrder(OptionalLong.empty(), OptionalLong.empty());
        w.consume(plain.id(), "3");
        w.move(plain, WorkOrderStatus.COMPLETED);
        WorkOrder templated = w.workOrder(OptionalLong.empty(), OptionalLong.of(w.templateWithFee("129.00")));
        w.move(templated, WorkOrderStatus.COMPLETED);

        assertThat(w.invoices.forWorkOrder(plain.id()).orElseThrow().lines())
                .extracting(InvoiceLine::kind, InvoiceLine::unitPrice, InvoiceLine::lineTotal).containsExactly(
                        tuple(InvoiceLineKind.PART, money("8.00"), money("24.00")),
                        tuple(InvoiceLineKind.FEE, money("89.00"), money("89.00")));
        assertThat(w.invoices.forWorkOrder(templated.id()).orElseThrow().lines())
                .extracting(InvoiceLine::kind, InvoiceLine::lineTotal)
                .containsExactly(tuple(InvoiceLineKind.FEE, money("129.00")));
    }

    @Test
    void warrantyWorkIsDraftedAtZeroSayingWhy() {
        // completion day in Denver is 2026-03-02 (T0 is 08:00 local); a warranty through that day covers it
        WorkOrder job = w.workOrder(OptionalLong.of(w.assetWithWarrantyUntil(LocalDate.of(2026, 3, 2))),
                OptionalLong.empty());
        w.labor(job.id(), 60);
        w.move(job, WorkOrderStatus.COMPLETED);

        Invoice draft = w.invoices.forWorkOrder(job.id()).orElseThrow();
        assertThat(draft.coverage()).contains(Coverage.WARRANTY);
        assertThat(draft.totals().total()).isEqualByComparingTo("0");
        assertThat(draft.notes()).hasValueSatisfying(n -> assertThat(n).contains("warranty").contains("not billed"));
        assertThat(draft.lines()).extracting(InvoiceLine::kind)
                .containsExactly(InvoiceLineKind.LABOR, InvoiceLineKind.DISCOUNT);
        assertThat(dsl().select(INVOICE.COVERAGE).from(INVOICE).fetchSingle().value1()).isEqualTo("WARRANTY");
    }

    @Test
    void anExpiredWarrantyIsBilledAndARunningContractIsNot() {
        WorkOrder expired = w.workOrder(OptionalLong.of(w.assetWithWarrantyUntil(LocalDate.of(2026, 3, 1))),
                OptionalLong.empty());
        w.labor(expired.id(), 60);
        w.move(expired, WorkOrderStatus.COMPLETED);
        assertThat(w.invoices.forWorkOrder(expired.id()).orElseThrow().totals().total()).isEqualByComparingTo("119.69");

        w.contractUntil(LocalDate.of(2026, 12, 31));
        WorkOrder contract = w.workOrder(OptionalLong.empty(), OptionalLong.empty());
        w.labor(contract.id(), 60);
        w.move(contract, WorkOrderStatus.COMPLETED);
        Invoice draft = w.invoices.forWorkOrder(contract.id()).orElseThrow();
        assertThat(draft.coverage()).contains(Coverage.CONTRACT);
        assertThat(draft.totals().total()).isEqualByComparingTo("0");
    }

    @Test
    void completingAgainAfterReopenKeepsOneDraftRecomputedWhileUntouched() {
        WorkOrder job = w.completedJob();
        long draftId = w.draftOf(job.id());
        WorkOrder reopened = w.move(job, WorkOrderStatus.IN_PROGRESS);
        w.labor(job.id(), 30);
        w.move(reopened, WorkOrderStatus.COMPLETED);

        assertThat(dsl().fetchCount(INVOICE)).isEqualTo(1);
        Invoice draft = w.invoices.find(draftId).orElseThrow();
        assertThat(draft.lines().get(0).quantity()).isEqualByComparingTo("2.0");
        assertThat(draft.version()).isZero();
    }

    @Test
    void anEditedDraftIsLeftAloneAndADiscardedOneIsReplacedOnCompletingAgain() {
        WorkOrder job = w.completedJob();
        long draftId = w.draftOf(job.id());
        Invoice edited = w.invoices.editDraft(draftId, 0, new DraftEdit(List.of(InvoiceLine.of(InvoiceLineKind.FEE,
                "Agreed flat price", BigDecimal.ONE, money("150.00"), BillingWorld.TAX)), Optional.empty()), w.accountant);
        job = w.move(w.move(job, WorkOrderStatus.IN_PROGRESS), WorkOrderStatus.COMPLETED);

        assertThat(dsl().fetchCount(INVOICE)).isEqualTo(1);
        assertThat(w.invoices.find(draftId).orElseThrow().lines()).extracting(InvoiceLine::description)
                .containsExactly("Agreed flat price");

        w.invoices.discardDraft(draftId, edited.version(), w.accountant);
        assertThat(dsl().fetchCount(INVOICE)).isZero();
        w.move(w.move(job, WorkOrderStatus.IN_PROGRESS), WorkOrderStatus.COMPLETED);
        assertThat(dsl().fetchCount(INVOICE)).isEqualTo(1);
        assertThat(w.invoices.forWorkOrder(job.id()).orElseThrow().id()).isNotEqualTo(draftId);
    }

    @Test
    void aCompletionRolledBackAfterDraftingLeavesNoDraft() {
        WorkOrder job = w.workOrder(OptionalLong.empty(), OptionalLong.empty());
        w.labor(job.id(), 60);

        assertThatThrownBy(() -> dsl().transaction(cfg -> {
            new JooqWorkOrderRepository(cfg.dsl(), w.clock).changeStatus(job, job.version(),
                    StatusChange.to(WorkOrderStatus.COMPLETED), w.technician);
            throw new IllegalStateException("the completion record could not be written");
        })).hasMessageContaining("could not be written");

        assertThat(dsl().fetchCount(INVOICE)).isZero();
        assertThat(w.workOrders.find(job.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.PENDING);
    }

    @Test
    void aStaleCompletionDraftsNothing() {
        WorkOrder job = w.workOrder(OptionalLong.empty(), OptionalLong.empty());

        assertThatThrownBy(() -> w.workOrders.changeStatus(job, job.version() + 1,
                StatusChange.to(WorkOrderStatus.COMPLETED), w.technician))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(dsl().fetchCount(INVOICE)).isZero();
    }
}
