package com.fieldwork.core.completion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What is on the job when the technician asks to complete it.
 *
 * @param answeredItemIds the checklist items that have an answer
 * @param photoIds        the photos offered as proof
 * @param signatureId     the signature offered as proof, if any
 * @param summary         the technician's account of the work, if written
 */
public record CompletionEvidence(Set<Long> answeredItemIds, List<Long> photoIds, OptionalLong signatureId,
                                 Optional<String> summary) {

    public CompletionEvidence {
        answeredItemIds = Set.copyOf(answeredItemIds);
        photoIds = List.copyOf(photoIds);
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(summary, "summary");
    }
}
