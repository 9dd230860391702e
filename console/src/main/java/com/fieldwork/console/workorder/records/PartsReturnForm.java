package com.fieldwork.console.workorder.records;

import com.fieldwork.console.form.FieldMessages;
import com.fieldwork.console.form.FormSubmit;
import com.fieldwork.console.inventory.Quantities;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.inventory.StockQuantity;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Unused parts of a job going back into stock (the ledger's {@code returnFromJob}): which part, how many (at most
 * what the job used and has not returned, checked here and again by the ledger), into which van or warehouse of
 * the job's branch, with an optional note. The ledger's refusal is shown as it says it, and nothing moved.
 */
public final class PartsReturnForm {

    private final long workOrderId;
    private final StockLedger ledger;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ObservableList<ReturnablePart> parts;
    private final ObservableList<StockLocation> locations;
    private final ObjectProperty<ReturnablePart> part = new SimpleObjectProperty<>();
    private final ObjectProperty<StockLocation> destination = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper partError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper locationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quantityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    PartsReturnForm(long workOrderId, List<ReturnablePart> parts, List<StockLocation> locations, StockLedger ledger,
                    TaskExecutor executor, Actor actor) {
        this.workOrderId = workOrderId;
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.parts = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(parts));
        this.locations = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(locations));
        // choosing a part proposes all that is left of it, back where it came from
        part.addListener((o, was, now) -> {
            refusal.set("");
            partError.set("");
            quantityError.set("");
            if (now != null) {
                quantity.set(Quantities.plain(now.remaining()));
                locations.stream().filter(l -> l.code().equals(now.takenFromCode())).findFirst()
                        .ifPresent(destination::set);
            }
        });
        FieldMessages.clearOnChange(destination, refusal, locationError);
        FieldMessages.clearOnChange(quantity, refusal, quantityError);
        FieldMessages.clearOnChange(note, refusal);
        if (parts.size() == 1) {
            part.set(parts.get(0));
        }
    }

    /** Whether the job has anything left to give back. */
    public boolean hasParts() {
        return !parts.isEmpty();
    }

    /**
     * Checks the fields and, when they are fine, records the return in the background; {@code onDone} gets the
     * movement once stored. False (with the reason under the field) when the form itself is wrong.
     */
    public boolean submit(Consumer<StockMovement> onDone) {
        refusal.set("");
        ReturnablePart chosen = part.get();
        StockLocation into = destination.get();
        partError.set(chosen == null ? "Choose the part that comes back" : "");
        locationError.set(into == null ? "Choose the van or warehouse it goes back to" : "");
        Optional<BigDecimal> qty = chosen == null ? Optional.empty() : quantity(chosen);
        if (chosen == null || into == null || qty.isEmpty() || busy.get()) {
            return false;
        }
        Optional<String> why = Optional.ofNullable(note.get()).map(String::strip).filter(n -> !n.isEmpty());
        FormSubmit.run(executor, "Returning " + chosen.sku(), busy, refusal,
                p -> ledger.returnFromJob(workOrderId, into.id(), chosen.partId(), qty.get(), why, actor), onDone,
                "Could not record the return");
        return true;
    }

    private Optional<BigDecimal> quantity(ReturnablePart chosen) {
        try {
            BigDecimal value = StockQuantity.positive("quantity", Quantities.parse("quantity", quantity.get()));
            if (value.compareTo(chosen.remaining()) > 0) {
                throw new ValidationException("quantity", "At most " + Quantities.plain(chosen.remaining()) + " "
                        + chosen.unit() + " of " + chosen.sku() + " can come back: that is what the job used and has"
                        + " not returned");
            }
            return Optional.of(value);
        } catch (ValidationException e) {
            quantityError.set(e.getMessage());
            return Optional.empty();
        }
    }

    public ObservableList<ReturnablePart> parts() {
        return parts;
    }

    /** The vans and warehouses of the job's branch. */
    public ObservableList<StockLocation> locations() {
        return locations;
    }

    public ObjectProperty<ReturnablePart> partProperty() {
        return part;
    }

    public ObjectProperty<StockLocation> destinationProperty() {
        return destination;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty partErrorProperty() {
        return partError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationErrorProperty() {
        return locationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
