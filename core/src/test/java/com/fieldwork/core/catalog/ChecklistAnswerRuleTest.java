package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistAnswerRuleTest {

    private static final ChecklistItem FILTER = new ChecklistItem(1, 1, "Filter replaced?", ChecklistItemKind.YES_NO, true);
    private static final ChecklistItem PRESSURE = new ChecklistItem(2, 2, "Gas pressure (in. w.c.)", ChecklistItemKind.NUMBER, true);
    private static final ChecklistItem NOTES = new ChecklistItem(3, 3, "Notes for the customer", ChecklistItemKind.TEXT, false);
    private static final ChecklistItem PHOTO = new ChecklistItem(4, 4, "Photo of the data plate", ChecklistItemKind.PHOTO, true);

    @Test
    void answersOfTheRightKindAreAccepted() {
        assertThat(ChecklistAnswerRule.check(FILTER, Optional.of(new ChecklistAnswer.YesNo(false))))
                .contains(new ChecklistAnswer.YesNo(false));
        assertThat(ChecklistAnswerRule.check(PRESSURE, Optional.of(new ChecklistAnswer.Numeric(new BigDecimal("-3.5000")))))
                .contains(new ChecklistAnswer.Numeric(new BigDecimal("-3.5000")));
        assertThat(ChecklistAnswerRule.check(PHOTO, Optional.of(new ChecklistAnswer.Photo(77))))
                .contains(new ChecklistAnswer.Photo(77));
    }

    @Test
    void textIsTrimmedAndAnOptionalItemMayBeLeftOut() {
        assertThat(ChecklistAnswerRule.check(NOTES, Optional.of(new ChecklistAnswer.FreeText("  all good \n"))))
                .contains(new ChecklistAnswer.FreeText("all good"));
        assertThat(ChecklistAnswerRule.check(NOTES, Optional.empty())).isEmpty();
    }

    @Test
    void aRequiredItemWithoutAnswerIsNamed() {
        assertThatThrownBy(() -> ChecklistAnswerRule.check(PHOTO, Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("checklist[4]"))
                .hasMessageContaining("Photo of the data plate").hasMessageContaining("needs an answer");
    }

    @Test
    void anAnswerOfTheWrongKindSaysWhatWasExpected() {
        assertThatThrownBy(() -> ChecklistAnswerRule.check(FILTER, Optional.of(new ChecklistAnswer.FreeText("yes"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("checklist[1]"))
                .hasMessageContaining("Filter replaced?").hasMessageContaining("expects a yes/no answer, got text");
        assertThatThrownBy(() -> ChecklistAnswerRule.check(PRESSURE, Optional.of(new ChecklistAnswer.Photo(5))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expects a number");
    }

    @Test
    void outOfRangeAnswersAreRefused() {
        assertThatThrownBy(() -> ChecklistAnswerRule.check(NOTES, Optional.of(new ChecklistAnswer.FreeText("   "))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> ChecklistAnswerRule.check(NOTES,
                Optional.of(new ChecklistAnswer.FreeText("x".repeat(ChecklistAnswerRule.MAX_TEXT + 1)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 4000 characters");
        assertThat(ChecklistAnswerRule.check(NOTES,
                Optional.of(new ChecklistAnswer.FreeText("x".repeat(ChecklistAnswerRule.MAX_TEXT))))).isPresent();
        assertThatThrownBy(() -> ChecklistAnswerRule.check(PRESSURE,
                Optional.of(new ChecklistAnswer.Numeric(new BigDecimal("1.23456")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("4 decimals");
        assertThatThrownBy(() -> ChecklistAnswerRule.check(PRESSURE,
                Optional.of(new ChecklistAnswer.Numeric(new BigDecimal("10000000000")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("below");
        assertThatThrownBy(() -> ChecklistAnswerRule.check(PHOTO, Optional.of(new ChecklistAnswer.Photo(0))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("uploaded photo");
    }
}
