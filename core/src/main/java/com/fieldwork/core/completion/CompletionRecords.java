package com.fieldwork.core.completion;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.workorder.StatusChange;

/**
 * Where completions are stored. One call is one transaction: the status change (with its history, audit and
 * change feed) and the completion record (with its own audit row) commit together or not at all, so a job is
 * never Completed without its proof nor proven without being Completed.
 */
public interface CompletionRecords {

    /**
     * @throws com.fieldwork.core.common.ConcurrentModificationException when the order moved on since
     *                                                                    {@code expectedVersion}
     * A job completed again after rework replaces its earlier record; the audit log keeps the old one.
     */
    CompletedJob complete(long workOrderId, long expectedVersion, StatusChange change, CompletionProof proof,
                          Actor actor);
}
