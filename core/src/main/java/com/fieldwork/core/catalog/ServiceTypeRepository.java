package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** Where service types are kept. Every write is audited and appears on the change feed. */
public interface ServiceTypeRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the code is taken */
    ServiceType create(NewServiceType serviceType, Actor actor);

    Optional<ServiceType> find(long id);

    /** All service types by code. */
    List<ServiceType> list();

    /**
     * The table has no version column, so this is last-writer-wins; a code taken by another type is
     * refused.
     */
    ServiceType update(long id, NewServiceType values, Actor actor);
}
