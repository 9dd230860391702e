package com.fieldwork.core.completion;

import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.util.ArrayList;
import java.util.List;

/** The job lacks proof the template asks for; the API answers 422 listing {@link #missing()}. */
public final class CompletionIncompleteException extends DomainException {

    private final long workOrderId;
    private final List<Missing> missing;

    /** @param number how the technician knows the job: the id means nothing on a phone screen */
    public CompletionIncompleteException(long workOrderId, WorkOrderNumber number, List<Missing> missing) {
        super(sentence(number, missing));
        this.workOrderId = workOrderId;
        this.missing = List.copyOf(missing);
    }

    /** What the technician still has to do, as one sentence: the phone shows it as it is. */
    static String sentence(WorkOrderNumber number, List<Missing> missing) {
        List<String> todo = new ArrayList<>();
        List<String> items = missing.stream().filter(m -> m.kind() == MissingKind.CHECKLIST_ITEM)
                .map(m -> m.prompt().orElse("item " + m.itemId().orElse(0))).toList();
        if (items.size() == 1) {
            todo.add("answer the required checklist item \"" + items.get(0) + "\"");
        } else if (!items.isEmpty()) {
            todo.add("answer " + items.size() + " required checklist items (\"" + String.join("\", \"", items) + "\")");
        }
        for (Missing m : missing) {
            switch (m.kind()) {
                case PHOTOS -> {
                    int more = m.needed() - m.have();
                    todo.add("add " + more + (m.have() > 0 ? " more" : "") + (more == 1 ? " photo" : " photos")
                            + " (" + m.needed() + " required)");
                }
                case SIGNATURE -> todo.add("capture the customer's signature");
                case SUMMARY -> todo.add("write a summary of the work done");
                case CHECKLIST_ITEM -> { }
            }
        }
        return number + " cannot be completed yet: " + String.join(", ", todo);
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
