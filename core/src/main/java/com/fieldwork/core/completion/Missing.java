package com.fieldwork.core.completion;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One thing a job lacks before it can be completed; the phone lists them all so the technician can fix
 * everything in one go instead of discovering them one refusal at a time.
 *
 * @param itemId the checklist item, for {@link MissingKind#CHECKLIST_ITEM} only
 * @param prompt the checklist item's question, for {@link MissingKind#CHECKLIST_ITEM} only
 * @param needed how many are required (1 for an item, a signature or a summary)
 * @param have   how many are there
 */
public record Missing(MissingKind kind, OptionalLong itemId, Optional<String> prompt, int needed, int have) {

    public Missing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(prompt, "prompt");
    }

    static Missing checklistItem(long itemId, String prompt) {
        return new Missing(MissingKind.CHECKLIST_ITEM, OptionalLong.of(itemId), Optional.of(prompt), 1, 0);
    }

    static Missing photos(int needed, int have) {
        return new Missing(MissingKind.PHOTOS, OptionalLong.empty(), Optional.empty(), needed, have);
    }

    static Missing one(MissingKind kind) {
        return new Missing(kind, OptionalLong.empty(), Optional.empty(), 1, 0);
    }
}
