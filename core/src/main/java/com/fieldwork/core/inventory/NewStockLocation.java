package com.fieldwork.core.inventory;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.OptionalLong;

/** A warehouse (no technician) or a technician's van (exactly one technician) to create. */
public record NewStockLocation(String code, String name, StockLocationKind kind, long branchId,
                               OptionalLong technicianId, boolean allowNegative) {

    public NewStockLocation {
        code = Text.required("code", code, 40);
        name = Text.required("name", name, 200);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technicianId, "technicianId");
        if (branchId <= 0) {
            throw new ValidationException("branchId", "A branch id must be positive, got " + branchId);
        }
        if (kind == StockLocationKind.VAN && technicianId.isEmpty()) {
            throw new ValidationException("technicianId", "A van belongs to a technician; say whose van " + code + " is");
        }
        if (kind == StockLocationKind.WAREHOUSE && technicianId.isPresent()) {
            throw new ValidationException("technicianId", "A warehouse belongs to no technician; " + code
                    + " names technician " + technicianId.getAsLong());
        }
    }

    public static NewStockLocation warehouse(String code, String name, long branchId) {
        return new NewStockLocation(code, name, StockLocationKind.WAREHOUSE, branchId, OptionalLong.empty(), false);
    }

    public static NewStockLocation van(String code, String name, long branchId, long technicianId) {
        return new NewStockLocation(code, name, StockLocationKind.VAN, branchId, OptionalLong.of(technicianId), false);
    }
}
