package com.fieldwork.core.catalog;

import com.fieldwork.core.workorder.Priority;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stored template with its skills, parts and checklist (in position order). */
public record WorkOrderTemplate(long id, long serviceTypeId, String code, String name, Optional<String> description,
                                Duration defaultDuration, Priority defaultPriority, boolean requiresSignature,
                                int minPhotos, Optional<BigDecimal> fixedFee, boolean active,
                                List<RequiredSkill> requiredSkills, List<PartQuantity> defaultParts,
                                List<ChecklistItem> checklist) {

    public WorkOrderTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultDuration, "defaultDuration");
        Objects.requireNonNull(defaultPriority, "defaultPriority");
        Objects.requireNonNull(fixedFee, "fixedFee");
        requiredSkills = List.copyOf(requiredSkills);
        defaultParts = List.copyOf(defaultParts);
        checklist = List.copyOf(checklist);
    }
}
