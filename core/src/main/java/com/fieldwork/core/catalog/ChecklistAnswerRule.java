package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an answer fits its checklist item. The one place this is decided, so the phone API and
 * the console refuse the same answers with the same words. Limits follow checklist_answer's columns.
 */
public final class ChecklistAnswerRule {

    /** answer_text is varchar(4000). */
    public static final int MAX_TEXT = 4000;
    /** answer_number is numeric(14,4): 10 digits before the point, 4 after. */
    private static final int MAX_NUMBER_SCALE = 4;
    private static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(10);

    private ChecklistAnswerRule() {
    }

    /**
     * @return the answer to store (text trimmed), or empty for an optional item left unanswered
     * @throws ValidationException naming the item, when the answer is missing, of the wrong kind or out of range
     */
    public static Optional<ChecklistAnswer> check(ChecklistItem item, Optional<ChecklistAnswer> answer) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(answer, "answer");
        if (answer.isEmpty()) {
            if (item.required()) {
                throw invalid(item, "needs an answer");
            }
            return Optional.empty();
        }
        ChecklistAnswer given = answer.get();
        if (given.kind() != item.kind()) {
            throw invalid(item, "expects " + describe(item.kind()) + ", got " + describe(given.kind()));
        }
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (given instanceof ChecklistAnswer.Numeric number) {
            return Optional.of(checkNumber(item, number));
        }
        if (given instanceof ChecklistAnswer.FreeText text) {
            return Optional.of(checkText(item, text));
        }
        if (given instanceof ChecklistAnswer.Photo photo) {
            return Optional.of(checkPhoto(item, photo));
        }
        return Optional.of(given);
    }

    private static ChecklistAnswer checkNumber(ChecklistItem item, ChecklistAnswer.Numeric number) {
        BigDecimal value = number.value().stripTrailingZeros();
        if (value.scale() > MAX_NUMBER_SCALE) {
            throw invalid(item, "takes at most " + MAX_NUMBER_SCALE + " decimals, got " + number.value().toPlainString());
        }
        if (value.abs().compareTo(NUMBER_LIMIT) >= 0) {
            throw invalid(item, "takes a number below " + NUMBER_LIMIT.toPlainString() + ", got "
                    + number.value().toPlainString());
        }
        return number;
    }

    private static ChecklistAnswer checkText(ChecklistItem item, ChecklistAnswer.FreeText text) {
        String value = text.value().trim();
        if (value.isEmpty()) {
            throw invalid(item, "needs some text, not a blank answer");
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(item, "takes at most " + MAX_TEXT + " characters, got " + value.length());
        }
        return new ChecklistAnswer.FreeText(value);
    }

    private static ChecklistAnswer checkPhoto(ChecklistItem item, ChecklistAnswer.Photo photo) {
        if (photo.attachmentId() <= 0) {
            throw invalid(item, "needs an uploaded photo, got attachment id " + photo.attachmentId());
        }
        return photo;
    }

    private static ValidationException invalid(ChecklistItem item, String problem) {
        return new ValidationException("checklist[" + item.position() + "]",
                "Checklist item " + item.position() + " (\"" + item.prompt() + "\") " + problem);
    }

    private static String describe(ChecklistItemKind kind) {
        return switch (kind) {
            case YES_NO -> "a yes/no answer";
            case NUMBER -> "a number";
            case TEXT -> "text";
            case PHOTO -> "a photo";
        };
    }
}
