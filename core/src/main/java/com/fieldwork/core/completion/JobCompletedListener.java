package com.fieldwork.core.completion;

import com.fieldwork.core.common.Actor;

/**
 * Told after a completion has committed, e.g. to make the service report. The completion stands whatever the
 * listener does: a phone told "failed" after its job was completed would retry into "already completed".
 */
@FunctionalInterface
public interface JobCompletedListener {

    JobCompletedListener NONE = (job, actor) -> { };

    void completed(CompletedJob job, Actor actor);
}
