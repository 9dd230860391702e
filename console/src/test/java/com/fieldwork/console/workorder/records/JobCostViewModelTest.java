package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.costing.JobCostInputs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class JobCostViewModelTest {

    private final List<JobCostInputs.PartUsage> parts = new ArrayList<>();
    private int reads;
    private final JobCostViewModel model = new JobCostViewModel(id -> {
        reads++;
        return new JobCostInputs(parts, List.of(new JobCostInputs.LaborUsage("Leah B.", Duration.ofMinutes(90), true,
                new BigDecimal("35.00"), new BigDecimal("110.00"))));
    }, new SynchronousTaskExecutor());

    @Test
    void showsEachLineAndTheMarginAndReadsAgainWhenAPartIsUsed() {
        model.show(7);
        assertThat(reads).isZero();
        model.setVisible(true);

        assertThat(model.rows()).extracting(CostRow::what, CostRow::quantity, CostRow::cost, CostRow::revenue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Leah B.", "1.5 h", "52.50", "165.00"));
        assertThat(model.totalProperty().get())
                .isEqualTo("Cost 52.50 (parts 0.00, labor 52.50) · revenue 165.00 · margin 112.50 (68.2 %)");

        parts.add(new JobCostInputs.PartUsage("FLT-200 Filter", new BigDecimal("2"), new BigDecimal("4.00"),
                new BigDecimal("9.50")));
        model.onChanges(List.of(new Change(1, "stock_movement", "9", ChangeOperation.INSERT, OptionalLong.empty(),
                Instant.EPOCH)));

        assertThat(reads).isEqualTo(2);
        assertThat(model.rows()).hasSize(2);
        assertThat(model.totalProperty().get()).startsWith("Cost 60.50 (parts 8.00, labor 52.50) · revenue 184.00");
    }
}
