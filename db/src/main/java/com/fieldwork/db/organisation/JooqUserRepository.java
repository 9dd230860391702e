package com.fieldwork.db.organisation;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.organisation.NewUser;
import com.fieldwork.core.organisation.PasswordPolicy;
import com.fieldwork.core.organisation.User;
import com.fieldwork.core.organisation.UserEdit;
import com.fieldwork.core.organisation.UserRepository;
import com.fieldwork.core.security.PasswordHasher;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AppUserRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.SESSION_TOKEN;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/**
 * Users in SQL. The hash is written and compared here and nowhere else: {@link User} has no
 * field for it, and the audit trail strips it from before/after images.
 */
public final class JooqUserRepository implements UserRepository {

    static final String ENTITY = "user";
    private static final VersionedTable<AppUserRecord> VERSIONED = new VersionedTable<>("User", ENTITY, APP_USER,
            APP_USER.ID, APP_USER.VERSION, APP_USER.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;
    private final PasswordHasher hasher;
    /** Compared against when the username is unknown, so that case costs one hash like a wrong password. */
    private final String decoyHash;

    public JooqUserRepository(DSLContext dsl, Clock clock, PasswordHasher hasher) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.decoyHash = hasher.hash("decoy password nobody has");
    }

    @Override
    public User create(NewUser user, CharSequence password, Actor actor) {
        PasswordPolicy.check(password);
        String hash = hasher.hash(password);
        return translateTaken(user.username(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(APP_USER, APP_USER.USERNAME.eq(user.username()))) {
                throw taken(user.username(), null);
            }
            Instant now = clock.instant();
            AppUserRecord row = tx.newRecord(APP_USER)
                    .setUsername(user.username()).setDisplayName(user.displayName())
                    .setEmail(orNull(user.email())).setPhone(orNull(user.phone()))
                    .setRole(user.role().name()).setBranchId(orNull(user.branchId()))
                    .setPasswordHash(hash).setActive(true).setVersion(0L)
                    .setCreatedAt(now).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toUser(row);
        }));
    }

    @Override
    public Optional<User> find(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(JooqUserRepository::toUser);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return byUsername(username).map(JooqUserRepository::toUser);
    }

    @Override
    public List<User> list() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID).fetch(JooqUserRepository::toUser);
    }

    @Override
    public User update(long id, long expectedVersion, UserEdit edit, Actor actor) {
        return versionedUpdate(id, expectedVersion, actor, "edit", new AppUserRecord()
                .setDisplayName(edit.displayName())
                .setEmail(orNull(edit.email()))
                .setPhone(orNull(edit.phone()))
                .setRole(edit.role().name())
                .setBranchId(orNull(edit.branchId())));
    }

    @Override
    public User changePassword(long id, long expectedVersion, CharSequence newPassword, Actor actor) {
        PasswordPolicy.check(newPassword);
        String hash = hasher.hash(newPassword);
        return versionedUpdate(id, expectedVersion, actor, "change password",
                new AppUserRecord().setPasswordHash(hash), JooqUserRepository::signOutEverywhere);
    }

    /**
     * A new password is often the answer to a lost phone or a leaked password: every session the old one
     * opened ends with it, in the same transaction. The reason on the audit row says how many.
     */
    private static String signOutEverywhere(DSLContext tx, long userId, Instant now) {
        int ended = tx.update(SESSION_TOKEN).set(SESSION_TOKEN.REVOKED_AT, now)
                .where(SESSION_TOKEN.USER_ID.eq(userId).and(SESSION_TOKEN.REVOKED_AT.isNull()))
                .and(SESSION_TOKEN.EXPIRES_AT.gt(now))
                .execute();
        return ended == 0 ? null : "signed out of " + ended + (ended == 1 ? " session" : " sessions");
    }

    @Override
    public User deactivate(long id, long expectedVersion, Actor actor) {
        return versionedUpdate(id, expectedVersion, actor, "deactivate",
                new AppUserRecord().setActive(false), JooqUserRepository::signOutEverywhere);
    }

    @Override
    public Optional<User> verifyPassword(String username, CharSequence password) {
        Optional<AppUserRecord> row = byUsername(username);
        String hash = row.map(AppUserRecord::getPasswordHash).orElse(decoyHash);
        boolean matches = hasher.matches(password == null ? "" : password, hash);
        return row.filter(r -> matches && r.getActive()).map(JooqUserRepository::toUser);
    }

    private Optional<AppUserRecord> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(username.trim().toLowerCase(Locale.ROOT)))
                .fetchOptional();
    }

    private User versionedUpdate(long id, long expectedVersion, Actor actor, String action,
                                 AppUserRecord changes) {
        return versionedUpdate(id, expectedVersion, actor, action, changes, (tx, userId, now) -> null);
    }

    /** What else a change does in its transaction; returns the audit row's reason, or null. */
    @FunctionalInterface
    private interface SideEffect {
        String apply(DSLContext tx, long userId, Instant now);
    }

    private User versionedUpdate(long id, long expectedVersion, Actor actor, String action,
                                 AppUserRecord changes, SideEffect sideEffect) {
        return IntegrityViolations.translate("User " + id, () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            AppUserRecord before = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOne();
            VERSIONED.update(tx, id, expectedVersion, now, changes);
            AppUserRecord after = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle();
            String reason = sideEffect.apply(tx, id, now);
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, action, before, after, reason);
            return toUser(after);
        }));
    }

    /** A unique violation on insert can only be the username (two creates racing past the check). */
    private static <T> T translateTaken(String username, Supplier<T> write) {
        try {
            return IntegrityViolations.translate("User " + username, write);
        } catch (ConflictException e) {
            if (e.getMessage().startsWith("User " + username + " already exists")) {
                throw taken(username, e);
            }
            throw e;
        }
    }

    private static ConflictException taken(String username, Throwable cause) {
        String message = "The username '" + username + "' is already taken; choose another";
        return cause == null ? new ConflictException(message) : new ConflictException(message, cause);
    }

    static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getUsername(), r.getDisplayName(), Optional.ofNullable(r.getEmail()),
                Optional.ofNullable(r.getPhone()), Role.valueOf(r.getRole()), ofLong(r.getBranchId()),
                r.getActive(), r.getVersion());
    }
}
