package com.fieldwork.console.workorder;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorting the work-order list is a new query to the database, never a sort of the rows already loaded. */
class WorkOrderListSortTest {

    private final List<WorkOrderQuery> asked = new ArrayList<>();
    private final WorkOrderListViewModel list = new WorkOrderListViewModel(fakeWorkOrders(), port(CustomerRepository.class),
            port(BranchRepository.class), new SynchronousTaskExecutor());

    @Test
    void theListStartsNewestFirst() {
        list.start();

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.sort()).isEqualTo(WorkOrderSort.NEWEST);
            assertThat(q.after()).isEmpty();
        });
        assertThat(list.sortProperty().get()).isEqualTo(WorkOrderSort.NEWEST);
    }

    @Test
    void changingTheSortReloadsPageOneInThatOrderAndLoadMoreContinuesItsCursor() {
        list.start();
        list.loadMore();
        asked.clear();

        list.sortBy(WorkOrderSort.PRIORITY);

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.sort()).isEqualTo(WorkOrderSort.PRIORITY);
            assertThat(q.after()).as("page one, not after the old order's cursor").isEmpty();
        });
        assertThat(list.rows()).hasSize(WorkOrderListViewModel.PAGE);
        WorkOrderRow last = list.rows().get(list.rows().size() - 1);

        list.loadMore();

        WorkOrderQuery more = asked.get(1);
        assertThat(more.sort()).isEqualTo(WorkOrderSort.PRIORITY);
        assertThat(more.after()).hasValueSatisfying(c -> {
            assertThat(c.sort()).isEqualTo(WorkOrderSort.PRIORITY);
            assertThat(c.id()).isEqualTo(last.id());
        });
        assertThat(list.rows()).hasSize(2 * WorkOrderListViewModel.PAGE);
    }

    @Test
    void theSameSortAgainAsksNothing() {
        list.start();
        list.sortBy(WorkOrderSort.NEWEST);

        assertThat(asked).hasSize(1);
    }

    @Test
    void filtersKeepTheChosenSort() {
        list.start();
        list.sortBy(WorkOrderSort.RESOLVE_BY);
        list.statusProperty().set(WorkOrderStatus.PENDING);
        list.search();

        assertThat(asked.get(asked.size() - 1)).satisfies(q -> {
            assertThat(q.sort()).isEqualTo(WorkOrderSort.RESOLVE_BY);
            assertThat(q.statuses()).containsExactly(WorkOrderStatus.PENDING);
        });
    }

    @Test
    void aHeaderClickMapsToTheSortTheDatabaseCanRead() {
        assertThat(HeaderSort.of(Optional.empty(), true)).isEqualTo(WorkOrderSort.NEWEST);
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.NEWEST), false)).isEqualTo(WorkOrderSort.NEWEST);
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.NEWEST), true)).isEqualTo(WorkOrderSort.OLDEST);
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.PRIORITY), true)).isEqualTo(WorkOrderSort.PRIORITY);
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.NUMBER), true)).isEqualTo(WorkOrderSort.NUMBER);
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.RESOLVE_BY), true)).isEqualTo(WorkOrderSort.RESOLVE_BY);
        // one-way columns: the second click goes back to the default and takes the arrow away
        assertThat(HeaderSort.of(Optional.of(WorkOrderSort.PRIORITY), false)).isEqualTo(WorkOrderSort.NEWEST);
        assertThat(HeaderSort.shown(Optional.of(WorkOrderSort.PRIORITY), false)).isFalse();
        assertThat(HeaderSort.shown(Optional.of(WorkOrderSort.NEWEST), false)).isTrue();
    }

    /** Endless pages of 100 made-up orders, each cursor taken from the page's last row as the database does. */
    private WorkOrderRepository fakeWorkOrders() {
        return port(WorkOrderRepository.class, (method, args) -> {
            if (!method.equals("search")) {
                throw new UnsupportedOperationException(method);
            }
            WorkOrderQuery query = (WorkOrderQuery) args[0];
            asked.add(query);
            long from = query.after().map(c -> c.id() + 1).orElse(1L);
            List<WorkOrder> items = LongStream.range(from, from + query.limit()).mapToObj(WorkOrderListSortTest::order)
                    .toList();
            return new WorkOrderPage(items,
                    Optional.of(WorkOrderQuery.PageCursor.after(query.sort(), items.get(items.size() - 1))));
        });
    }

    private static WorkOrder order(long id) {
        WorkOrder.Stamp stamp = new WorkOrder.Stamp(1, "Dana Dispatcher", Instant.parse("2026-03-02T15:00:00Z"));
        return new WorkOrder(id, new WorkOrderNumber(2026, id), 1, 1, OptionalLong.empty(), 1, OptionalLong.empty(), 1,
                Priority.values()[(int) (id % 4)], WorkOrderStatus.PENDING, "Job " + id, Optional.empty(), 60,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), 0, stamp, stamp);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    /** A port that answers empty: no customers found, no branches. */
    private static <T> T port(Class<T> type) {
        return port(type, (method, args) -> switch (method) {
            case "find" -> Optional.empty();
            case "list" -> List.of();
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static <T> T port(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
