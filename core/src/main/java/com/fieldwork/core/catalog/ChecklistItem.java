package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/** One question a technician answers on a job; {@code position} orders the list, from 1. */
public record ChecklistItem(long id, int position, String prompt, ChecklistItemKind kind, boolean required) {

    public ChecklistItem {
        if (position < 1) {
            throw new ValidationException("position", "A checklist position starts at 1, got " + position);
        }
        prompt = Text.required("prompt", prompt, 500);
        Objects.requireNonNull(kind, "kind");
    }
}
