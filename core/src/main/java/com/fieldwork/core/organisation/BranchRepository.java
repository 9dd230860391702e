package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where branches are kept. Every write is audited and appears on the change feed. */
public interface BranchRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the code is taken */
    Branch create(BranchDetails branch, Actor actor);

    Optional<Branch> find(long id);

    /** @throws NotFoundException when there is no such branch */
    default Branch get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("branch", id));
    }

    /** All branches by name. A company has a handful, so no paging. */
    List<Branch> list();

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    Branch update(long id, long expectedVersion, BranchDetails branch, Actor actor);
}
