package com.fieldwork.core.billing;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An accountant's edit of a draft: its lines replaced as a whole, and its note. */
public record DraftEdit(List<InvoiceLine> lines, Optional<String> notes) {

    public DraftEdit {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new ValidationException("lines", "An invoice needs at least one line; discard the draft instead");
        }
        if (lines.size() > Short.MAX_VALUE) {
            throw new ValidationException("lines", "An invoice may have at most " + Short.MAX_VALUE + " lines");
        }
        // invoice.notes is varchar(2000)
        notes = Text.optional("notes", notes, 2000);
    }
}
