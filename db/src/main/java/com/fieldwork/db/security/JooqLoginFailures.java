package com.fieldwork.db.security;

import com.fieldwork.core.security.LoginFailures;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static com.fieldwork.db.jooq.Tables.LOGIN_FAILURE;

/**
 * Failed sign-ins in SQL. Not audited: they are security bookkeeping, not changes to anything,
 * and an attacker must not be able to flood the audit log.
 */
public final class JooqLoginFailures implements LoginFailures {

    private final DSLContext dsl;

    public JooqLoginFailures(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public void record(String username, String remoteAddr, Instant at) {
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.USERNAME, cut(username, MAX_USERNAME))
                .set(LOGIN_FAILURE.REMOTE_ADDR, remoteAddr == null ? null : cut(remoteAddr, MAX_ADDRESS))
                .set(LOGIN_FAILURE.ATTEMPTED_AT, at)
                .execute();
    }

    @Override
    public List<Instant> byUsernameSince(String username, Instant since) {
        return dsl.select(LOGIN_FAILURE.ATTEMPTED_AT).from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME.eq(cut(username, MAX_USERNAME)).and(LOGIN_FAILURE.ATTEMPTED_AT.ge(since)))
                .orderBy(LOGIN_FAILURE.ATTEMPTED_AT)
                .fetch(LOGIN_FAILURE.ATTEMPTED_AT);
    }

    @Override
    public List<Instant> byAddressSince(String remoteAddr, Instant since) {
        return dsl.select(LOGIN_FAILURE.ATTEMPTED_AT).from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.REMOTE_ADDR.eq(cut(remoteAddr, MAX_ADDRESS)).and(LOGIN_FAILURE.ATTEMPTED_AT.ge(since)))
                .orderBy(LOGIN_FAILURE.ATTEMPTED_AT)
                .fetch(LOGIN_FAILURE.ATTEMPTED_AT);
    }

    @Override
    public void clear(String username) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME.eq(cut(username, MAX_USERNAME))).execute();
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.ATTEMPTED_AT.lt(cutoff)).execute();
    }

    private static String cut(String s, int max) {
        Objects.requireNonNull(s);
        return s.length() <= max ? s : s.substring(0, max);
    }
}
