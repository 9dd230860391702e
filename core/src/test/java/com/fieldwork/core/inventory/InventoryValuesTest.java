package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryValuesTest {

    @Test
    void quantitiesMustBePositiveAndFitTheColumn() {
        assertThat(StockQuantity.positive(new BigDecimal("0.001"))).isEqualByComparingTo("0.001");
        assertThatThrownBy(() -> StockQuantity.positive(BigDecimal.ZERO))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> StockQuantity.positive(new BigDecimal("-1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> StockQuantity.positive(new BigDecimal("1.0001")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("3 decimals");
        assertThatThrownBy(() -> StockQuantity.nonZero("signedDelta", new BigDecimal("0.000")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("zero");
        assertThat(StockQuantity.nonZero("signedDelta", new BigDecimal("-2"))).isEqualByComparingTo("-2");
    }

    @Test
    void availableIsOnHandLessReserved() {
        assertThat(new StockLevel(1, 2, new BigDecimal("5"), new BigDecimal("2")).available()).isEqualByComparingTo("3");
    }

    @Test
    void insufficientStockIsAConflictThatSaysWhatIsThere() {
        var e = new InsufficientStockException("FLT-16", "Van 7", new BigDecimal("3.000"), new BigDecimal("2"),
                new BigDecimal("4"));
        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.available()).isEqualByComparingTo("1");
        assertThat(e.getMessage()).isEqualTo(
                "Not enough FLT-16 at Van 7: requested 4, available 1 (on hand 3, reserved 2)");
        assertThat(e.code()).isEqualTo("insufficient_stock");
    }

    @Test
    void aVanHasATechnicianAndAWarehouseHasNone() {
        assertThatThrownBy(() -> new NewStockLocation("V1", "Van", StockLocationKind.VAN, 1, OptionalLong.empty(), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("technicianId"));
        assertThatThrownBy(() -> new NewStockLocation("W1", "Main", StockLocationKind.WAREHOUSE, 1, OptionalLong.of(3), false))
                .isInstanceOf(ValidationException.class);
    }
}
