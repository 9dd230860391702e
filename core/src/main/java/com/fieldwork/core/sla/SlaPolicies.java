package com.fieldwork.core.sla;

import com.fieldwork.core.workorder.Priority;

import java.util.Optional;

/** Finds the SLA that governs a new job. */
public interface SlaPolicies {

    /** The customer's own policy for this priority when there is one, else the company default. */
    Optional<SlaPolicy> applicable(Priority priority, long customerId);
}
