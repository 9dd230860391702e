package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.board.BoardJob;

import java.time.Instant;
import java.util.Objects;

/** Where a dragged card would go: this technician, starting then (its length unchanged). */
public record BoardDrop(BoardJob card, long technicianId, Instant start) {

    public BoardDrop {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(start, "start");
    }
}
