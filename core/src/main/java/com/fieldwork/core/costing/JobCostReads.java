package com.fieldwork.core.costing;

/** What job costing reads for a work order: its parts net of returns and its labor, with the current rates. */
public interface JobCostReads {

    /** @throws com.fieldwork.core.common.NotFoundException for an unknown work order */
    JobCostInputs inputs(long workOrderId);
}
