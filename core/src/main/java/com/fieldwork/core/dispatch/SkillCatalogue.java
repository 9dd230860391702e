package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.technician.Skill;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The company's skills by id: a job may only require a skill the company knows. */
public final class SkillCatalogue {

    private final Map<Long, Skill> byId;

    public SkillCatalogue(Collection<Skill> skills) {
        this.byId = skills.stream().collect(Collectors.toUnmodifiableMap(Skill::id, Function.identity()));
    }

    /** @throws ValidationException naming the job when the skill is not in the catalogue */
    public Skill require(long skillId, String requiredBy) {
        Skill skill = byId.get(skillId);
        if (skill == null) {
            throw new ValidationException("requiredSkills", requiredBy + " requires skill #" + skillId
                    + ", which is not in the skills catalogue");
        }
        return skill;
    }
}
