package com.fieldwork.db.demo;

import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.db.billing.JooqInvoices;
import com.fieldwork.db.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo's invoices give every billing screen something to show, and are as consistent as real ones. */
class DemoInvoicesTest extends DatabaseTest {

    @Test
    void draftsIssuedPartlyPaidAndOverdueInvoicesWithGaplessNumbersPerBranch() {
        DSLContext dsl = LoadedDemo.on(engine).dsl();
        JooqInvoices invoices = new JooqInvoices(dsl, LoadedDemo.CLOCK);

        List<Invoice> all = invoices.list(Optional.empty(), 10_000);
        assertThat(all).filteredOn(i -> i.status() == InvoiceStatus.DRAFT).isNotEmpty();
        assertThat(all).filteredOn(i -> i.status() == InvoiceStatus.PAID).hasSizeGreaterThan(5);
        assertThat(all).filteredOn(i -> i.status() == InvoiceStatus.ISSUED && i.paid().signum() > 0).isNotEmpty();
        assertThat(all).filteredOn(i -> i.coverage().isPresent()).isNotEmpty();
        // stored totals agree with the lines they were computed from
        assertThat(all).allSatisfy(i -> assertThat(dsl.select(INVOICE.TOTAL).from(INVOICE).where(INVOICE.ID.eq(i.id()))
                .fetchSingle().value1()).isEqualByComparingTo(i.totals().total()));

        List<CustomerAging> aging = invoices.aging(LoadedDemo.CLOCK.instant());
        assertThat(aging).isNotEmpty();
        // the demo's jobs go back about 90 days and invoices are due 30 days after issue: up to 31-60 days past due
        assertThat(aging.stream().map(CustomerAging::notDue).reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();
        assertThat(aging.stream().map(CustomerAging::days31to60).reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();
        assertThat(aging.stream().map(CustomerAging::days0to30).reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();

        Map<String, List<Integer>> numbers = all.stream().filter(i -> i.number().isPresent())
                .map(i -> i.number().get())
                .collect(Collectors.groupingBy(n -> n.substring(0, n.indexOf('-')),
                        Collectors.mapping(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1)), Collectors.toList())));
        assertThat(numbers).hasSize(3).allSatisfy((branch, seq) -> assertThat(seq.stream().sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, seq.size()).boxed().toList()));
    }
}
