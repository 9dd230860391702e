package com.fieldwork.db.dispatch;

import com.fieldwork.core.dispatch.board.BoardTransactions;
import com.fieldwork.core.dispatch.board.BoardWrites;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * The board's repositories over one jOOQ transaction. The repositories' own transactions nest inside it as
 * savepoints, so their audit and change-feed rows commit only with the whole drop or plan.
 */
public final class JooqBoardTransactions implements BoardTransactions {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqBoardTransactions(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <T> T inTransaction(Function<BoardWrites, T> work) {
        return dsl.transactionResult(cfg -> work.apply(writes(cfg.dsl())));
    }

    private BoardWrites writes(DSLContext tx) {
        var wiring = WorkOrderWiring.over(tx, clock);
        return new BoardWrites(wiring.visits(), wiring.service());
    }
}
