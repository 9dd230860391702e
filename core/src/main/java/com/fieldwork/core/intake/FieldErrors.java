package com.fieldwork.core.intake;

import com.fieldwork.core.common.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors instead of stopping at the first, reusing the checks the domain types already
 * make (Text, Address, GeoPoint…) by catching their {@link ValidationException} under a JSON path.
 */
final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** The value, or null after recording why it was refused under {@code field}. */
    <T> T check(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (ValidationException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws IntakeValidationException listing every error so far, if there is any */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new IntakeValidationException(errors);
        }
    }
}
