package com.fieldwork.console.workorder.records;

import com.fieldwork.console.inventory.Quantities;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.WorkOrderRepository;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The parts tab's "Return unused parts" command: reads what the job may still give back and the vans and
 * warehouses of its branch (off the FX thread), hands a {@link PartsReturnForm} over, and says what was returned.
 * The tab itself reloads from the change feed's stock movement row.
 */
public final class PartsReturns {

    private final JobRecordReads reads;
    private final WorkOrderRepository workOrders;
    private final StockLocationRepository locations;
    private final StockLedger ledger;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PartsReturns(JobRecordReads reads, WorkOrderRepository workOrders, StockLocationRepository locations,
                        StockLedger ledger, TaskExecutor executor, Actor actor) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * Those who manage stock, and a dispatcher recording what a technician phoned in (field moves are recorded
     * under WORK_ORDER_EDIT); the ledger checks what may come back.
     */
    public boolean mayReturn() {
        return actor.can(Permission.INVENTORY_MANAGE) || actor.can(Permission.WORK_ORDER_EDIT);
    }

    /** Prepares the form for the job; {@code onReady} runs on the FX thread, or the message says why not. */
    public void prepare(long workOrderId, Consumer<PartsReturnForm> onReady) {
        message.set("");
        executor.submit("Reading the job's parts", p -> {
            long branch = workOrders.find(workOrderId).orElseThrow(() -> new NotFoundException("work order", workOrderId))
                    .branchId();
            return new PartsReturnForm(workOrderId, ReturnablePart.of(reads.partsUsed(workOrderId)),
                    locations.atBranch(branch), ledger, executor, actor);
        }, form -> {
            if (form.hasParts()) {
                onReady.accept(form);
            } else {
                message.set("Nothing to return: every part used on this job has been given back, or none was used");
            }
        }, failure -> message.set("Could not read the job's parts: " + failure.getMessage()));
    }

    /** What the dialog calls once the ledger has recorded the return. */
    public void returned(StockMovement movement, PartsReturnForm form) {
        message.set("Returned " + Quantities.plain(movement.quantity()) + " " + form.partProperty().get().unit() + " "
                    + form.partProperty().get().sku() + " to " + form.destinationProperty().get().name());
    }

    /** What the last return did, or why none could be prepared. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
