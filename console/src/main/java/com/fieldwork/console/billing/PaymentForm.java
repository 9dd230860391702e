package com.fieldwork.console.billing;

import com.fieldwork.console.form.FieldMessages;
import com.fieldwork.console.form.FormSubmit;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.NewPayment;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.PaymentMethod;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A payment being entered against one invoice. Checks the fields as far as it can (a message under each), then
 * asks the billing service; its refusal (more than is outstanding, a void or paid invoice) is shown as it says
 * it, and nothing was recorded.
 */
public final class PaymentForm {

    private final Invoice invoice;
    private final BillingService billing;
    private final TaskExecutor executor;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.BANK_TRANSFER);
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper referenceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    PaymentForm(Invoice invoice, BillingService billing, TaskExecutor executor, Actor actor, Clock clock, ZoneId zone) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        // the usual case is the whole balance, received today
        amount.set(Money.plain(invoice.outstanding().max(BigDecimal.ZERO)));
        date.set(LocalDate.now(clock.withZone(zone)));
        // what was refused no longer applies once the user changes something
        FieldMessages.clearOnChange(amount, refusal, amountError);
        FieldMessages.clearOnChange(method, refusal, referenceError);
        FieldMessages.clearOnChange(reference, refusal, referenceError);
        FieldMessages.clearOnChange(date, refusal, dateError);
    }

    public Invoice invoice() {
        return invoice;
    }

    /**
     * Checks the fields and, when they are fine, records the payment in the background; {@code onSaved} runs once
     * it is stored. Returns false (with the reason under the field) when the form itself is wrong.
     */
    public boolean submit(Consumer<Payment> onSaved) {
        refusal.set("");
        Optional<NewPayment> payment = payment();
        if (payment.isEmpty()) {
            return false;
        }
        FormSubmit.run(executor, "Recording a payment", busy, refusal, p -> billing.recordPayment(payment.get(), actor),
                onSaved, "Could not record the payment");
        return true;
    }

    private Optional<NewPayment> payment() {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.get().trim().replace(",", ""));
        } catch (NumberFormatException e) {
            amountError.set(amount.get().isBlank() ? "Enter the amount received" : "Not an amount: " + amount.get());
            return Optional.empty();
        }
        LocalDate received = date.get();
        if (received == null) {
            dateError.set("Enter the day it was received");
            return Optional.empty();
        }
        if (received.isAfter(LocalDate.now(clock.withZone(zone)))) {
            dateError.set("A payment cannot be received in the future");
            return Optional.empty();
        }
        try {
            return Optional.of(new NewPayment(invoice.id(), value, method.get(),
                    Optional.of(reference.get()).filter(r -> !r.isBlank()), receivedAt(received)));
        } catch (ValidationException e) {
            (e.field().equals("reference") ? referenceError : amountError).set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Today's payment is stamped now; an earlier day's at noon of that day, so it stays on that day anywhere. */
    private Instant receivedAt(LocalDate day) {
        return day.equals(LocalDate.now(clock.withZone(zone))) ? clock.instant()
                : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceErrorProperty() {
        return referenceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
