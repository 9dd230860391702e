package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** Work order templates with their skills, parts and checklists. Writes are audited and on the change feed. */
public interface TemplateRepository {

    /**
     * Stores the template and all its lists in one transaction: either all of it or nothing.
     *
     * @throws com.fieldwork.core.common.ConflictException when the code is taken or a skill/part/service
     *                                                     type does not exist
     */
    WorkOrderTemplate create(NewWorkOrderTemplate template, Actor actor);

    Optional<WorkOrderTemplate> find(long id);

    /** The templates of one service type, by name; inactive ones only when asked. */
    List<WorkOrderTemplate> templatesFor(long serviceTypeId, boolean includeInactive);

    /** Retires or revives a template; work orders made from it keep their own copies. */
    WorkOrderTemplate setActive(long id, boolean active, Actor actor);
}
