package com.fieldwork.core.inventory;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** Warehouses and vans. Writes are audited and on the change feed. */
public interface StockLocationRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the code is taken or the technician has a van */
    StockLocation create(NewStockLocation location, Actor actor);

    Optional<StockLocation> find(long id);

    /** The branch's warehouses and vans, by code. */
    List<StockLocation> atBranch(long branchId);

    /** The technician's van, if they have one. */
    Optional<StockLocation> vanOf(long technicianId);
}
