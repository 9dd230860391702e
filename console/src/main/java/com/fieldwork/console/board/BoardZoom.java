package com.fieldwork.console.board;

import java.time.Duration;

/** How much time the board's width shows, and how far apart its column lines are. */
public enum BoardZoom {
    QUARTER_HOURS("4 hours", Duration.ofHours(4), Duration.ofMinutes(15), Duration.ofMinutes(5)),
    HOURS("Day", Duration.ofHours(13), Duration.ofHours(1), Duration.ofMinutes(15)),
    DAYS("3 days", Duration.ofDays(3), Duration.ofHours(6), Duration.ofMinutes(30)),
    WEEK("Week", Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1));

    private final String label;
    private final Duration span;
    private final Duration column;
    private final Duration snap;

    BoardZoom(String label, Duration span, Duration column, Duration snap) {
        this.label = label;
        this.span = span;
        this.column = column;
        this.snap = snap;
    }

    /** The time the board's width shows. */
    public Duration span() {
        return span;
    }

    /** Distance between column lines and time labels. */
    public Duration column() {
        return column;
    }

    /** A dropped card starts on a multiple of this. */
    public Duration snap() {
        return snap;
    }

    @Override
    public String toString() {
        return label;
    }
}
