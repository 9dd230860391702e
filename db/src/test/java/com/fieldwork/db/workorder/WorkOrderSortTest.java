package com.fieldwork.db.workorder;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every sort walked page by page returns what one ORDER BY over all rows returns: each row once, in that
 * order, across ties in the sort key and orders without an SLA, with and without filters.
 */
class WorkOrderSortTest extends DatabaseTest {

    private static final int PAGE = 4;

    private WorkOrderWorld world;

    @BeforeEach
    void fortyOrdersWithTiesAndMissingSlas() {
        world = new WorkOrderWorld(dsl());
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                world.clock.advance(Duration.ofMinutes(1)); // three orders share each created instant
            }
            Priority priority = priorities[(i * 7) % priorities.length];
            // six distinct due times for thirty orders (ties), and every fourth order has no SLA at all
            Optional<SlaDue> due = i % 4 == 3 ? Optional.empty() : Optional.of(new SlaDue(Seed.T0,
                    Seed.T0.plus(Duration.ofHours(1 + (i * 5L) % 6))));
            WorkOrder order = world.workOrders.create(
                    world.newOrder((i % 2 == 0 ? "Boiler " : "Pump ") + i, priority), due, world.dispatcher);
            if (i % 5 == 0) {
                world.workOrders.changeStatus(order.id(), 0, StatusChange.to(WorkOrderStatus.ASSIGNED), world.dispatcher);
            }
        }
    }

    @Test
    void everySortPagesThroughAllOrdersExactlyOnceInOrderByOrder() {
        for (WorkOrderSort sort : WorkOrderSort.values()) {
            assertThat(walk(WorkOrderQuery.firstPage(PAGE).sortedBy(sort)))
                    .as("%s over all orders", sort)
                    .hasSize(40)
                    .containsExactlyElementsOf(orderBy(sort, DSL.noCondition()));
        }
    }

    @Test
    void everySortPagesThroughAStatusFilterAndTextSearch() {
        Condition pendingBoilers = WORK_ORDER.STATUS.eq("PENDING").and(DSL.lower(WORK_ORDER.SUMMARY).like("%boiler%"));
        for (WorkOrderSort sort : WorkOrderSort.values()) {
            WorkOrderQuery query = WorkOrderQuery.firstPage(PAGE).withStatuses(Set.of(WorkOrderStatus.PENDING))
                    .withText("BOILER").sortedBy(sort);
            List<Long> expected = orderBy(sort, pendingBoilers);
            assertThat(expected).as("the fixture leaves some pending boilers").hasSize(16);
            assertThat(walk(query)).as("%s over pending boilers", sort).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void priorityIsUrgencyNotAlphabeticalAndFollowsAnEdit() {
        List<WorkOrder> byPriority = world.workOrders.search(WorkOrderQuery.firstPage(40).sortedBy(WorkOrderSort.PRIORITY))
                .items();
        assertThat(byPriority).extracting(WorkOrder::priority).isSortedAccordingTo(Enum::compareTo);

        WorkOrder low = byPriority.get(byPriority.size() - 1);
        world.workOrders.edit(low.id(), low.version(), new WorkOrderEdit(Priority.EMERGENCY, low.summary(),
                Optional.empty(), 60, OptionalLong.empty(), Optional.empty()), world.dispatcher);

        List<WorkOrder> emergencies = world.workOrders.search(WorkOrderQuery.firstPage(40).sortedBy(WorkOrderSort.PRIORITY))
                .items().stream().filter(o -> o.priority() == Priority.EMERGENCY).toList();
        assertThat(emergencies).extracting(WorkOrder::id).contains(low.id());
    }

    @Test
    void aCursorOfOneSortCannotContinueAnother() {
        WorkOrderPage page = world.workOrders.search(WorkOrderQuery.firstPage(PAGE).sortedBy(WorkOrderSort.PRIORITY));
        WorkOrderQuery byNumber = WorkOrderQuery.firstPage(PAGE).sortedBy(WorkOrderSort.NUMBER);

        assertThatThrownBy(() -> byNumber.after(page.next().orElseThrow()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PRIORITY");
        assertThat(WorkOrderQuery.firstPage(PAGE).sort()).isEqualTo(WorkOrderSort.NEWEST);
    }

    private List<Long> walk(WorkOrderQuery first) {
        List<Long> seen = new ArrayList<>();
        WorkOrderQuery query = first;
        while (true) {
            WorkOrderPage page = world.workOrders.search(query);
            assertThat(page.items().size()).isLessThanOrEqualTo(PAGE);
            page.items().forEach(order -> seen.add(order.id()));
            // a cursor that goes back would page for ever: fail instead, showing what came round again
            assertThat(seen).as("pages so far, no order twice").doesNotHaveDuplicates();
            if (page.next().isEmpty()) {
                return seen;
            }
            query = query.after(page.next().get());
        }
    }

    /** The reference: one query, one ORDER BY, written independently of the repository (CASE, NULLS LAST). */
    private List<Long> orderBy(WorkOrderSort sort, Condition where) {
        Field<Integer> rank = DSL.when(WORK_ORDER.PRIORITY.eq("EMERGENCY"), 0).when(WORK_ORDER.PRIORITY.eq("HIGH"), 1)
                .when(WORK_ORDER.PRIORITY.eq("NORMAL"), 2).otherwise(3);
        List<SortField<?>> order = switch (sort) {
            case NEWEST -> List.of(WORK_ORDER.CREATED_AT.desc(), WORK_ORDER.ID.desc());
            case OLDEST -> List.of(WORK_ORDER.CREATED_AT.asc(), WORK_ORDER.ID.asc());
            case PRIORITY -> List.of(rank.asc(), WORK_ORDER.CREATED_AT.desc(), WORK_ORDER.ID.desc());
            case RESOLVE_BY -> List.of(WORK_ORDER.RESOLUTION_DUE_AT.asc().nullsLast(), WORK_ORDER.ID.asc());
            case NUMBER -> List.of(WORK_ORDER.NUMBER.asc(), WORK_ORDER.ID.asc());
        };
        return dsl().select(WORK_ORDER.ID).from(WORK_ORDER).where(where).orderBy(order).fetch(WORK_ORDER.ID);
    }
}
