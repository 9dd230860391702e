package com.fieldwork.db;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.organisation.NewUser;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.flywaydb.core.Flyway;
import org.jooq.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ABSENCE;
import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static com.fieldwork.db.jooq.Tables.WORKING_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation made by the first release (schema V1 only) with data in it, started by this release: Flyway
 * applies every later migration on open, and nothing that was there is lost or changed.
 */
class UpgradeTest {

    private static final BcryptPasswordHasher HASHER = new BcryptPasswordHasher(4);

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void aDatabaseOfTheFirstSchemaVersionWithDataIsMigratedOnOpenAndKeepsItsData(TestEngine engine) throws SQLException {
        DatabaseConfig config = TestDatabases.empty(engine);
        if (engine == TestEngine.H2) {
            // an in-memory H2 database lives only while a connection is open
            config = new DatabaseConfig(config.url() + ";DB_CLOSE_DELAY=-1", config.user(), config.password(), 2);
        }
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        fillAsTheFirstReleaseDid(config);

        try (Database database = Database.open(config)) {
            assertThat(database.isMigrated()).isTrue();
            assertThat(database.schemaVersion()).isPresent().get().isNotEqualTo("1");

            Record company = database.dsl().selectFrom(COMPANY).fetchSingle();
            assertThat(company.get(COMPANY.NAME)).isEqualTo("Old Town Plumbing");
            assertThat(company.get(COMPANY.DEFAULT_TAX_RATE)).isEqualByComparingTo(new BigDecimal("0.0825"));
            assertThat(company.get(COMPANY.TIME_ZONE)).isEqualTo("America/Denver");
            assertThat(company.get(COMPANY.PAYMENT_TERMS_DAYS)).as("V11's default for an existing company").isEqualTo(30);
            assertThat(database.dsl().fetchValue(BRANCH.NAME, BRANCH.CODE.eq("OLD"))).isEqualTo("Old Town");
            assertThat(database.dsl().fetchCount(TECHNICIAN)).isEqualTo(1);
            assertThat(database.dsl().fetchValue(TECHNICIAN.HOURLY_RATE, TECHNICIAN.EMPLOYEE_CODE.eq("T-1")))
                    .isEqualByComparingTo("95.00");
            assertThat(database.dsl().fetchValue(TECHNICIAN_SKILL.SKILL_LEVEL)).isEqualTo((short) 4);
            assertThat(database.dsl().fetchCount(WORKING_HOURS)).isEqualTo(5);
            assertThat(database.dsl().fetchValue(ABSENCE.NOTE)).isEqualTo("Dentist");
            assertThat(database.dsl().fetchValue(NUMBER_SEQUENCE.NEXT_VALUE, NUMBER_SEQUENCE.SCOPE.eq("wo:2026")))
                    .isEqualTo(42L);

            JooqUserRepository users = new JooqUserRepository(database.dsl(), Clock.systemUTC(), HASHER);
            // the old hash still signs its user in
            assertThat(users.verifyPassword("old.admin", "first-release-pw")).isPresent()
                    .get().satisfies(user -> assertThat(user.role()).isEqualTo(Role.SUPER_ADMIN));
            // and the upgraded schema takes new rows next to the old ones
            users.create(new NewUser("new.dispatcher", "New Dispatcher", Optional.empty(), Optional.empty(),
                    Role.DISPATCHER, OptionalLong.empty()), "second-release-pw", Actor.system());
            assertThat(database.dsl().fetchCount(APP_USER)).isEqualTo(3);
        }
    }

    /** Plain SQL against the V1 tables, as the first release's code would have written them. */
    private static void fillAsTheFirstReleaseDid(DatabaseConfig config) throws SQLException {
        String adminHash = HASHER.hash("first-release-pw");
        String techHash = HASHER.hash("technician-pw");
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = connection.createStatement()) {
            sql.execute("insert into company (name, currency, default_tax_rate, time_zone) "
                    + "values ('Old Town Plumbing', 'USD', 0.0825, 'America/Denver')");
            sql.execute("insert into branch (code, name, time_zone, street, city, postal_code, country, lat, lon, "
                    + "created_at, updated_at) values ('OLD', 'Old Town', 'America/Denver', '1 Main St', 'Denver', "
                    + "'80202', 'US', 39.75, -104.99, timestamp with time zone '2025-01-02 08:00:00+00', "
                    + "timestamp with time zone '2025-01-02 08:00:00+00')");
            sql.execute("insert into app_user (username, display_name, password_hash, role, created_at, updated_at) "
                    + "values ('old.admin', 'Old Admin', '" + adminHash + "', 'SUPER_ADMIN', "
                    + "timestamp with time zone '2025-01-02 08:00:00+00', timestamp with time zone '2025-01-02 08:00:00+00')");
            sql.execute("insert into app_user (username, display_name, password_hash, role, branch_id, created_at, "
                    + "updated_at) select 'old.tech', 'Old Tech', '" + techHash + "', 'TECHNICIAN', id, "
                    + "timestamp with time zone '2025-01-02 08:00:00+00', timestamp with time zone '2025-01-02 08:00:00+00' "
                    + "from branch where code = 'OLD'");
            sql.execute("insert into skill (code, name) values ('PLUMB', 'Plumbing')");
            sql.execute("insert into technician (user_id, branch_id, employee_code, home_lat, home_lon, hourly_cost, "
                    + "hourly_rate, created_at, updated_at) select u.id, b.id, 'T-1', 39.7, -105.0, 40.00, 95.00, "
                    + "timestamp with time zone '2025-01-02 08:00:00+00', timestamp with time zone '2025-01-02 08:00:00+00' "
                    + "from app_user u, branch b where u.username = 'old.tech' and b.code = 'OLD'");
            sql.execute("insert into technician_skill (technician_id, skill_id, skill_level, certified_until) "
                    + "select t.id, s.id, 4, date '2027-06-30' from technician t, skill s");
            for (int weekday = 1; weekday <= 5; weekday++) {
                sql.execute("insert into working_hours (technician_id, weekday, starts_at, ends_at, break_starts_at, "
                        + "break_minutes) select id, " + weekday + ", time '07:30:00', time '16:00:00', "
                        + "time '12:00:00', 30 from technician");
            }
            sql.execute("insert into absence (technician_id, kind, starts_at, ends_at, note) select id, 'OTHER', "
                    + "timestamp with time zone '2025-02-03 15:00:00+00', timestamp with time zone "
                    + "'2025-02-03 17:00:00+00', 'Dentist' from technician");
            sql.execute("insert into number_sequence (scope, next_value) values ('wo:2026', 42)");
        }
    }
}
