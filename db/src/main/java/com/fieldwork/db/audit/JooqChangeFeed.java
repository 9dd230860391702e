package com.fieldwork.db.audit;

import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeFeed;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.ValidationException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;

import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.support.Optionals.ofLong;

public final class JooqChangeFeed implements ChangeFeed {

    private final DSLContext dsl;

    public JooqChangeFeed(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<Change> since(long afterSeq, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new ValidationException("limit", "Read 1 to 10000 changes at a time, asked for " + limit);
        }
        var c = CHANGE_FEED;
        return dsl.selectFrom(c)
                .where(c.SEQ.gt(afterSeq))
                .orderBy(c.SEQ)
                .limit(limit)
                .fetch(r -> new Change(r.getSeq(), r.getEntity(), r.getEntityId(), ChangeOperation.valueOf(r.getOp()),
                        ofLong(r.getActorId()), r.getAt()));
    }

    @Override
    public long latestSeq() {
        return dsl.select(DSL.coalesce(DSL.max(CHANGE_FEED.SEQ), 0L)).from(CHANGE_FEED).fetchSingle().value1();
    }
}
