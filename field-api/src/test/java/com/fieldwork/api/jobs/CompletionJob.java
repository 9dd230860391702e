package com.fieldwork.api.jobs;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.NewChecklistItem;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.field.JooqSignatureRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A job of technician A, In progress, made from a strict template: two required checklist items and an
 * optional one, at least two photos and the customer's signature. Proof is added through the same
 * repositories the record routes use (the bytes need not exist: completion only looks at the rows).
 */
final class CompletionJob {

    final JobWorld world;
    final WorkOrderTemplate template;
    final WorkOrder job;

    CompletionJob(JobWorld world, boolean withTemplate) {
        this.world = world;
        WorkOrder like = world.mainJob;
        template = new JooqTemplateRepository(world.dsl, world.clock).create(new NewWorkOrderTemplate(
                like.serviceTypeId(), "STRICT-" + withTemplate, "Strict service", Optional.empty(),
                Duration.ofMinutes(60), Priority.NORMAL, true, 2, Optional.empty(), List.of(), List.of(), List.of(
                        new NewChecklistItem("Flue clear?", ChecklistItemKind.YES_NO, true),
                        new NewChecklistItem("CO reading (ppm)", ChecklistItemKind.NUMBER, true),
                        new NewChecklistItem("Remarks", ChecklistItemKind.TEXT, false))), world.dispatcher.actor());
        WorkOrder created = world.workOrders.create(new NewWorkOrder(like.customerId(), like.siteId(),
                OptionalLong.empty(), like.serviceTypeId(),
                withTemplate ? OptionalLong.of(template.id()) : OptionalLong.empty(), like.branchId(),
                Priority.NORMAL, "Annual check", Optional.empty(), 60, WorkOrderSource.MANUAL, Optional.empty(),
                Optional.empty(), List.of(), List.of()), Optional.empty(), world.dispatcher.actor());
        new JooqVisitRepository(world.dsl, world.clock).create(new NewVisit(created.id(),
                world.techA.actor().technicianId(), Optional.of(new TimeSlot(Instant.parse("2026-03-10T15:00:00Z"),
                Instant.parse("2026-03-10T16:00:00Z"))), false), world.dispatcher.actor());
        // the repository applies moves without the lifecycle's role checks: straight to where completion starts
        job = world.workOrders.changeStatus(created.id(), created.version(),
                StatusChange.to(WorkOrderStatus.IN_PROGRESS), world.dispatcher.actor());
    }

    long item(int index) {
        return template.checklist().get(index).id();
    }

    void answerRequired() {
        var answers = new JooqChecklistAnswers(world.dsl, world.clock);
        answers.answer(job.id(), item(0), new ChecklistAnswer.YesNo(true), world.techA.actor());
        answers.answer(job.id(), item(1), new ChecklistAnswer.Numeric(new java.math.BigDecimal("3")), world.techA.actor());
    }

    long photo(String name) {
        byte[] bytes = name.getBytes();
        return new JooqAttachmentRepository(world.dsl, world.clock).createPhoto(new NewPhoto(UUID.randomUUID(),
                job.id(), OptionalLong.empty(), name, Optional.empty(), Optional.empty(), ImageType.JPEG,
                new StoredContent(ContentHash.of(bytes), bytes.length, "test/" + name)), world.techA.actor())
                .attachment().id();
    }

    long sign() {
        byte[] bytes = "signature".getBytes();
        return new JooqSignatureRepository(world.dsl, world.clock).capture(new NewSignature(UUID.randomUUID(),
                job.id(), OptionalLong.empty(), "Ann Customer", JobWorld.NOW, Optional.empty(),
                new SignatureImage.Png(bytes)), new StoredContent(ContentHash.of(bytes), bytes.length, "test/sig"),
                world.techA.actor()).id();
    }
}
