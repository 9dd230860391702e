package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** The parts catalog. Every write is audited and appears on the change feed. */
public interface PartRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the SKU is taken; nothing is written */
    Part create(PartDetails part, Actor actor);

    Optional<Part> find(long id);

    Optional<Part> findBySku(String sku);

    /** Parts whose SKU or name starts with {@code prefix} (ignoring case), by SKU, at most {@code limit}. */
    List<Part> search(String prefix, boolean activeOnly, int limit);

    /**
     * Saves new values only if nobody changed the part since it was read as {@code expectedVersion}.
     *
     * @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when
     * @throws com.fieldwork.core.common.NotFoundException when the part does not exist
     */
    Part update(long id, long expectedVersion, PartDetails values, Actor actor);
}
