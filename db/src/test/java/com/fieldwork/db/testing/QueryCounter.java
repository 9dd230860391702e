package com.fieldwork.db.testing;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the statements jOOQ sends, so a test can hold a read to a fixed number of queries. */
public final class QueryCounter implements ExecuteListener {

    private final AtomicInteger executed = new AtomicInteger();

    public DSLContext around(DSLContext dsl) {
        return dsl.configuration().derive(new DefaultExecuteListenerProvider(this)).dsl();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        executed.incrementAndGet();
    }

    /** The count since the last call, then starts again from zero. */
    public int take() {
        return executed.getAndSet(0);
    }
}
