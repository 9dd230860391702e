package com.fieldwork.core.completion;

import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.WorkOrderTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule "is there enough proof to call this job done", kept pure so it is tested without a database.
 * Every shortfall is reported, not just the first, because the technician is standing at the customer's door
 * and should fix them all before trying again.
 */
public final class CompletionRequirements {

    private CompletionRequirements() {
    }

    /** @return what is missing, in checklist order, then photos, signature and summary; empty when complete */
    public static List<Missing> missing(Optional<WorkOrderTemplate> template, CompletionEvidence evidence) {
        List<Missing> missing = new ArrayList<>();
        if (template.isEmpty()) {
            // no checklist, photos or signature to show the work: the technician's own words are the minimum
            if (evidence.summary().filter(s -> !s.isBlank()).isEmpty()) {
                missing.add(Missing.one(MissingKind.SUMMARY));
            }
            return List.copyOf(missing);
        }
        WorkOrderTemplate t = template.get();
        for (ChecklistItem item : t.checklist()) {
            if (item.required() && !evidence.answeredItemIds().contains(item.id())) {
                missing.add(Missing.checklistItem(item.id(), item.prompt()));
            }
        }
        int photos = evidence.photoIds().size();
        if (photos < t.minPhotos()) {
            missing.add(Missing.photos(t.minPhotos(), photos));
        }
        if (t.requiresSignature() && evidence.signatureId().isEmpty()) {
            missing.add(Missing.one(MissingKind.SIGNATURE));
        }
        return List.copyOf(missing);
    }
}
