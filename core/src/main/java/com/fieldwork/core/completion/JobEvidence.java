package com.fieldwork.core.completion;

import com.fieldwork.core.catalog.TemplateRepository;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.AttachmentRepository;
import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.RecordedAnswer;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.workorder.WorkOrder;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers a job's proof through the existing field-record ports, and checks that photos and the signature
 * the phone names really belong to this job (an id of another job's photo must not prove this one).
 */
public final class JobEvidence {

    private final TemplateRepository templates;
    private final ChecklistAnswers answers;
    private final AttachmentRepository attachments;
    private final SignatureRepository signatures;

    public JobEvidence(TemplateRepository templates, ChecklistAnswers answers, AttachmentRepository attachments,
                       SignatureRepository signatures) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    Optional<WorkOrderTemplate> templateOf(WorkOrder order) {
        OptionalLong id = order.templateId();
        return id.isPresent() ? templates.find(id.getAsLong()) : Optional.empty();
    }

    /** @throws ValidationException naming {@code photoIds} or {@code signatureId} when one is not this job's */
    CompletionEvidence gather(long workOrderId, CompletionRequest request) {
        Set<Long> answered = answers.answers(workOrderId).stream()
                .map(RecordedAnswer::checklistItemId).collect(Collectors.toSet());
        return new CompletionEvidence(answered, photos(workOrderId, request.photoIds()),
                signature(workOrderId, request.signatureId()), request.summary());
    }

    private List<Long> photos(long workOrderId, Optional<List<Long>> asked) {
        List<Long> onJob = attachments.forWorkOrder(workOrderId).stream()
                .filter(a -> a.kind() == AttachmentKind.PHOTO).map(Attachment::id).toList();
        if (asked.isEmpty()) {
            return onJob;
        }
        for (Long id : asked.get()) {
            if (id == null || !onJob.contains(id)) {
                throw new ValidationException("photoIds", "Photo " + id + " is not a photo of work order " + workOrderId);
            }
        }
        return asked.get().stream().distinct().toList();
    }

    private OptionalLong signature(long workOrderId, OptionalLong asked) {
        List<Signature> onJob = signatures.forWorkOrder(workOrderId);
        if (asked.isPresent()) {
            long id = asked.getAsLong();
            if (onJob.stream().noneMatch(s -> s.id() == id)) {
                throw new ValidationException("signatureId", "Signature " + id + " is not on work order " + workOrderId);
            }
            return asked;
        }
        // the customer signed last, so the newest signature is the one that confirms the finished work
        return onJob.stream().max(Comparator.comparing(Signature::signedAt).thenComparingLong(Signature::id))
                .map(s -> OptionalLong.of(s.id())).orElse(OptionalLong.empty());
    }
}
