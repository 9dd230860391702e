package com.fieldwork.db.demo;

import com.fieldwork.core.organisation.UserRepository;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.Database;
import com.fieldwork.db.jooq.tables.records.WorkingHoursRecord;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCompanyTest extends DatabaseTest {

    static final Clock CLOCK = LoadedDemo.CLOCK;

    /** The shared loaded company of this engine, for tests that do not write. */
    private DSLContext loaded() {
        return LoadedDemo.on(engine).dsl();
    }

    /** A load into this test's own fresh database, for tests that write or compare loads. */
    private DemoSummary load() {
        return DemoCompany.load(dsl(), CLOCK, line -> { });
    }

    @Test
    void loadsTheCompanyWithItsPeopleCustomersAndWork() {
        assertThat(DemoCompany.isLoaded(dsl())).isFalse();
        DSLContext dsl = loaded();
        DemoSummary summary = LoadedDemo.on(engine).summary();

        assertThat(DemoCompany.isLoaded(dsl)).isTrue();
        assertThat(summary.branches()).isEqualTo(3);
        assertThat(summary.users()).isEqualTo(6 + 40);
        assertThat(summary.technicians()).isEqualTo(40);
        assertThat(summary.customers()).isEqualTo(500);
        assertThat(summary.sites()).isBetween(500, 1500);
        assertThat(summary.parts()).isEqualTo(200);
        assertThat(summary.workOrders()).isEqualTo(2000);
        assertThat(summary.visits()).isGreaterThan(1000);
        assertThat(dsl.fetchCount(SLA_POLICY)).isEqualTo(4);
        assertThat(LoadedDemo.on(engine).progress()).contains("demo: work orders 2000/2000");
        assertThat(dsl.fetchCount(AUDIT_LOG) + dsl.fetchCount(CHANGE_FEED)).as("the demo is a start, not a history").isZero();
        Set<WorkOrderStatus> statuses = dsl.selectDistinct(WORK_ORDER.STATUS).from(WORK_ORDER)
                .fetchSet(r -> WorkOrderStatus.valueOf(r.value1()));
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(WorkOrderStatus.class));
    }

    @Test
    void sitesLieInTheDenverMetroArea() {
        DSLContext dsl = loaded();
        assertThat(dsl.fetchCount(SITE, SITE.LAT.notBetween(39.55, 39.95).or(SITE.LON.notBetween(-105.15, -104.70))))
                .isZero();
    }

    @Test
    void demoUsersSignInWithTheirPublishedPasswords() {
        UserRepository users = new JooqUserRepository(loaded(), Clock.systemUTC(), new BcryptPasswordHasher());
        List<DemoUser> signIns = new ArrayList<>(DemoCredentials.roleUsers());
        signIns.add(DemoCredentials.technicians().get(0));
        signIns.add(DemoCredentials.technicians().get(DemoCredentials.TECHNICIAN_COUNT - 1));
        for (DemoUser user : signIns) {
            assertThat(users.verifyPassword(user.username(), user.password())).as(user.username())
                    .hasValueSatisfying(signedIn -> assertThat(signedIn.role()).isEqualTo(user.role()));
        }
        assertThat(users.verifyPassword("admin", "tech-demo")).isEmpty();
        assertThat(loaded().fetchCount(APP_USER, APP_USER.ROLE.eq(Role.TECHNICIAN.name())))
                .isEqualTo(DemoCredentials.TECHNICIAN_COUNT);
    }

    @Test
    void stockLevelsAreTheSumOfTheLedger() {
        DSLContext dsl = loaded();
        Map<String, BigDecimal> ledger = new HashMap<>();
        dsl.selectFrom(STOCK_MOVEMENT).forEach(m -> {
            if (m.getFromLocationId() != null) {
                ledger.merge(m.getFromLocationId() + "/" + m.getPartId(), m.getQuantity().negate(), BigDecimal::add);
            }
            if (m.getToLocationId() != null) {
                ledger.merge(m.getToLocationId() + "/" + m.getPartId(), m.getQuantity(), BigDecimal::add);
            }
        });
        Map<String, BigDecimal> levels = new HashMap<>();
        dsl.selectFrom(STOCK_LEVEL).forEach(l -> levels.put(l.getLocationId() + "/" + l.getPartId(), l.getOnHand()));
        assertThat(levels.keySet()).isEqualTo(ledger.keySet());
        ledger.forEach((key, sum) -> assertThat(levels.get(key)).as(key).isEqualByComparingTo(sum));
        assertThat(levels.values()).allMatch(v -> v.signum() >= 0);
        assertThat(dsl.fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.KIND.eq("CONSUME"))).isGreaterThan(500);
        assertThat(dsl.fetchCount(STOCK_RESERVATION, STOCK_RESERVATION.STATUS.eq("ACTIVE"))).isPositive();
    }

    @Test
    void everyHistoryWalksLegalMovesFromPendingToTheCurrentStatus() {
        DSLContext dsl = loaded();
        Map<Long, Role> roles = dsl.select(APP_USER.ID, APP_USER.ROLE).from(APP_USER)
                .fetchMap(r -> r.value1(), r -> Role.valueOf(r.value2()));
        Map<Long, String> current = dsl.select(WORK_ORDER.ID, WORK_ORDER.STATUS).from(WORK_ORDER).fetchMap(r -> r.value1(), r -> r.value2());
        Map<Long, List<Record>> histories = dsl.selectFrom(WORK_ORDER_STATUS_HISTORY)
                .orderBy(WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID, WORK_ORDER_STATUS_HISTORY.CHANGED_AT, WORK_ORDER_STATUS_HISTORY.ID)
                .fetchGroups(WORK_ORDER_STATUS_HISTORY.WORK_ORDER_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new ArrayList<Record>(e.getValue())));
        assertThat(histories.keySet()).isEqualTo(current.keySet());
        histories.forEach((id, steps) -> {
            assertThat(steps.get(0).get(WORK_ORDER_STATUS_HISTORY.FROM_STATUS)).isNull();
            assertThat(steps.get(0).get(WORK_ORDER_STATUS_HISTORY.TO_STATUS)).isEqualTo("PENDING");
            for (int i = 1; i < steps.size(); i++) {
                WorkOrderStatus from = WorkOrderStatus.valueOf(steps.get(i).get(WORK_ORDER_STATUS_HISTORY.FROM_STATUS));
                WorkOrderStatus to = WorkOrderStatus.valueOf(steps.get(i).get(WORK_ORDER_STATUS_HISTORY.TO_STATUS));
                assertThat(from.name()).as("work order %d step %d", id, i)
                        .isEqualTo(steps.get(i - 1).get(WORK_ORDER_STATUS_HISTORY.TO_STATUS));
                Role role = roles.get(steps.get(i).get(WORK_ORDER_STATUS_HISTORY.CHANGED_BY));
                assertThat(WorkOrderLifecycle.canTransition(from, to, role)).as("%s -> %s by %s on %d", from, to, role, id)
                        .isTrue();
            }
            assertThat(steps.get(steps.size() - 1).get(WORK_ORDER_STATUS_HISTORY.TO_STATUS)).isEqualTo(current.get(id));
        });
        assertThat(dsl.fetchCount(WORK_ORDER_STATUS_HISTORY, WORK_ORDER_STATUS_HISTORY.CHANGED_AT.gt(CLOCK.instant())))
                .isZero();
    }

    @Test
    void visitsGoToTechniciansWithTheRequiredSkillsOnThatDay() {
        DSLContext dsl = loaded();
        var v = VISIT;
        var wos = WORK_ORDER_SKILL;
        var ts = TECHNICIAN_SKILL;
        // A required skill the visiting technician lacks, is below level in, or whose certificate had lapsed.
        int unfit = dsl.fetchCount(dsl.select(v.ID).from(v)
                .join(wos).on(wos.WORK_ORDER_ID.eq(v.WORK_ORDER_ID))
                .leftJoin(ts).on(ts.TECHNICIAN_ID.eq(v.TECHNICIAN_ID)).and(ts.SKILL_ID.eq(wos.SKILL_ID))
                .where(ts.SKILL_ID.isNull().or(ts.SKILL_LEVEL.lt(wos.MIN_LEVEL))
                        .or(ts.CERTIFIED_UNTIL.isNotNull().and(ts.CERTIFIED_UNTIL.lt(DSL.cast(v.PLANNED_START, LocalDate.class))))));
        assertThat(unfit).isZero();
        assertThat(dsl.fetchCount(v, v.TECHNICIAN_ID.isNull())).isZero();
        assertThat(dsl.fetchCount(dsl.select(v.WORK_ORDER_ID).from(v).groupBy(v.WORK_ORDER_ID).having(DSL.count().gt(1))))
                .isPositive();
        assertThat(dsl.fetchCount(LOCATION_PING)).isPositive();
    }

    /** Emergencies may be after hours; everything else is booked inside the technician's day. */
    @Test
    void plannedVisitsFitTheTechniciansWorkingHours() {
        DSLContext dsl = loaded();
        ZoneId zone = ZoneId.of(dsl.select(COMPANY.TIME_ZONE).from(COMPANY).fetchSingle().value1());
        Map<String, WorkingHoursRecord> hours = new HashMap<>();
        dsl.selectFrom(WORKING_HOURS).forEach(h -> hours.put(h.getTechnicianId() + "/" + h.getWeekday(), h));
        var visits = dsl.select(VISIT.ID, VISIT.TECHNICIAN_ID, VISIT.PLANNED_START, VISIT.PLANNED_END).from(VISIT)
                .join(WORK_ORDER).on(WORK_ORDER.ID.eq(VISIT.WORK_ORDER_ID))
                .where(WORK_ORDER.PRIORITY.ne("EMERGENCY")).fetch();
        assertThat(visits).isNotEmpty();
        for (var visit : visits) {
            ZonedDateTime start = visit.value3().atZone(zone);
            ZonedDateTime end = visit.value4().atZone(zone);
            WorkingHoursRecord day = hours.get(visit.value2() + "/" + start.getDayOfWeek().getValue());
            assertThat(day).as("visit %d on a working day", visit.value1()).isNotNull();
            assertThat(start.toLocalTime()).as("visit %d start", visit.value1()).isAfterOrEqualTo(day.getStartsAt());
            assertThat(end.toLocalDate()).isEqualTo(start.toLocalDate());
            assertThat(end.toLocalTime()).as("visit %d end", visit.value1()).isBeforeOrEqualTo(day.getEndsAt());
        }
    }

    @Test
    void numberSequencesContinueAfterTheLastNumbers() {
        load();
        for (var group : dsl().selectFrom(WORK_ORDER).fetch().intoGroups(r -> WorkOrderNumber.parse(r.getNumber()).year()).entrySet()) {
            long max = group.getValue().stream().mapToLong(r -> WorkOrderNumber.parse(r.getNumber()).sequence()).max().orElseThrow();
            assertThat(group.getValue()).hasSize((int) max);
            long next = dsl().select(NUMBER_SEQUENCE.NEXT_VALUE).from(NUMBER_SEQUENCE)
                    .where(NUMBER_SEQUENCE.SCOPE.eq(WorkOrderNumber.sequenceScope(group.getKey()))).fetchSingle().value1();
            assertThat(next).isEqualTo(max + 1);
        }
        assertThat(dsl().select(NUMBER_SEQUENCE.NEXT_VALUE).from(NUMBER_SEQUENCE).where(NUMBER_SEQUENCE.SCOPE.eq("CUSTOMER"))
                .fetchSingle().value1()).isEqualTo(100_501L);
        // The identity columns were moved past the chosen keys: an ordinary insert gets a fresh id.
        long before = dsl().select(DSL.max(SKILL.ID)).from(SKILL).fetchSingle().value1();
        long id = dsl().insertInto(SKILL).set(SKILL.CODE, "welding").set(SKILL.NAME, "Welding")
                .returning(SKILL.ID).fetchSingle().getId();
        assertThat(id).isGreaterThan(before);
    }

    @Test
    void refusesToLoadIntoADatabaseThatHasACompany() {
        load();
        assertThatThrownBy(this::load).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has a company");
        assertThat(dsl().fetchCount(WORK_ORDER)).isEqualTo(2000);
    }

    @Test
    void theSameClockGivesTheSameCompany() {
        load();
        try (Database other = TestDatabases.fresh(engine)) {
            DemoCompany.load(other.dsl(), CLOCK, line -> { });
            assertThat(digest(other.dsl())).isEqualTo(digest(dsl()));
        }
    }

    private static String digest(DSLContext dsl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            dsl.select(WORK_ORDER.NUMBER, WORK_ORDER.STATUS, WORK_ORDER.DESCRIPTION, WORK_ORDER.SITE_ID,
                            WORK_ORDER.CREATED_AT, VISIT.TECHNICIAN_ID, VISIT.PLANNED_START)
                    .from(WORK_ORDER).leftJoin(VISIT).on(VISIT.WORK_ORDER_ID.eq(WORK_ORDER.ID))
                    .orderBy(WORK_ORDER.NUMBER, VISIT.ID)
                    .forEach(r -> sha.update(r.formatCSV(false).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
