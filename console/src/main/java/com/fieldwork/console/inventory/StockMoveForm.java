package com.fieldwork.console.inventory;

import com.fieldwork.console.form.FieldMessages;
import com.fieldwork.console.form.FormSubmit;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocation;
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

/**
 * One stock move being entered: receive, transfer, adjust or return. Checks what it can as the user types (a
 * message under each field), then asks the ledger; the ledger's refusal (not enough stock, not a van) is shown
 * as it says it, and nothing was moved.
 */
public final class StockMoveForm {

    private final StockMoveKind kind;
    private final StockLedger ledger;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ObservableList<StockLocation> locations;
    private final ObservableList<PartChoice> parts;
    private final ObjectProperty<StockLocation> source = new SimpleObjectProperty<>();
    private final ObjectProperty<StockLocation> destination = new SimpleObjectProperty<>();
    private final ObjectProperty<PartChoice> part = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper locationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper partError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quantityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    StockMoveForm(StockMoveKind kind, StockLedger ledger, TaskExecutor executor, Actor actor,
                  List<StockLocation> locations, List<PartChoice> parts) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.locations = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(locations));
        this.parts = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(parts));
        // what was refused no longer applies once the user changes something
        FieldMessages.clearOnChange(source, refusal);
        FieldMessages.clearOnChange(destination, refusal);
        FieldMessages.clearOnChange(part, refusal);
        quantity.addListener(o -> {
            refusal.set("");
            if (!quantityError.get().isEmpty()) {
                checkQuantity();
            }
        });
        FieldMessages.clearOnChange(reason, refusal, reasonError);
    }

    /**
     * Checks the fields and, when they are fine, moves the stock in the background; {@code onDone} runs once the
     * ledger has recorded it. Returns false (and shows why under the fields) when something is missing.
     */
    public boolean submit(Runnable onDone) {
        refusal.set("");
        boolean ok = checkLocations() & checkPart() & checkQuantity().isPresent() & checkReason();
        if (!ok || busy.get()) {
            return false;
        }
        BigDecimal qty = checkQuantity().orElseThrow();
        long partId = part.get().id();
        String why = reason.get() == null ? "" : reason.get().strip();
        Optional<String> note = why.isEmpty() ? Optional.empty() : Optional.of(why);
        FormSubmit.run(executor, kind.title(), busy, refusal, p -> switch (kind) {
            case RECEIVE -> ledger.receive(destination.get().id(), partId, qty, note, actor);
            case TRANSFER -> ledger.transfer(source.get().id(), destination.get().id(), partId, qty, actor);
            case ADJUST -> ledger.adjust(source.get().id(), partId, qty, why, actor);
            case RETURN -> ledger.returnToWarehouse(source.get().id(), destination.get().id(), partId, qty, note, actor);
        }, movement -> onDone.run(), "Could not record it");
        return true;
    }

    private boolean checkLocations() {
        String message = "";
        if (kind.hasSource() && source.get() == null) {
            message = kind == StockMoveKind.ADJUST ? "Choose the location counted" : "Choose where the stock comes from";
        } else if (kind.hasDestination() && destination.get() == null) {
            message = "Choose where the stock goes";
        } else if (kind.hasSource() && kind.hasDestination() && source.get().id() == destination.get().id()) {
            message = "Choose two different locations";
        }
        locationError.set(message);
        return message.isEmpty();
    }

    private boolean checkPart() {
        partError.set(part.get() == null ? "Choose a part" : "");
        return part.get() != null;
    }

    /** The ledger's own quantity rule, so the message here is the one it would give. */
    private Optional<BigDecimal> checkQuantity() {
        try {
            BigDecimal value = Quantities.parse("quantity", quantity.get());
            value = kind == StockMoveKind.ADJUST ? StockQuantity.nonZero("quantity", value)
                    : StockQuantity.positive("quantity", value);
            quantityError.set("");
            return Optional.of(value);
        } catch (ValidationException e) {
            quantityError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private boolean checkReason() {
        if (!kind.reasonRequired()) {
            return true;
        }
        try {
            Text.required("reason", reason.get(), 500);
            reasonError.set("");
            return true;
        } catch (ValidationException e) {
            reasonError.set("Say why the count differs (e.g. \"damaged in transit\")");
            return false;
        }
    }

    public StockMoveKind kind() {
        return kind;
    }

    public ObservableList<StockLocation> locations() {
        return locations;
    }

    public ObservableList<PartChoice> parts() {
        return parts;
    }

    public ObjectProperty<StockLocation> sourceProperty() {
        return source;
    }

    public ObjectProperty<StockLocation> destinationProperty() {
        return destination;
    }

    public ObjectProperty<PartChoice> partProperty() {
        return part;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty locationErrorProperty() {
        return locationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partErrorProperty() {
        return partError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    /** What the ledger said when it refused; empty otherwise. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
