package com.fieldwork.core.completion;

import com.fieldwork.core.common.DomainException;

import java.util.List;

/** The job lacks proof the template asks for; the API answers 422 listing {@link #missing()}. */
public final class CompletionIncompleteException extends DomainException {

    private final long workOrderId;
    private final List<Missing> missing;

    public CompletionIncompleteException(long workOrderId, List<Missing> missing) {
        super("Work order " + workOrderId + " cannot be completed yet: " + missing.size()
                + " thing(s) missing (" + missing.stream().map(m -> m.kind().name()).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("") + ")");
        this.workOrderId = workOrderId;
        this.missing = List.copyOf(missing);
    }

    public long workOrderId() {
        return workOrderId;
    }

    public List<Missing> missing() {
        return missing;
    }

    @Override
    public String code() {
        return "completion_incomplete";
    }
}
