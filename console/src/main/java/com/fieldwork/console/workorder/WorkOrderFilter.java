package com.fieldwork.console.workorder;

import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the list is filtered by; empty means "any". It turns into core's keyset query, and also decides
 * whether an order that just changed elsewhere belongs in the list as it is filtered now.
 */
record WorkOrderFilter(String text, Optional<WorkOrderStatus> status, Optional<Priority> priority,
                       Optional<Branch> branch) {

    static final WorkOrderFilter NONE = new WorkOrderFilter("", Optional.empty(), Optional.empty(), Optional.empty());

    WorkOrderQuery firstPage(WorkOrderSort sort, int limit) {
        return new WorkOrderQuery(status.map(Set::of).orElse(Set.of()), priority.map(Set::of).orElse(Set.of()),
                branch.map(b -> OptionalLong.of(b.id())).orElse(OptionalLong.empty()), OptionalLong.empty(),
                text.isBlank() ? Optional.empty() : Optional.of(text.strip()), sort, Optional.empty(), limit);
    }

    /** The text part is approximate (number or summary): a live insert the search would not find stays out. */
    boolean admits(WorkOrder order) {
        if (status.isPresent() && order.status() != status.get()) {
            return false;
        }
        if (priority.isPresent() && order.priority() != priority.get()) {
            return false;
        }
        if (branch.isPresent() && order.branchId() != branch.get().id()) {
            return false;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || order.number().toString().toLowerCase(Locale.ROOT).contains(needle)
                || order.summary().toLowerCase(Locale.ROOT).contains(needle);
    }
}
