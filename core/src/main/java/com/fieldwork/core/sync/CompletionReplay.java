package com.fieldwork.core.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.completion.CompletedJob;
import com.fieldwork.core.completion.CompletionIncompleteException;
import com.fieldwork.core.completion.CompletionRequest;
import com.fieldwork.core.completion.Missing;
import com.fieldwork.core.completion.MissingKind;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.sync.SyncPayload.CompleteEvent;
import com.fieldwork.core.workorder.InvalidTransitionException;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A queued "job done": the completion route's rule ({@link com.fieldwork.core.completion.JobCompletion}) at the
 * event's client time, after the status rule of {@link StatusReplay}.
 * <ul>
 *   <li>The job first walks the shortest chain of moves to just before Completed, stamped with the event's
 *       client time, exactly as a newer status event would: the status events still on their way are older
 *       and arrive superseded, so the order they come in does not matter.</li>
 *   <li>The proof is weighed as the route weighs it. Photos are named by the client ids they were uploaded
 *       under ({@code PUT /api/v1/photos/{clientId}} goes first); the signature is the job's latest, which
 *       a signature event earlier in the same batch has already recorded (a batch applies in client-time
 *       order).</li>
 *   <li>Missing proof (an unanswered required item, a photo not uploaded yet, no signature) is
 *       {@code completion_incomplete}, and stored like every domain rejection: a resend of that event id gets
 *       the same answer, so the phone's outbox is not retried forever. Once the missing piece is on the
 *       server, the phone queues a <em>new</em> complete event (a new id), which is judged afresh and can
 *       succeed; the stored rejection of the first one stays as the record of what was missing then.</li>
 * </ul>
 * Any refusal rolls the chained moves back with the event's transaction.
 */
final class CompletionReplay {

    private CompletionReplay() {
    }

    static Map<String, String> apply(EventScope scope, SyncEvent event, CompleteEvent complete, Actor actor) {
        WorkOrder order = scope.workOrders().get(complete.workOrderId(), actor);
        if (!WorkOrderLifecycle.allowedTargets(order.status(), actor.role()).contains(WorkOrderStatus.COMPLETED)) {
            List<WorkOrderStatus> steps = StatusReplay.chain(order.status(), WorkOrderStatus.COMPLETED, actor)
                    .orElseThrow(() -> new InvalidTransitionException(order.status(), WorkOrderStatus.COMPLETED,
                            WorkOrderLifecycle.allowedTargets(order.status(), actor.role())));
            WorkOrder current = order;
            for (WorkOrderStatus step : steps.subList(0, steps.size() - 1)) {
                current = scope.workOrders().changeStatus(current.id(), current.version(), new StatusChange(step,
                        Optional.empty(), complete.request().location(), Optional.of(event.clientTime())), actor);
            }
        }
        CompletionRequest asked = complete.request();
        CompletionRequest request = new CompletionRequest(OptionalLong.empty(), Optional.of(event.clientTime()),
                asked.location(), asked.firstTimeFix(), asked.customerConfirmed(), asked.summary(), OptionalLong.empty(),
                complete.photoClientIds().map(ids -> photoIds(scope, order, ids)));
        CompletedJob done = scope.completion().complete(actor, complete.workOrderId(), request);
        return Map.of("status", done.workOrder().status().name(), "version", Long.toString(done.workOrder().version()),
                "photoIds", done.proof().photoIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                "signatureId", done.proof().signatureId().isPresent()
                        ? Long.toString(done.proof().signatureId().getAsLong()) : "");
    }

    /** A photo not uploaded yet is missing proof, like a photo too few. */
    private static List<Long> photoIds(EventScope scope, WorkOrder order, List<UUID> clientIds) {
        List<Long> ids = new ArrayList<>();
        for (UUID clientId : clientIds) {
            scope.attachments().findByClientId(clientId).map(Attachment::id).ifPresent(ids::add);
        }
        if (ids.size() < clientIds.size()) {
            throw new CompletionIncompleteException(order.id(), order.number(), List.of(new Missing(MissingKind.PHOTOS,
                    OptionalLong.empty(), Optional.empty(), clientIds.size(), ids.size())));
        }
        return ids;
    }
}
