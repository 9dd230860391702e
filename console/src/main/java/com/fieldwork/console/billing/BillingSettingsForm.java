package com.fieldwork.console.billing;

import com.fieldwork.console.form.FieldMessages;
import com.fieldwork.console.form.FormSubmit;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.BillingSettings;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An administrator's edit of the company's billing settings: the payment link template and the payment terms.
 * The template is checked as it is typed (a sample link, or why it is no link); the save is the service's, which
 * checks the permission and names whoever saved in between.
 */
public final class BillingSettingsForm {

    private final BillingService billing;
    private final TaskExecutor executor;
    private final Actor actor;
    private final StringProperty template = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper templateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private long version;

    BillingSettingsForm(BillingService billing, TaskExecutor executor, Actor actor) {
        this.billing = Objects.requireNonNull(billing, "billing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        template.addListener(o -> {
            refusal.set("");
            templateError.set("");
            showSample();
        });
        FieldMessages.clearOnChange(terms, refusal, termsError);
    }

    /** Reads the settings as stored now into the fields. */
    public void load() {
        busy.set(true);
        executor.submit("Reading the billing settings", p -> billing.settings(actor), settings -> {
            version = settings.version();
            template.set(settings.paymentLinkTemplate().orElse(""));
            terms.set(String.valueOf(settings.paymentTermsDays()));
            busy.set(false);
        }, failure -> refusal.set("Could not read the billing settings: " + failure.getMessage()));
    }

    private void showSample() {
        sample.set("");
        try {
            BillingSettings settings = new BillingSettings(Optional.of(template.get()), 0, version);
            sample.set("e.g. " + settings.paymentLink().render("DEN-000123", new BigDecimal("249.50"), "USD"));
        } catch (ValidationException | IllegalArgumentException e) {
            // shown on save, not while the address is still being typed
        }
    }

    /** Checks the fields and saves in the background; false with the reason under the field when they are wrong. */
    public boolean submit(Consumer<BillingSettings> onSaved) {
        refusal.set("");
        Optional<BillingSettings> settings = settings();
        if (settings.isEmpty()) {
            return false;
        }
        FormSubmit.run(executor, "Saving the billing settings", busy, refusal,
                p -> billing.saveSettings(settings.get(), actor), saved -> {
                    version = saved.version();
                    onSaved.accept(saved);
                }, "Could not save the billing settings");
        return true;
    }

    private Optional<BillingSettings> settings() {
        int days;
        try {
            days = Integer.parseInt(terms.get().strip());
        } catch (NumberFormatException e) {
            termsError.set(terms.get().isBlank() ? "Enter the days from issue to due date"
                    : "Not a number of days: " + terms.get());
            return Optional.empty();
        }
        try {
            return Optional.of(new BillingSettings(Optional.of(template.get()), days, version));
        } catch (ValidationException e) {
            (e.field().equals("paymentTermsDays") ? termsError : templateError).set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Empty for none: invoices then show the neutral placeholder link. */
    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty termsProperty() {
        return terms;
    }

    /** The link an invoice would get with the template as typed. */
    public ReadOnlyStringProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateErrorProperty() {
        return templateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termsErrorProperty() {
        return termsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** True while reading or saving. */
    public BooleanProperty busyProperty() {
        return busy;
    }
}
