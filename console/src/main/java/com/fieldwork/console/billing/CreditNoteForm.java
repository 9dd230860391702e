package com.fieldwork.console.billing;

import com.fieldwork.console.form.FieldMessages;
import com.fieldwork.console.form.FormSubmit;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.CreditAmount;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceRules;
import com.fieldwork.core.billing.InvoiceTotals;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.DomainException;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A credit note being prepared against one issued invoice: the whole invoice, chosen lines, or an amount before
 * tax (one line at the invoice's rate, {@link CreditAmount}), always with a reason. The total is shown as it is
 * chosen, and more than is left to credit is refused here with the service's own words before anything is sent.
 */
public final class CreditNoteForm {

    /** What is credited. */
    public enum Scope {
        WHOLE_INVOICE, CHOSEN_LINES, AMOUNT
    }

    private final Invoice invoice;
    private final BillingService billing;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.WHOLE_INVOICE);
    private final List<BooleanProperty> chosen = new ArrayList<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    CreditNoteForm(Invoice invoice, BillingService billing, TaskExecutor executor, Actor actor) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        for (int i = 0; i < invoice.lines().size(); i++) {
            BooleanProperty line = new SimpleBooleanProperty(false);
            line.addListener(o -> {
                if (line.get()) {
                    scope.set(Scope.CHOSEN_LINES);
                }
            });
            chosen.add(line);
        }
        amount.addListener(o -> {
            if (!amount.get().isBlank()) {
                scope.set(Scope.AMOUNT);
            }
        });
        List<Observable> inputs = new ArrayList<>(chosen);
        inputs.add(scope);
        inputs.add(amount);
        for (Observable input : inputs) {
            input.addListener(o -> {
                refusal.set("");
                check();
            });
        }
        FieldMessages.clearOnChange(reason, refusal, reasonError);
        check();
    }

    public Invoice invoice() {
        return invoice;
    }

    /** What is left to credit, tax included. */
    public BigDecimal creditable() {
        return CreditAmount.creditable(invoice);
    }

    /**
     * Checks the choice and the reason and, when they are fine, issues the credit note in the background;
     * {@code onSaved} runs once it is stored. Returns false (with the reason in the form) when the form is wrong.
     */
    public boolean submit(Consumer<Invoice> onSaved) {
        refusal.set("");
        Optional<List<InvoiceLine>> lines = check();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            reasonError.set("Give the reason: it is printed on the credit note");
        }
        if (lines.isEmpty() || why.isEmpty()) {
            return false;
        }
        Optional<List<InvoiceLine>> credited = scope.get() == Scope.WHOLE_INVOICE ? Optional.empty() : lines;
        FormSubmit.run(executor, "Crediting " + invoice.label(), busy, refusal,
                p -> billing.creditNote(invoice.id(), credited, Optional.of(why), actor), onSaved,
                "Could not issue the credit note");
        return true;
    }

    /** The lines the choice credits, with the summary or the reason there are none. */
    private Optional<List<InvoiceLine>> check() {
        error.set("");
        summary.set("");
        try {
            List<InvoiceLine> lines = lines();
            InvoiceTotals totals = InvoiceTotals.of(lines);
            // the same rule and words as the service, before anything is sent
            InvoiceRules.checkCredit(invoice, totals.total());
            summary.set("Credits " + Money.text(totals.total()) + " " + invoice.currency() + " (" + Money.text(totals.subtotal())
                        + " + tax " + Money.text(totals.taxTotal()) + ") of " + Money.text(creditable()) + " left to credit");
            return Optional.of(lines);
        } catch (DomainException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private List<InvoiceLine> lines() {
        return switch (scope.get()) {
            case WHOLE_INVOICE -> invoice.lines();
            case CHOSEN_LINES -> {
                List<InvoiceLine> lines = new ArrayList<>();
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i).get()) {
                        lines.add(invoice.lines().get(i));
                    }
                }
                if (lines.isEmpty()) {
                    throw new com.fieldwork.core.common.ValidationException("lines", "Choose the lines to credit");
                }
                yield lines;
            }
            case AMOUNT -> List.of(CreditAmount.line(invoice, amount(), reason.get()));
        };
    }

    private BigDecimal amount() {
        String text = amount.get() == null ? "" : amount.get().strip().replace(",", "");
        if (text.isEmpty()) {
            throw new com.fieldwork.core.common.ValidationException("amount", "Enter the amount to credit, before tax");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new com.fieldwork.core.common.ValidationException("amount", "Not an amount: " + amount.get());
        }
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** One per invoice line, in order: whether that line is credited (choosing one switches to chosen lines). */
    public List<BooleanProperty> lineChoices() {
        return chosen;
    }

    /** The amount before tax (typing one switches to an amount). */
    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the choice credits, tax included, and what is left. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the choice cannot be credited (nothing chosen, not an amount, more than is left). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    /** The service's refusal; nothing was issued. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
