package com.fieldwork.console.workorder;

import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.SkillRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a template's skill and part ids into the lines the form shows. Runs in the background. */
final class SkillAndPartNames {

    private final SkillRepository skills;
    private final PartRepository parts;

    SkillAndPartNames(SkillRepository skills, PartRepository parts) {
        this.skills = skills;
        this.parts = parts;
    }

    List<String> describe(WorkOrderFormViewModel.TemplateDefaults defaults) {
        Map<Long, Skill> byId = skills.list().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        List<String> lines = new ArrayList<>();
        defaults.skills().forEach(s -> lines.add("Skill: " + (byId.containsKey(s.skillId())
                ? byId.get(s.skillId()).name() : "#" + s.skillId()) + ", level " + s.minLevel() + " or higher"));
        defaults.parts().forEach(p -> lines.add("Part: " + p.quantity().stripTrailingZeros().toPlainString() + " × "
                + parts.find(p.partId()).map(part -> part.details().sku() + " " + part.details().name())
                .orElse("#" + p.partId())));
        defaults.checklist().forEach(item -> lines.add("Checklist " + item.position() + ": " + item.prompt()
                + (item.required() ? " (required)" : "")));
        return lines;
    }
}
