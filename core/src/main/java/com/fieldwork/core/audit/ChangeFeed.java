package com.fieldwork.core.audit;

import java.util.List;

/** The monotonic stream of changes that keeps every open screen live. */
public interface ChangeFeed {

    /** Changes with a sequence number above {@code afterSeq}, oldest first, at most {@code limit}. */
    List<Change> since(long afterSeq, int limit);

    /** The newest sequence number, or 0 when nothing has changed yet: where a new reader starts. */
    long latestSeq();
}
