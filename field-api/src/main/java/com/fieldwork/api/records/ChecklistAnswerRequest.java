package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.ValidationException;

/**
 * An answer as the phone sends it: {@code {"value": true | 12.5 | "text"}} for yes/no, number and text
 * items, {@code {"attachmentId": 42}} for a photo item (the photo was uploaded first). The JSON type picks
 * the answer type; whether it fits the item's kind is core's rule, which names the item when it does not.
 */
public record ChecklistAnswerRequest(JsonNode value, Long attachmentId) {

    public ChecklistAnswer toAnswer() {
        boolean hasValue = value != null && !value.isNull();
        if (hasValue == (attachmentId != null)) {
            throw new ValidationException("value", "Send either value (yes/no, number or text) or attachmentId (photo)");
        }
        if (attachmentId != null) {
            return new ChecklistAnswer.Photo(attachmentId);
        }
        if (value.isBoolean()) {
            return new ChecklistAnswer.YesNo(value.booleanValue());
        }
        if (value.isNumber()) {
            return new ChecklistAnswer.Numeric(value.decimalValue());
        }
        if (value.isTextual()) {
            return new ChecklistAnswer.FreeText(value.textValue());
        }
        throw new ValidationException("value", "An answer is true/false, a number or a text, not " + value.getNodeType());
    }
}
