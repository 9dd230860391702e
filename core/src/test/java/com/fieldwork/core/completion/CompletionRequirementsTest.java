package com.fieldwork.core.completion;

import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.workorder.Priority;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of "enough proof to complete" on its own, and all of them reported together. */
class CompletionRequirementsTest {

    static final ChecklistItem BURNER = new ChecklistItem(11, 1, "Burner lit?", ChecklistItemKind.YES_NO, true);
    static final ChecklistItem PRESSURE = new ChecklistItem(12, 2, "Gas pressure", ChecklistItemKind.NUMBER, true);
    static final ChecklistItem REMARKS = new ChecklistItem(13, 3, "Remarks", ChecklistItemKind.TEXT, false);

    static WorkOrderTemplate template(boolean signature, int minPhotos) {
        return new WorkOrderTemplate(1, 1, "FURN", "Furnace", Optional.empty(), Duration.ofMinutes(60),
                Priority.NORMAL, signature, minPhotos, Optional.empty(), true, List.of(), List.of(),
                List.of(BURNER, PRESSURE, REMARKS));
    }

    static CompletionEvidence evidence(Set<Long> answered, List<Long> photos, OptionalLong signature,
                                       Optional<String> summary) {
        return new CompletionEvidence(answered, photos, signature, summary);
    }

    static final CompletionEvidence EVERYTHING = evidence(Set.of(11L, 12L), List.of(1L, 2L), OptionalLong.of(9),
            Optional.empty());

    @Test
    void completeProofLacksNothing() {
        assertThat(CompletionRequirements.missing(Optional.of(template(true, 2)), EVERYTHING)).isEmpty();
    }

    @Test
    void anUnansweredRequiredItemIsMissingButAnOptionalOneIsNot() {
        var missing = CompletionRequirements.missing(Optional.of(template(false, 0)),
                evidence(Set.of(11L), List.of(), OptionalLong.empty(), Optional.empty()));
        assertThat(missing).containsExactly(new Missing(MissingKind.CHECKLIST_ITEM, OptionalLong.of(12),
                Optional.of("Gas pressure"), 1, 0));
    }

    @Test
    void tooFewPhotosSayHowManyAreNeededAndThere() {
        var missing = CompletionRequirements.missing(Optional.of(template(false, 3)),
                evidence(Set.of(11L, 12L), List.of(1L), OptionalLong.empty(), Optional.empty()));
        assertThat(missing).containsExactly(new Missing(MissingKind.PHOTOS, OptionalLong.empty(), Optional.empty(), 3, 1));
    }

    @Test
    void aRequiredSignatureIsMissingWhenNoneIsGiven() {
        var missing = CompletionRequirements.missing(Optional.of(template(true, 0)),
                evidence(Set.of(11L, 12L), List.of(), OptionalLong.empty(), Optional.empty()));
        assertThat(missing).extracting(Missing::kind).containsExactly(MissingKind.SIGNATURE);
    }

    @Test
    void everyShortfallIsReportedAtOnceInChecklistOrder() {
        var missing = CompletionRequirements.missing(Optional.of(template(true, 2)),
                evidence(Set.of(), List.of(), OptionalLong.empty(), Optional.of("done")));
        assertThat(missing).extracting(Missing::kind).containsExactly(MissingKind.CHECKLIST_ITEM,
                MissingKind.CHECKLIST_ITEM, MissingKind.PHOTOS, MissingKind.SIGNATURE);
        assertThat(missing.get(0).itemId()).hasValue(11);
        assertThat(missing.get(1).itemId()).hasValue(12);
    }

    @Test
    void aJobWithoutTemplateNeedsOnlyASummary() {
        assertThat(CompletionRequirements.missing(Optional.empty(),
                evidence(Set.of(), List.of(), OptionalLong.empty(), Optional.of("Replaced the thermostat")))).isEmpty();
        assertThat(CompletionRequirements.missing(Optional.empty(),
                evidence(Set.of(), List.of(), OptionalLong.empty(), Optional.of("  "))))
                .extracting(Missing::kind).containsExactly(MissingKind.SUMMARY);
    }

    @Test
    void onlyTechniciansAreSentToTheCompletionRoute() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompletionPolicy.requireProofForTechnician(
                com.fieldwork.core.security.Role.TECHNICIAN, com.fieldwork.core.workorder.WorkOrderStatus.COMPLETED, 5))
                .isInstanceOf(CompletionRequiresProofException.class);
        CompletionPolicy.requireProofForTechnician(com.fieldwork.core.security.Role.DISPATCHER,
                com.fieldwork.core.workorder.WorkOrderStatus.COMPLETED, 5);
        CompletionPolicy.requireProofForTechnician(com.fieldwork.core.security.Role.TECHNICIAN,
                com.fieldwork.core.workorder.WorkOrderStatus.IN_PROGRESS, 5);
    }
}
