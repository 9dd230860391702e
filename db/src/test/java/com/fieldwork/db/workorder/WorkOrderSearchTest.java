package com.fieldwork.db.workorder;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderSearchTest extends DatabaseTest {

    private WorkOrderWorld world;
    private final List<WorkOrder> created = new ArrayList<>();

    @BeforeEach
    void twentyFiveOrders() {
        world = new WorkOrderWorld(dsl());
        for (int i = 1; i <= 25; i++) {
            // two orders share each instant, so the id must break ties in the keyset
            if (i % 2 == 1) {
                world.clock.advance(Duration.ofMinutes(1));
            }
            created.add(world.workOrders.create(world.newOrder("Job " + i), Optional.empty(), world.dispatcher));
        }
    }

    @Test
    void keysetPagesWalkEveryOrderOnceNewestFirst() {
        List<Long> seen = new ArrayList<>();
        WorkOrderQuery query = WorkOrderQuery.firstPage(10);
        List<Integer> pageSizes = new ArrayList<>();
        while (true) {
            WorkOrderPage page = world.workOrders.search(query);
            pageSizes.add(page.items().size());
            page.items().forEach(order -> seen.add(order.id()));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }

        List<Long> newestFirst = created.stream()
                .sorted((a, b) -> {
                    int byTime = b.created().at().compareTo(a.created().at());
                    return byTime != 0 ? byTime : Long.compare(b.id(), a.id());
                })
                .map(WorkOrder::id).toList();
        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void filtersByStatusAndFindsByNumberOrText() {
        WorkOrder third = created.get(2);
        world.workOrders.changeStatus(third.id(), 0, StatusChange.to(WorkOrderStatus.ASSIGNED), world.dispatcher);

        assertThat(world.workOrders.search(WorkOrderQuery.firstPage(50).withStatuses(Set.of(WorkOrderStatus.ASSIGNED))).items())
                .extracting(WorkOrder::id).containsExactly(third.id());
        assertThat(world.workOrders.search(WorkOrderQuery.firstPage(50).withText(third.number().toString().toLowerCase())).items())
                .extracting(WorkOrder::id).containsExactly(third.id());
        assertThat(world.workOrders.search(WorkOrderQuery.firstPage(50).withText("JOB 2")).items())
                .extracting(WorkOrder::summary)
                .containsExactlyInAnyOrder("Job 2", "Job 20", "Job 21", "Job 22", "Job 23", "Job 24", "Job 25");
    }

    @Test
    void aPageSizeOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> WorkOrderQuery.firstPage(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> WorkOrderQuery.firstPage(501)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("500");
    }
}
