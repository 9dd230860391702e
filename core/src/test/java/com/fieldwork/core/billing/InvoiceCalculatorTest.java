package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceCalculatorTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final BigDecimal RATE = new BigDecimal("0.0881");

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BillableWork work(List<BillableWork.Labor> labor, List<BillableWork.PartConsumed> parts,
                             Optional<LocalDate> warranty, Optional<LocalDate> contract) {
        return new BillableWork("USD", RATE, DAY, warranty, contract, labor, parts,
                Optional.empty(), Optional.of(new BillableWork.Fee("Call-out fee", d("89.00"))));
    }

    static final List<BillableWork.Labor> LABOR = List.of(new BillableWork.Labor("Ana Ruiz", 50, d("110.00")),
            new BillableWork.Labor("Ben Ode", 90, d("95.00")));
    static final List<BillableWork.PartConsumed> PARTS = List.of(
            new BillableWork.PartConsumed(7, "FLT-16", "Filter 16x25", d("2.000"), d("9.50"), Optional.of(d("8.74"))),
            new BillableWork.PartConsumed(8, "CAP-45", "Capacitor 45uF", d("1.000"), d("24.99"), Optional.empty()));

    @Test
    void laborPartsAndFeeArePricedPerLineThenTaxedOncePerRate() {
        InvoiceDraft draft = InvoiceCalculator.draft(work(LABOR, PARTS, Optional.empty(), Optional.empty()));

        assertThat(draft.lines()).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::unitPrice,
                        InvoiceLine::lineTotal)
                .containsExactly(
                        // 50 min = 0.83 h (hours to hundredths, HALF_UP); 0.83 × 110 = 91.30
                        org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.LABOR, d("0.830"), d("110.00"), d("91.30")),
                        org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.LABOR, d("1.500"), d("95.00"), d("142.50")),
                        // the price list price wins over the catalog price
                        org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.PART, d("2.000"), d("8.74"), d("17.48")),
                        org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.PART, d("1.000"), d("24.99"), d("24.99")),
                        org.assertj.core.groups.Tuple.tuple(InvoiceLineKind.FEE, d("1.000"), d("89.00"), d("89.00")));
        InvoiceTotals totals = draft.totals();
        assertThat(totals.subtotal()).isEqualTo(d("365.27"));
        // 365.27 × 0.0881 = 32.180287 → 32.18 (rounded once, not per line)
        assertThat(totals.taxTotal()).isEqualTo(d("32.18"));
        assertThat(totals.total()).isEqualTo(d("397.45"));
        assertThat(draft.coverage()).isEmpty();
        assertThat(draft.currency()).isEqualTo("USD");
    }

    @Test
    void theTemplateFeeWinsOverThePriceListFee() {
        BillableWork work = new BillableWork("EUR", RATE, DAY, Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.of(new BillableWork.Fee("Annual maintenance", d("129.00"))),
                Optional.of(new BillableWork.Fee("Call-out fee", d("89.00"))));

        assertThat(InvoiceCalculator.draft(work).lines()).singleElement()
                .satisfies(line -> assertThat(line.description()).isEqualTo("Annual maintenance"))
                .satisfies(line -> assertThat(line.lineTotal()).isEqualTo(d("129.00")));
    }

    @Test
    void halfACentRoundsUpNotToEven() {
        // 0.5 × 0.25 = 0.125 → 0.13 with HALF_UP (HALF_EVEN would give 0.12)
        assertThat(BillingMath.lineTotal(d("0.500"), d("0.25"))).isEqualTo(d("0.13"));
        // tax on 1.50 at 7 % = 0.105 → 0.11
        assertThat(InvoiceTotals.of(List.of(InvoiceLine.of(InvoiceLineKind.FEE, "x", d("1"), d("1.50"), d("0.07"))))
                .taxTotal()).isEqualTo(d("0.11"));
    }

    @Test
    void taxIsRoundedPerRateNotPerLine() {
        // three lines of 0.10 at 5 %: per line 0.005 → 0.01 each = 0.03; per rate 0.30 × 0.05 = 0.015 → 0.02
        List<InvoiceLine> lines = List.of(
                InvoiceLine.of(InvoiceLineKind.FEE, "a", d("1"), d("0.10"), d("0.05")),
                InvoiceLine.of(InvoiceLineKind.FEE, "b", d("1"), d("0.10"), d("0.05")),
                InvoiceLine.of(InvoiceLineKind.FEE, "c", d("1"), d("0.10"), d("0.20")));
        InvoiceTotals totals = InvoiceTotals.of(lines);

        assertThat(totals.taxes()).extracting(TaxAmount::rate, TaxAmount::base, TaxAmount::tax).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("0.0500"), d("0.20"), d("0.01")),
                org.assertj.core.groups.Tuple.tuple(d("0.2000"), d("0.10"), d("0.02")));
        assertThat(totals.taxTotal()).isEqualTo(d("0.03"));
        assertThat(totals.total()).isEqualTo(d("0.33"));
    }

    @Test
    void warrantyWorkIsPricedThenCancelledToZeroWithTheReason() {
        InvoiceDraft draft = InvoiceCalculator.draft(work(LABOR, PARTS, Optional.of(DAY), Optional.empty()));

        assertThat(draft.coverage()).contains(Coverage.WARRANTY);
        assertThat(draft.totals().total()).isEqualTo(d("0.00"));
        assertThat(draft.totals().taxTotal()).isEqualTo(d("0.00"));
        assertThat(draft.lines()).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(InvoiceLineKind.DISCOUNT);
            assertThat(line.lineTotal()).isEqualTo(d("-365.27"));
            assertThat(line.description()).isEqualTo("Covered by warranty");
        });
        assertThat(draft.notes()).contains("Covered by warranty (until 2026-03-02): not billed to the customer");
    }

    @Test
    void aWarrantyThatEndedTheDayBeforeIsBilled() {
        InvoiceDraft draft = InvoiceCalculator.draft(work(LABOR, PARTS, Optional.of(DAY.minusDays(1)), Optional.empty()));

        assertThat(draft.coverage()).isEmpty();
        assertThat(draft.totals().total()).isEqualTo(d("397.45"));
    }

    @Test
    void contractWorkIsNotBilledAndWarrantyIsNamedFirstWhenBothApply() {
        assertThat(InvoiceCalculator.draft(work(LABOR, PARTS, Optional.empty(), Optional.of(DAY.plusYears(1))))
                .coverage()).contains(Coverage.CONTRACT);
        assertThat(InvoiceCalculator.draft(work(LABOR, PARTS, Optional.of(DAY), Optional.of(DAY))).coverage())
                .contains(Coverage.WARRANTY);
    }

    @Test
    void badLinesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> InvoiceLine.of(InvoiceLineKind.FEE, "x", d("0"), d("1.00"), RATE))
                .isInstanceOf(ValidationException.class).hasMessage("Quantity must be more than zero, got 0");
        assertThatThrownBy(() -> InvoiceLine.of(InvoiceLineKind.FEE, "x", d("1"), d("1.005"), RATE))
                .hasMessage("Unit price has at most 2 decimals, got 1.005");
        assertThatThrownBy(() -> InvoiceLine.of(InvoiceLineKind.LABOR, "x", d("1"), d("-1.00"), RATE))
                .hasMessageContaining("cannot be negative on a labor line");
        assertThatThrownBy(() -> InvoiceLine.of(InvoiceLineKind.FEE, "x", d("1"), d("1.00"), d("1.5")))
                .hasMessageContaining("must be a fraction from 0 up to 1");
        assertThatThrownBy(() -> InvoiceLine.of(InvoiceLineKind.FEE, " ", d("1"), d("1.00"), RATE))
                .hasMessage("Description is required");
    }
}
