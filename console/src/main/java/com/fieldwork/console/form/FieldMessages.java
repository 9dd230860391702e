package com.fieldwork.console.form;

import javafx.beans.Observable;
import javafx.beans.property.StringProperty;

/** A form's messages about a field: what was refused no longer applies once the user changes the field. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Clears {@code messages} (the form's refusal, the field's own error) whenever {@code field} changes. */
    public static void clearOnChange(Observable field, StringProperty... messages) {
        field.addListener(o -> {
            for (StringProperty message : messages) {
                message.set("");
            }
        });
    }
}
