package com.fieldwork.core.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderValuesTest {

    @Test
    void numbersFormatAndParseBothWays() {
        WorkOrderNumber number = new WorkOrderNumber(2026, 123);
        assertThat(number.toString()).isEqualTo("WO-2026-000123");
        assertThat(WorkOrderNumber.parse(" WO-2026-000123 ")).isEqualTo(number);
        assertThatThrownBy(() -> WorkOrderNumber.parse("WO-26-123")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("WO-2026-000123");
        assertThatThrownBy(() -> new WorkOrderNumber(2026, 1_000_000)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aNewWorkOrderIsCheckedBeforeItReachesTheDatabase() {
        assertThatThrownBy(() -> order("  ", 60, WorkOrderSource.MANUAL, Optional.empty(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessage("Summary is required");
        assertThatThrownBy(() -> order("Leak", 0, WorkOrderSource.MANUAL, Optional.empty(), List.of()))
                .hasMessageContaining("Estimated minutes");
        assertThatThrownBy(() -> order("Leak", 60, WorkOrderSource.API, Optional.empty(), List.of()))
                .hasMessageContaining("external reference");
        assertThatThrownBy(() -> order("Leak", 60, WorkOrderSource.MANUAL, Optional.empty(),
                List.of(new RequiredSkill(1, 2), new RequiredSkill(1, 3)))).hasMessageContaining("only once");
        assertThat(order("Leak", 60, WorkOrderSource.API, Optional.of(" ERP-1 "), List.of()).externalRef()).contains("ERP-1");
    }

    @Test
    void quantitiesAndLevelsMustMakeSense() {
        assertThatThrownBy(() -> new PartQuantity(1, new BigDecimal("-2"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new PartQuantity(1, new BigDecimal("0.0001"))).hasMessageContaining("3 decimals");
        assertThatThrownBy(() -> new RequiredSkill(1, 6)).hasMessageContaining("1 to 5");
    }

    @Test
    void slaPolicyDueTimesCountFromOpening() {
        SlaPolicy policy = new SlaPolicy(1, "High", Priority.HIGH, OptionalLong.empty(), Duration.ofHours(4), Duration.ofHours(24));
        Instant opened = Instant.parse("2026-03-02T15:00:00Z");
        assertThat(policy.dueFrom(opened).responseDue()).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(policy.dueFrom(opened).resolutionDue()).isEqualTo(Instant.parse("2026-03-03T15:00:00Z"));
        assertThatThrownBy(() -> new SlaPolicy(1, "Bad", Priority.HIGH, OptionalLong.empty(), Duration.ofHours(4),
                Duration.ofHours(1))).hasMessageContaining("shorter");
    }

    private static NewWorkOrder order(String summary, int minutes, WorkOrderSource source, Optional<String> ref,
                                      List<RequiredSkill> skills) {
        return new NewWorkOrder(1, 1, OptionalLong.empty(), 1, OptionalLong.empty(), 1, Priority.NORMAL, summary,
                Optional.empty(), minutes, source, ref, Optional.empty(), skills, List.of());
    }
}
