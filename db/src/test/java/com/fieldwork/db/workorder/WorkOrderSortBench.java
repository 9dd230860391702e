package com.fieldwork.db.workorder;

import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.db.Database;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.demo.ScaleData;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * Not part of the suite (no Test suffix): the cost of the first page and of a page from the middle of each
 * sort, and the plan of the rows query, on a scaled database. Run it by hand:
 * {@code ./mvnw -q -o -pl core,db install -Dtest=WorkOrderSortBench -Dbench.rows=1000000 -Dbench.engine=POSTGRESQL}
 */
class WorkOrderSortBench {

    /** The demo's "now", as LoadedDemo has it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T16:30:00Z"), ZoneOffset.UTC);

    @Test
    void firstAndMiddlePagesOfEverySort() {
        int rows = Integer.getInteger("bench.rows", 200_000);
        TestEngine engine = TestEngine.valueOf(System.getProperty("bench.engine", "POSTGRESQL"));
        try (Database database = TestDatabases.fresh(engine)) {
            DSLContext dsl = database.dsl();
            DemoCompany.load(dsl, CLOCK, line -> { });
            ScaleData.generate(dsl, CLOCK, rows, line -> { });
            if (engine == TestEngine.POSTGRESQL) {
                dsl.execute("analyze work_order");
            }
            JooqWorkOrderRepository workOrders = new JooqWorkOrderRepository(dsl, CLOCK);
            int total = dsl.fetchCount(WORK_ORDER);
            for (WorkOrderSort sort : WorkOrderSort.values()) {
                WorkOrderQuery first = WorkOrderQuery.firstPage(100).sortedBy(sort);
                long t0 = System.nanoTime();
                WorkOrderPage page = workOrders.search(first);
                long firstMicros = (System.nanoTime() - t0) / 1_000;
                WorkOrderKeyset.Segment segment = WorkOrderKeyset.segments(sort, Optional.empty()).get(0);
                long middleId = dsl.select(WORK_ORDER.ID).from(WORK_ORDER).where(segment.where())
                        .orderBy(segment.orderBy()).offset(total / 3).limit(1).fetchSingle().value1();
                WorkOrder middle = workOrders.find(middleId).orElseThrow();
                WorkOrderQuery deep = first.after(WorkOrderQuery.PageCursor.after(sort, middle));
                workOrders.search(deep); // warm
                t0 = System.nanoTime();
                WorkOrderPage deepPage = workOrders.search(deep);
                long deepMicros = (System.nanoTime() - t0) / 1_000;
                WorkOrderKeyset.Segment deepSegment = WorkOrderKeyset.segments(sort, deep.after()).get(0);
                String plan = dsl.explain(dsl.select(WORK_ORDER.ID).from(WORK_ORDER).where(deepSegment.where())
                        .orderBy(deepSegment.orderBy()).limit(101)).plan();
                System.err.printf("bench %s %,d rows %s: page 1 %,d us (%d rows), page at 1/3 %,d us (%d rows)%n  plan: %s%n",
                        engine, total, sort, firstMicros, page.items().size(), deepMicros, deepPage.items().size(),
                        plan.replace("\n", "\n        "));
            }
        }
    }
}
