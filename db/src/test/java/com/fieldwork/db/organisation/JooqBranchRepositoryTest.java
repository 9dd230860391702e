package com.fieldwork.db.organisation;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.organisation.BranchDetails;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqBranchRepositoryTest extends DatabaseTest {

    private static final BranchDetails BOULDER = new BranchDetails("BOU", "Boulder", ZoneId.of("America/Denver"),
            new Address("1777 Broadway", "Boulder", "80302", "US"), new GeoPoint(40.0150, -105.2705));

    private final MutableClock clock = new MutableClock(Seed.T0);
    private JooqBranchRepository branches;
    private Actor admin;
    private Actor otherAdmin;

    @BeforeEach
    void world() {
        Seed seed = new Seed(dsl());
        long home = seed.branch();
        admin = seed.user(Role.SUPER_ADMIN, home);
        otherAdmin = seed.user(Role.OPERATIONS_MANAGER, home);
        branches = new JooqBranchRepository(dsl(), clock);
    }

    @Test
    void everyFieldRoundTripsAndTheListIsByName() {
        Branch created = branches.create(BOULDER, admin);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isZero();
        assertThat(created.details()).isEqualTo(BOULDER);
        assertThat(branches.get(created.id())).isEqualTo(created);
        assertThat(branches.list()).extracting(Branch::name).containsExactly("Boulder", "Branch 1");
    }

    @Test
    void anEditBumpsTheVersionAndIsAuditedAndFed() {
        Branch created = branches.create(BOULDER, admin);
        int audit = count(AUDIT_LOG.getName());
        int feed = count(CHANGE_FEED.getName());
        BranchDetails renamed = new BranchDetails("BOU", "Boulder North", ZoneId.of("America/Denver"),
                new Address("2 Pearl St", "Boulder", "80304", "US"), new GeoPoint(40.03, -105.25));

        Branch edited = branches.update(created.id(), 0, renamed, admin);

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.details()).isEqualTo(renamed);
        assertThat(count(AUDIT_LOG.getName())).isEqualTo(audit + 1);
        assertThat(count(CHANGE_FEED.getName())).isEqualTo(feed + 1);
        assertThat(new JooqAuditLog(dsl()).forEntity("branch", created.id()))
                .extracting(e -> e.action() + " " + e.afterJson().orElse(""))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("create").contains("\"Boulder\""),
                        second -> assertThat(second).startsWith("edit").contains("Boulder North"));
    }

    @Test
    void aStaleEditNamesWhoChangedItAndWhenAndWritesNothing() {
        Branch created = branches.create(BOULDER, admin);
        clock.advance(Duration.ofMinutes(5));
        Branch first = branches.update(created.id(), 0, renamed("Boulder A"), admin);
        int audit = count(AUDIT_LOG.getName());
        int feed = count(CHANGE_FEED.getName());

        assertThatThrownBy(() -> branches.update(created.id(), 0, renamed("Boulder B"), otherAdmin))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(admin.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0.plus(Duration.ofMinutes(5)));
                    assertThat(e.currentVersion()).isEqualTo(1);
                });

        assertThat(branches.get(created.id())).isEqualTo(first);
        assertThat(count(AUDIT_LOG.getName())).isEqualTo(audit);
        assertThat(count(CHANGE_FEED.getName())).isEqualTo(feed);
    }

    @Test
    void refusedWritesLeaveTheDatabaseUnchanged() {
        branches.create(BOULDER, admin);
        int rows = dsl().fetchCount(BRANCH);
        int audit = count(AUDIT_LOG.getName());

        assertThatThrownBy(() -> branches.create(BOULDER, otherAdmin))
                .isInstanceOf(ConflictException.class).hasMessageContaining("BOU");
        assertThatThrownBy(() -> renamed(" "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new GeoPoint(91, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lat"));
        assertThatThrownBy(() -> branches.update(424_242, 0, BOULDER, admin)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> branches.get(424_242)).isInstanceOf(NotFoundException.class);

        assertThat(dsl().fetchCount(BRANCH)).isEqualTo(rows);
        assertThat(count(AUDIT_LOG.getName())).isEqualTo(audit);
    }

    private static BranchDetails renamed(String name) {
        return new BranchDetails(BOULDER.code(), name, BOULDER.timeZone(), BOULDER.address(), BOULDER.location());
    }

    private int count(String table) {
        return dsl().fetchCount(dsl().selectFrom(table));
    }
}
