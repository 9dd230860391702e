package com.fieldwork.core.intake;

import com.fieldwork.core.common.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything wrong with an intake request, not just the first thing: a form can mark every field at
 * once and an integrator fixes their mapping in one round. Same code as a single-field
 * {@link com.fieldwork.core.common.ValidationException}, so clients handle both alike.
 */
public final class IntakeValidationException extends DomainException {

    private final List<FieldError> errors;

    public IntakeValidationException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String code() {
        return "validation_failed";
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(FieldError::field)
                .collect(Collectors.joining(", ", "The request has " + errors.size() + " invalid field(s): ", ""));
    }
}
