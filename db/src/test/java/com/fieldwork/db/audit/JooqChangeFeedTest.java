package com.fieldwork.db.audit;

import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeFeedCursor;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqChangeFeedTest extends DatabaseTest {

    @Test
    void readersGetOnlyWhatIsNewerThanTheirLastSequenceInOrder() {
        Actor actor = new Seed(dsl()).user(Role.DISPATCHER, new Seed(dsl()).branch());
        JooqChangeFeed feed = new JooqChangeFeed(dsl());
        assertThat(feed.latestSeq()).isZero();

        for (int i = 1; i <= 5; i++) {
            int id = i;
            dsl().transaction(cfg -> AuditTrail.record(cfg.dsl(), actor, Seed.T0, "customer", id, ChangeOperation.UPDATE,
                    "edit", null, null, null));
        }
        long latest = feed.latestSeq();
        List<Change> all = feed.since(0, 100);
        List<Change> lastTwo = feed.since(all.get(2).seq(), 100);

        assertThat(all).hasSize(5).extracting(Change::entityId).containsExactly("1", "2", "3", "4", "5");
        assertThat(all).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(4).seq()).isEqualTo(latest);
        assertThat(all).allSatisfy(change -> assertThat(change.actorId()).hasValue(actor.userId()));
        assertThat(lastTwo).extracting(Change::entityId).containsExactly("4", "5");
        assertThat(feed.since(latest, 100)).isEmpty();
        assertThat(feed.since(0, 2)).hasSize(2);
        assertThatThrownBy(() -> feed.since(0, 0)).isInstanceOf(ValidationException.class);
    }

    /**
     * Sequence numbers are taken at insert, visibility comes at commit: a longer transaction's change shows up
     * after a later number. A reader that only asks for "newer than the last number seen" never gets it; the
     * cursor does.
     */
    @Test
    void aChangeCommittedAfterAHigherNumberReachesTheCursorButNotANaiveReader() throws Exception {
        Actor actor = new Seed(dsl()).user(Role.DISPATCHER, new Seed(dsl()).branch());
        JooqChangeFeed feed = new JooqChangeFeed(dsl());
        ChangeFeedCursor cursor = ChangeFeedCursor.fromNow(feed, Clock.systemUTC());
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService slowWriter = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = slowWriter.submit(() -> dsl().transaction(cfg -> {
                AuditTrail.record(cfg.dsl(), actor, Seed.T0, "visit", "slow", ChangeOperation.UPDATE, "replan", null,
                        null, null);
                inserted.countDown();
                assertThat(mayCommit.await(30, TimeUnit.SECONDS)).isTrue();
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            dsl().transaction(cfg -> AuditTrail.record(cfg.dsl(), actor, Seed.T0, "visit", "fast",
                    ChangeOperation.UPDATE, "replan", null, null, null));

            List<Change> first = cursor.poll();
            long naiveLastSeen = first.get(first.size() - 1).seq();
            mayCommit.countDown();
            slow.get(30, TimeUnit.SECONDS);

            assertThat(first).extracting(Change::entityId).containsExactly("fast");
            assertThat(feed.since(naiveLastSeen, 100)).isEmpty();
            assertThat(cursor.poll()).extracting(Change::entityId).containsExactly("slow");
            assertThat(cursor.poll()).isEmpty();
        } finally {
            mayCommit.countDown();
            slowWriter.shutdownNow();
        }
    }

    @Test
    void auditJsonNeverContainsPasswordHashesAndTheSystemHasNoUserId() {
        new Seed(dsl()).user(Role.DISPATCHER, new Seed(dsl()).branch());
        var user = dsl().selectFrom(APP_USER).fetchAny();
        dsl().transaction(cfg -> AuditTrail.record(cfg.dsl(), Actor.system(), Seed.T0, "app_user", user.getId(),
                ChangeOperation.INSERT, "create", null, user, null));

        var entry = new JooqAuditLog(dsl()).forEntity("app_user", user.getId()).get(0);
        assertThat(entry.afterJson()).hasValueSatisfying(json -> assertThat(json)
                .contains(user.getUsername()).doesNotContain("password_hash").doesNotContain(user.getPasswordHash()));
        assertThat(entry.actorId()).isEmpty();
        assertThat(entry.actorName()).contains("system");
        assertThat(new JooqChangeFeed(dsl()).since(0, 10).get(0).actorId()).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoAuditOrFeedRow() {
        Actor actor = new Seed(dsl()).user(Role.DISPATCHER, new Seed(dsl()).branch());
        try {
            dsl().transaction(cfg -> {
                AuditTrail.record(cfg.dsl(), actor, Seed.T0, "customer", 1, ChangeOperation.UPDATE, "edit", null, null, null);
                throw new IllegalStateException("the change itself failed");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        assertThat(new JooqChangeFeed(dsl()).latestSeq()).isZero();
        assertThat(new JooqAuditLog(dsl()).forEntity("customer", 1)).isEmpty();
    }
}
