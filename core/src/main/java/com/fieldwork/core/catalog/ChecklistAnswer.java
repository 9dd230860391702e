package com.fieldwork.core.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** What a technician gave for one checklist item; one type per {@link ChecklistItemKind}. */
public sealed interface ChecklistAnswer {

    /** The kind of item this answer fits. */
    ChecklistItemKind kind();

    record YesNo(boolean value) implements ChecklistAnswer {
        @Override
        public ChecklistItemKind kind() {
            return ChecklistItemKind.YES_NO;
        }
    }

    record Numeric(BigDecimal value) implements ChecklistAnswer {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ChecklistItemKind kind() {
            return ChecklistItemKind.NUMBER;
        }
    }

    record FreeText(String value) implements ChecklistAnswer {
        public FreeText {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ChecklistItemKind kind() {
            return ChecklistItemKind.TEXT;
        }
    }

    /** A photo uploaded first (under its own id) and referred to here by its attachment id. */
    record Photo(long attachmentId) implements ChecklistAnswer {
        @Override
        public ChecklistItemKind kind() {
            return ChecklistItemKind.PHOTO;
        }
    }
}
