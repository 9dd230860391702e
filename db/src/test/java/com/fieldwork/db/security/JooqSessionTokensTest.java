package com.fieldwork.db.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.security.Session;
import com.fieldwork.core.security.TokenHash;
import com.fieldwork.db.jooq.tables.records.AuditLogRecord;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqSessionTokensTest extends DatabaseTest {

    private static final Instant T0 = Seed.T0;
    private static final Instant END = T0.plus(Duration.ofHours(12));
    private static final String HASH = TokenHash.of("the-token");

    private JooqSessionTokens sessions;
    private Actor user;
    private Seed seed;

    @BeforeEach
    void setUp() {
        sessions = new JooqSessionTokens(dsl());
        seed = new Seed(dsl());
        user = seed.user(Role.DISPATCHER, seed.branch());
    }

    @Test
    void anIssuedSessionIsFoundByItsHashAndExpiresOnTime() {
        Session issued = sessions.issue(user, HASH, T0, END, Optional.of("FieldApp/1.0"));

        Session found = sessions.find(HASH).orElseThrow();
        assertThat(found).isEqualTo(issued);
        assertThat(found.userId()).isEqualTo(user.userId());
        assertThat(found.stateAt(END.minusSeconds(1))).isEqualTo(Session.State.ACTIVE);
        assertThat(found.stateAt(END)).isEqualTo(Session.State.EXPIRED);
        assertThat(sessions.find(TokenHash.of("another-token"))).isEmpty();
    }

    @Test
    void signingInClearsThisUsersSessionsThatEndedLongAgoAndKeepsTheRest() {
        Actor other = seed.user(Role.DISPATCHER, seed.branch());
        Instant monthsAgo = T0.minus(Duration.ofDays(60));
        sessions.issue(user, TokenHash.of("old-expired"), monthsAgo, monthsAgo.plus(Duration.ofHours(12)), Optional.empty());
        sessions.issue(user, TokenHash.of("old-revoked"), monthsAgo, T0.plus(Duration.ofDays(400)), Optional.empty());
        sessions.revoke(TokenHash.of("old-revoked"), monthsAgo.plusSeconds(60), user);
        Instant lastWeek = T0.minus(Duration.ofDays(7));
        sessions.issue(user, TokenHash.of("recently-expired"), lastWeek, lastWeek.plus(Duration.ofHours(12)), Optional.empty());
        sessions.issue(other, TokenHash.of("others-old"), monthsAgo, monthsAgo.plus(Duration.ofHours(12)), Optional.empty());

        sessions.issue(user, HASH, T0, END, Optional.empty());

        assertThat(sessions.find(TokenHash.of("old-expired"))).isEmpty();
        assertThat(sessions.find(TokenHash.of("old-revoked"))).isEmpty();
        assertThat(sessions.find(TokenHash.of("recently-expired"))).isPresent();
        assertThat(sessions.find(TokenHash.of("others-old"))).isPresent();
        assertThat(sessions.find(HASH)).isPresent();
    }

    @Test
    void revokingSignsOutOnceAndIsAudited() {
        sessions.issue(user, HASH, T0, END, Optional.empty());

        assertThat(sessions.revoke(HASH, T0.plusSeconds(60), user)).isTrue();
        assertThat(sessions.revoke(HASH, T0.plusSeconds(90), user)).isFalse();
        assertThat(sessions.revoke(TokenHash.of("never-issued"), T0, user)).isFalse();

        Session revoked = sessions.find(HASH).orElseThrow();
        assertThat(revoked.revokedAt()).contains(T0.plusSeconds(60));
        assertThat(revoked.stateAt(T0.plusSeconds(60))).isEqualTo(Session.State.REVOKED);
        List<String> actions = dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq("session")).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION);
        assertThat(actions).containsExactly("login", "logout");
        assertThat(dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq("session"))).isEqualTo(2);
    }

    @Test
    void theAuditNamesTheUserButNeverHoldsTheHash() {
        sessions.issue(user, HASH, T0, END, Optional.empty());
        sessions.revoke(HASH, T0.plusSeconds(60), user);

        List<AuditLogRecord> rows = dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("session")).fetch();
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.getActorId()).isEqualTo(user.userId());
            assertThat(String.valueOf(row.getBeforeJson()) + row.getAfterJson())
                    .doesNotContain(HASH).doesNotContain("token_hash").contains("user_id");
        });
    }

    @Test
    void refusesToStoreSomethingThatIsNotAHash() {
        assertThatThrownBy(() -> sessions.issue(user, "the-token", T0, END, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isZero();
    }
}
