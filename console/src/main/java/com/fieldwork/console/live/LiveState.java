package com.fieldwork.console.live;

/** What the status bar says about live updates. */
public enum LiveState {
    STARTING("Live updates: starting"),
    LIVE("Live updates: on"),
    /** The last poll failed (database unreachable); the next one retries from the same place. */
    INTERRUPTED("Live updates: interrupted, retrying"),
    STOPPED("Live updates: off");

    private final String label;

    LiveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
