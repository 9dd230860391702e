package com.fieldwork.packaging;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.console.workorder.WorkOrderListViewModel;
import com.fieldwork.console.workorder.WorkOrderRow;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's paging, filters and live refresh on the demo company, with no screen. */
class WorkOrderListViewModelTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final WorkOrderListViewModel list = new WorkOrderListViewModel(demo.services().workOrders(),
            demo.services().customers(), demo.services().branches(), new SynchronousTaskExecutor());

    @Test
    void pagesFollowEachOtherByKeysetWithoutGapsOrRepeats() {
        list.start();
        assertThat(list.rows()).hasSize(100);
        assertThat(list.hasMore()).isTrue();
        assertThat(list.branchChoices()).hasSize(3);

        list.loadMore();

        assertThat(list.rows()).hasSize(200);
        assertThat(list.rows().stream().map(WorkOrderRow::id).distinct()).hasSize(200);
        assertThat(list.rows().get(0).customerName()).doesNotStartWith("#");
        assertThat(list.messageProperty().get()).isEqualTo("200 shown, more below");
    }

    @Test
    void filtersNarrowTheQuery() {
        list.start();
        list.statusProperty().set(WorkOrderStatus.PENDING);
        list.branchProperty().set(list.branchChoices().get(1));
        list.search();

        assertThat(list.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.order().status()).isEqualTo(WorkOrderStatus.PENDING);
            assertThat(row.order().branchId()).isEqualTo(list.branchChoices().get(1).id());
        });
    }

    @Test
    void aChangeFromTheFeedReplacesOnlyThatRowInPlace() {
        list.statusProperty().set(WorkOrderStatus.PENDING);
        list.start();
        WorkOrderRow shown = list.rows().get(5);
        WorkOrderRow neighbour = list.rows().get(6);
        long seq = demo.services().changeFeed().latestSeq();

        WorkOrder changed = demo.editElsewhere(shown.id(), "Refreshed from the feed");
        List<Change> changes = demo.services().changeFeed().since(seq, 100);
        list.onChanges(changes);

        assertThat(list.rows().get(5).order().summary()).isEqualTo("Refreshed from the feed");
        assertThat(list.rows().get(5).order().version()).isEqualTo(changed.version());
        assertThat(list.rows().get(6)).isSameAs(neighbour);
    }
}
