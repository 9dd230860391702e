package com.fieldwork.core.completion;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.FieldClockRule;
import com.fieldwork.core.workorder.ClosedWorkOrders;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Completing a job with proof. The checks run in the order a caller can act on them: a job you may not see is
 * not found, a move the lifecycle does not allow is refused, a phone clock in the future is refused, and only
 * then is the proof weighed, so "already completed" is never reported as "photos missing".
 */
public final class JobCompletion {

    private final WorkOrderService workOrders;
    private final JobEvidence evidence;
    private final CompletionRecords records;
    private static final System.Logger LOG = System.getLogger(JobCompletion.class.getName());

    private final Clock clock;
    private final JobCompletedListener listener;

    public JobCompletion(WorkOrderService workOrders, JobEvidence evidence, CompletionRecords records, Clock clock) {
        this(workOrders, evidence, records, clock, JobCompletedListener.NONE);
    }

    /** @param listener told after each completion has committed (the service report is made there) */
    public JobCompletion(WorkOrderService workOrders, JobEvidence evidence, CompletionRecords records, Clock clock,
                         JobCompletedListener listener) {
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @throws com.fieldwork.core.common.NotFoundException              another technician's job, or none
     * @throws com.fieldwork.core.workorder.InvalidTransitionException  the job is not in a status to complete
     * @throws CompletionIncompleteException                            listing every missing piece of proof
     */
    public CompletedJob complete(Actor actor, long workOrderId, CompletionRequest request) {
        WorkOrder order = workOrders.get(workOrderId, actor);
        ClosedWorkOrders.requireOpen(order.number(), order.status(), "completing it again");
        WorkOrderLifecycle.check(order.status(), WorkOrderStatus.COMPLETED, actor.role());
        Instant completedAt = request.completedAt().orElse(clock.instant());
        FieldClockRule.notInFuture("completedAt", completedAt, clock);
        CompletionEvidence proof = evidence.gather(workOrderId, request);
        List<Missing> missing = CompletionRequirements.missing(evidence.templateOf(order), proof);
        if (!missing.isEmpty()) {
            throw new CompletionIncompleteException(workOrderId, order.number(), missing);
        }
        StatusChange change = new StatusChange(WorkOrderStatus.COMPLETED, Optional.of("completed with proof"),
                request.location(), Optional.of(completedAt));
        CompletedJob done = records.complete(workOrderId, request.expectedVersion().orElse(order.version()), change,
                new CompletionProof(completedAt, request.location(), request.firstTimeFix(),
                        request.customerConfirmed(), proof.signatureId(), proof.photoIds(), request.summary()),
                actor);
        try {
            listener.completed(done, actor);
        } catch (RuntimeException e) {
            // committed already; what the listener makes (the report) is made again when first asked for
            LOG.log(System.Logger.Level.WARNING, "After completing work order " + workOrderId, e);
        }
        return done;
    }
}
