package com.fieldwork.core.dispatch.board;

/**
 * What applying a plan tells its caller between placements, and how the caller stops it: a plan cancelled
 * before its commit writes nothing.
 */
public interface PlanProgress {

    /** Nobody watching, nobody cancelling. */
    PlanProgress NONE = new PlanProgress() {
        @Override
        public void placing(int done, int total, BoardJob card) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called before each placement: {@code done} of {@code total} are written (not yet committed). */
    void placing(int done, int total, BoardJob card);

    boolean cancelled();
}
