package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.sla.SlaDue;

import java.time.Instant;
import java.util.Comparator;

/** How the unassigned queue is ordered. */
public enum QueueSort {
    PRIORITY("By priority", Comparator.comparing((BoardJob c) -> c.order().priority())
            .thenComparing(QueueSort::due)),
    SLA_DUE("By SLA due", Comparator.comparing(QueueSort::due)
            .thenComparing(c -> c.order().priority()));

    private final String label;
    private final Comparator<BoardJob> order;

    QueueSort(String label, Comparator<BoardJob> order) {
        this.label = label;
        this.order = order.thenComparing(c -> c.order().number().toString());
    }

    public Comparator<BoardJob> order() {
        return order;
    }

    private static Instant due(BoardJob card) {
        return card.order().slaDue().map(SlaDue::resolutionDue).orElse(Instant.MAX);
    }

    @Override
    public String toString() {
        return label;
    }
}
