package com.fieldwork.core.completion;

import com.fieldwork.core.workorder.WorkOrderNumber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionIncompleteMessageTest {

    @Test
    void theMessageSaysWhatIsLeftToDoInWords() {
        var missing = List.of(Missing.checklistItem(30, "Lockout/tagout applied"),
                Missing.checklistItem(31, "Measured voltage (V)"),
                new Missing(MissingKind.PHOTOS, OptionalLong.empty(), Optional.empty(), 2, 0),
                new Missing(MissingKind.SIGNATURE, OptionalLong.empty(), Optional.empty(), 1, 0));

        assertThat(new CompletionIncompleteException(1547, new WorkOrderNumber(2026, 1547), missing))
                .hasMessage("WO-2026-001547 cannot be completed"
                + " yet: answer 2 required checklist items (\"Lockout/tagout applied\", \"Measured voltage (V)\"),"
                + " add 2 photos (2 required), capture the customer's signature");
    }

    @Test
    void oneItemAndOneMorePhotoReadNaturally() {
        var missing = List.of(Missing.checklistItem(30, "Lockout/tagout applied"),
                new Missing(MissingKind.PHOTOS, OptionalLong.empty(), Optional.empty(), 3, 2),
                new Missing(MissingKind.SUMMARY, OptionalLong.empty(), Optional.empty(), 1, 0));

        assertThat(new CompletionIncompleteException(9, new WorkOrderNumber(2026, 9), missing))
                .hasMessage("WO-2026-000009 cannot be completed yet:"
                + " answer the required checklist item \"Lockout/tagout applied\", add 1 more photo (3 required),"
                + " write a summary of the work done");
    }
}
