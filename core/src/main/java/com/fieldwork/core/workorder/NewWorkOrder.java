package com.fieldwork.core.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What a dispatcher, a portal or an ERP gives to open a work order. */
public record NewWorkOrder(long customerId, long siteId, OptionalLong assetId, long serviceTypeId,
                           OptionalLong templateId, long branchId, Priority priority, String summary,
                           Optional<String> description, int estimatedMinutes, WorkOrderSource source,
                           Optional<String> externalRef, Optional<TimeSlot> customerWindow,
                           List<RequiredSkill> requiredSkills, List<PartQuantity> requiredParts) {

    public NewWorkOrder {
        positive("customerId", customerId);
        positive("siteId", siteId);
        positive("serviceTypeId", serviceTypeId);
        positive("branchId", branchId);
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(customerWindow, "customerWindow");
        summary = Text.required("summary", summary, 200);
        description = Text.optional("description", description, 4000);
        externalRef = Text.optional("externalRef", externalRef, 100);
        if (estimatedMinutes <= 0 || estimatedMinutes > 7 * 24 * 60) {
            throw new ValidationException("estimatedMinutes",
                    "Estimated minutes must be between 1 and one week (10080), got " + estimatedMinutes);
        }
        if ((source == WorkOrderSource.API || source == WorkOrderSource.PORTAL) && externalRef.isEmpty()) {
            throw new ValidationException("externalRef",
                    "A work order from the " + source.name().toLowerCase() + " needs its external reference, so a resend is recognised");
        }
        requiredSkills = List.copyOf(requiredSkills);
        requiredParts = List.copyOf(requiredParts);
        if (requiredSkills.stream().map(RequiredSkill::skillId).distinct().count() != requiredSkills.size()) {
            throw new ValidationException("requiredSkills", "Each skill may be required only once");
        }
        if (requiredParts.stream().map(PartQuantity::partId).distinct().count() != requiredParts.size()) {
            throw new ValidationException("requiredParts", "Each part may be listed only once");
        }
    }

    private static void positive(String field, long id) {
        if (id <= 0) {
            throw new ValidationException(field, field + " must be a positive id, got " + id);
        }
    }
}
