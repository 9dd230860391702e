package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;

import java.util.Objects;

/** A checklist question of a new template; its position is its place in the template's list. */
public record NewChecklistItem(String prompt, ChecklistItemKind kind, boolean required) {

    public NewChecklistItem {
        prompt = Text.required("prompt", prompt, 500);
        Objects.requireNonNull(kind, "kind");
    }
}
