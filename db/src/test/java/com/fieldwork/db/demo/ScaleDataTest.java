package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.db.testing.DatabaseTest;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleDataTest extends DatabaseTest {

    @Test
    void addsWorkOrdersBeforeTheDemoAndNumbersThemOnInTheirYear() {
        DemoCompany.load(dsl(), DemoCompanyTest.CLOCK, line -> { });
        List<String> progress = new ArrayList<>();

        ScaleData.Result result = ScaleData.generate(dsl(), DemoCompanyTest.CLOCK, 3_000, 1_000, progress::add);

        assertThat(result.workOrders()).isEqualTo(3_000);
        assertThat(dsl().fetchCount(WORK_ORDER)).isEqualTo(5_000);
        assertThat(dsl().fetchCount(VISIT)).isGreaterThan(result.visits());
        assertThat(progress).last().asString().startsWith("scale: 3000/3000 work orders");
        // Every year's numbers run 1..n without gaps, and the counter stands at n + 1.
        var byYear = dsl().select(WORK_ORDER.NUMBER).from(WORK_ORDER).fetch(WORK_ORDER.NUMBER).stream()
                .map(WorkOrderNumber::parse).collect(java.util.stream.Collectors.groupingBy(WorkOrderNumber::year));
        byYear.forEach((year, numbers) -> {
            long max = numbers.stream().mapToLong(WorkOrderNumber::sequence).max().orElseThrow();
            assertThat(numbers).hasSize((int) max);
            assertThat(dsl().select(NUMBER_SEQUENCE.NEXT_VALUE).from(NUMBER_SEQUENCE)
                    .where(NUMBER_SEQUENCE.SCOPE.eq(WorkOrderNumber.sequenceScope(year))).fetchSingle().value1())
                    .isEqualTo(max + 1);
        });
        // Each order's last history step is its status.
        var last = WORK_ORDER_STATUS_HISTORY.as("last");
        int mismatched = dsl().fetchCount(dsl().select(WORK_ORDER.ID).from(WORK_ORDER)
                .join(last).on(last.WORK_ORDER_ID.eq(WORK_ORDER.ID))
                .where(last.ID.eq(DSL.select(DSL.max(WORK_ORDER_STATUS_HISTORY.ID)).from(WORK_ORDER_STATUS_HISTORY)
                        .where(WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID.eq(WORK_ORDER.ID))))
                .and(last.TO_STATUS.ne(WORK_ORDER.STATUS)));
        assertThat(mismatched).isZero();
        // The scale orders all came in before the demo's oldest.
        assertThat(dsl().fetchCount(WORK_ORDER, WORK_ORDER.CREATED_AT.gt(DemoCompanyTest.CLOCK.instant()))).isZero();
    }

    @Test
    void refusesWithoutTheDemoCompany() {
        assertThatThrownBy(() -> ScaleData.generate(dsl(), DemoCompanyTest.CLOCK, 10, line -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo company");
    }
}
