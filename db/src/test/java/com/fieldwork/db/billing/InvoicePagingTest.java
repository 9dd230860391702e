package com.fieldwork.db.billing;

import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoicePage;
import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The invoice list's filters and pages are answered by SQL: status, customer text, issue days, keyset pages. */
class InvoicePagingTest extends DatabaseTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private BillingWorld w;
    private final List<Long> issued = new ArrayList<>();
    private long draft;

    @BeforeEach
    void fiveIssuedOnFiveDaysAndADraft() {
        w = new BillingWorld(dsl());
        dsl().update(CUSTOMER).set(CUSTOMER.NAME, "Acme 100% Heating_Co").where(CUSTOMER.ID.eq(w.customer)).execute();
        for (int i = 0; i < 5; i++) {
            issued.add(w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant).id());
            w.clock.advance(Duration.ofDays(1));
        }
        draft = w.draftOf(w.completedJob().id());
    }

    private InvoiceQuery query(Optional<InvoiceStatus> status, String customer, LocalDate from, LocalDate to, int limit) {
        return new InvoiceQuery(status, Optional.ofNullable(customer), Optional.ofNullable(from), Optional.ofNullable(to),
                OptionalLong.empty(), limit);
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithTheCountOfAllThatMatch() {
        InvoicePage first = w.invoices.page(InvoiceQuery.all(4));
        assertThat(first.matching()).isEqualTo(6);
        assertThat(first.invoices()).extracting(Invoice::id)
                .containsExactly(draft, issued.get(4), issued.get(3), issued.get(2));
        assertThat(first.hasMore(4)).isTrue();

        InvoicePage second = w.invoices.page(InvoiceQuery.all(4).after(issued.get(2)));
        assertThat(second.matching()).isEqualTo(6);
        assertThat(second.invoices()).extracting(Invoice::id).containsExactly(issued.get(1), issued.get(0));
        assertThat(second.hasMore(6)).isFalse();
    }

    @Test
    void statusCustomerTextAndIssueDaysNarrowTheListAndTheCount() {
        assertThat(w.invoices.page(query(Optional.of(InvoiceStatus.DRAFT), null, null, null, 10)).invoices())
                .extracting(Invoice::id).containsExactly(draft);
        // any case, part of the name; the typed % and _ are letters, not wildcards
        assertThat(w.invoices.page(query(Optional.empty(), "100% heating_", null, null, 10)).matching()).isEqualTo(6);
        assertThat(w.invoices.page(query(Optional.empty(), "100%x", null, null, 10)).matching()).isZero();
        assertThat(w.invoices.page(query(Optional.empty(), "1_0", null, null, 10)).matching()).isZero();

        LocalDate day2 = w.invoices.find(issued.get(1)).orElseThrow().issuedAt().orElseThrow().atZone(DENVER).toLocalDate();
        InvoicePage middle = w.invoices.page(query(Optional.empty(), null, day2, day2.plusDays(2), 10));
        assertThat(middle.matching()).isEqualTo(3);
        assertThat(middle.invoices()).extracting(Invoice::id).containsExactly(issued.get(3), issued.get(2), issued.get(1));
        // drafts have no issue day: a period leaves them out
        assertThat(w.invoices.page(query(Optional.of(InvoiceStatus.DRAFT), null, day2, null, 10)).matching()).isZero();
    }

    @Test
    void aDayIsTheCompanysDayNotUtcs() {
        // 23:30 in Denver on a day is already the next day in UTC
        long late = issued.get(0);
        LocalDate day = LocalDate.of(2025, 12, 3);
        dsl().update(INVOICE).set(INVOICE.ISSUED_AT, day.atTime(23, 30).atZone(DENVER).toInstant())
                .where(INVOICE.ID.eq(late)).execute();

        assertThat(w.invoices.page(query(Optional.empty(), null, day, day, 10)).invoices())
                .extracting(Invoice::id).containsExactly(late);
        assertThat(w.invoices.page(query(Optional.empty(), null, day.plusDays(1), day.plusDays(1), 10)).matching())
                .isZero();
    }
}
