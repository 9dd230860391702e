package com.fieldwork.console.form;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.DomainException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * How a form sends what was entered: busy while the work runs off the FX thread, then either {@code onDone} or
 * the refusal shown in the form — a rule's own words as it says them, anything else after {@code failing}.
 */
public final class FormSubmit {

    private FormSubmit() {
    }

    /** @param failing how an unexpected failure's message starts, e.g. "Could not record the payment" */
    public static <T> void run(TaskExecutor executor, String title, BooleanProperty busy, StringProperty refusal,
                               TaskExecutor.BackgroundWork<T> work, Consumer<? super T> onDone, String failing) {
        busy.set(true);
        executor.submit(title, work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, failure -> {
            busy.set(false);
            refusal.set(failure instanceof DomainException ? failure.getMessage() : failing + ": " + failure.getMessage());
        });
    }
}
