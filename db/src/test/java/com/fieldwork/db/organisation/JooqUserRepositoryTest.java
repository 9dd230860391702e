package com.fieldwork.db.organisation;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.organisation.NewUser;
import com.fieldwork.core.organisation.User;
import com.fieldwork.core.organisation.UserEdit;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.security.TokenHash;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.security.JooqSessionTokens;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqUserRepositoryTest extends DatabaseTest {

    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = new MutableClock(Seed.T0);
    /** Strength 4, the minimum: the tests check behaviour, not the cost of guessing. */
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
    private JooqUserRepository users;
    private Actor admin;
    private Actor otherAdmin;
    private long branch;
    private long otherBranch;

    @BeforeEach
    void world() {
        Seed seed = new Seed(dsl());
        branch = seed.branch();
        otherBranch = seed.branch();
        admin = seed.user(Role.SUPER_ADMIN, branch);
        otherAdmin = seed.user(Role.SUPER_ADMIN, branch);
        users = new JooqUserRepository(dsl(), clock, hasher);
    }

    private NewUser maria() {
        return new NewUser(" Maria.Lopez ", "Maria Lopez", Optional.of("maria@example.com"), Optional.of("+1 303 555 0101"),
                Role.DISPATCHER, OptionalLong.of(branch));
    }

    @Test
    void everyFieldRoundTripsAndTheUsernameIsFoundIgnoringCase() {
        User created = users.create(maria(), PASSWORD, admin);

        assertThat(created).isEqualTo(new User(created.id(), "maria.lopez", "Maria Lopez",
                Optional.of("maria@example.com"), Optional.of("+1 303 555 0101"), Role.DISPATCHER,
                OptionalLong.of(branch), true, 0));
        assertThat(users.get(created.id())).isEqualTo(created);
        assertThat(users.findByUsername("MARIA.LOPEZ")).contains(created);
        assertThat(users.list()).contains(created);
        String stored = dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(created.id()))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        assertThat(stored).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(created.toString()).doesNotContain(stored);
    }

    @Test
    void passwordsVerifyOnlyForTheRightPasswordOfAnActiveUser() {
        User created = users.create(maria(), PASSWORD, admin);

        assertThat(users.verifyPassword("maria.lopez", PASSWORD)).contains(created);
        assertThat(users.verifyPassword("maria.lopez", "wrong password!")).isEmpty();
        assertThat(users.verifyPassword("nobody", PASSWORD)).isEmpty();

        User changed = users.changePassword(created.id(), 0, "a new long passphrase", admin);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(users.verifyPassword("maria.lopez", PASSWORD)).isEmpty();
        assertThat(users.verifyPassword("maria.lopez", "a new long passphrase")).contains(changed);

        User inactive = users.deactivate(created.id(), 1, admin);
        assertThat(inactive.active()).isFalse();
        assertThat(users.verifyPassword("maria.lopez", "a new long passphrase")).isEmpty();
    }

    @Test
    void aNewPasswordOrDeactivationEndsEverySessionTheUserHas() {
        User created = users.create(maria(), PASSWORD, admin);
        Actor maria = new Actor(created.id(), created.username(), "Maria Lopez", created.role());
        var sessions = new JooqSessionTokens(dsl());
        Instant now = Seed.T0;
        sessions.issue(maria, TokenHash.of("phone"), now.minusSeconds(600), now.plusSeconds(3600), Optional.empty());
        sessions.issue(maria, TokenHash.of("laptop"), now.minusSeconds(300), now.plusSeconds(3600), Optional.empty());

        users.changePassword(created.id(), 0, "a new long passphrase", admin);

        assertThat(sessions.find(TokenHash.of("phone")).orElseThrow().revokedAt()).isPresent();
        assertThat(sessions.find(TokenHash.of("laptop")).orElseThrow().revokedAt()).isPresent();
        var audit = dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("change password")).fetchSingle();
        assertThat(audit.getReason()).isEqualTo("signed out of 2 sessions");

        sessions.issue(maria, TokenHash.of("new phone"), now, now.plusSeconds(3600), Optional.empty());
        users.deactivate(created.id(), 1, admin);
        assertThat(sessions.find(TokenHash.of("new phone")).orElseThrow().revokedAt()).isPresent();
    }

    @Test
    void theAuditLogNeverHoldsAPasswordHash() {
        User created = users.create(maria(), PASSWORD, admin);
        users.changePassword(created.id(), 0, "a new long passphrase", admin);
        String hash = dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(created.id()))
                .fetchSingle(APP_USER.PASSWORD_HASH);

        var rows = dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("user")).orderBy(AUDIT_LOG.ID).fetch();

        assertThat(rows).extracting(r -> r.getAction()).containsExactly("create", "change password");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getAfterJson()).contains("maria.lopez").doesNotContain("password_hash").doesNotContain(hash)
                    .doesNotContain("$2a$");
            assertThat(String.valueOf(r.getBeforeJson())).doesNotContain("password_hash").doesNotContain("$2a$");
        });
    }

    @Test
    void roleAndBranchChangesAreVersionedAndAStaleOneNamesTheWinner() {
        User created = users.create(maria(), PASSWORD, admin);
        UserEdit promote = new UserEdit("Maria Lopez", Optional.empty(), Optional.empty(), Role.BRANCH_MANAGER,
                OptionalLong.of(otherBranch));
        User promoted = users.update(created.id(), 0, promote, admin);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThat(promoted.role()).isEqualTo(Role.BRANCH_MANAGER);
        assertThat(promoted.branchId()).hasValue(otherBranch);
        assertThat(promoted.email()).isEmpty();
        assertThat(promoted.version()).isEqualTo(1);
        assertThatThrownBy(() -> users.update(created.id(), 0, created.edit(), otherAdmin))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(admin.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0);
                });
        assertThatThrownBy(() -> users.deactivate(created.id(), 0, otherAdmin))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(users.get(created.id())).isEqualTo(promoted);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }

    @Test
    void refusedWritesLeaveTheDatabaseUnchanged() {
        users.create(maria(), PASSWORD, admin);
        int rows = dsl().fetchCount(APP_USER);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> users.create(maria(), PASSWORD, admin))
                .isInstanceOf(ConflictException.class).hasMessageContaining("'maria.lopez' is already taken");
        assertThatThrownBy(() -> users.create(new NewUser("short.pw", "Short", Optional.empty(), Optional.empty(),
                Role.AUDITOR, OptionalLong.empty()), "1234", admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> new NewUser("x", " ", Optional.empty(), Optional.empty(), Role.AUDITOR,
                OptionalLong.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> users.create(new NewUser("ghost", "Ghost", Optional.empty(), Optional.empty(),
                Role.AUDITOR, OptionalLong.of(424_242)), PASSWORD, admin)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> users.changePassword(424_242, 0, PASSWORD, admin)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.get(424_242)).isInstanceOf(NotFoundException.class);

        assertThat(dsl().fetchCount(APP_USER)).isEqualTo(rows);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }
}
