package com.fieldwork.core.technician;

import com.fieldwork.core.common.Actor;

import java.util.List;
import java.util.Optional;

/** The company's skills catalogue. */
public interface SkillRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the code is taken */
    Skill create(String code, String name, Actor actor);

    Optional<Skill> findByCode(String code);

    /** All skills by name. */
    List<Skill> list();
}
