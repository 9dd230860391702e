package com.fieldwork.core.field;

import com.fieldwork.core.common.Text;

import java.util.Objects;

/**
 * A document whose bytes are already in the {@link ContentStore}, to be recorded on a work order.
 *
 * @param fileName as the office named it, without any folder part; only for display and download
 */
public record NewDocument(long workOrderId, String fileName, DocumentType type, StoredContent content) {

    public NewDocument {
        fileName = Text.required("fileName", FileNames.baseName(Objects.requireNonNull(fileName, "fileName")), 255);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }
}
