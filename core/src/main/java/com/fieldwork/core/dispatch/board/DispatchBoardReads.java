package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.TimeSlot;

import java.util.List;
import java.util.Set;

/**
 * The dispatch board's reads. Set-based: a whole range of days for every technician takes a handful of
 * queries, never one per technician or per visit, so a board of 200 technicians opens at once.
 */
public interface DispatchBoardReads {

    /** Active technicians of every branch, their scheduled visits overlapping {@code range}, and the queue. */
    BoardData load(TimeSlot range);

    /**
     * The current cards of the named work orders and of the work orders of the named visits: their scheduled
     * visits overlapping {@code range} and, when they have none, their queue line. A work order that left the
     * board (completed, cancelled, scheduled elsewhere) simply has no card in the answer. What the change feed
     * poller calls with the ids it saw, so the board refreshes without reloading everything.
     */
    List<BoardJob> cards(TimeSlot range, Set<Long> workOrderIds, Set<Long> visitIds);
}
