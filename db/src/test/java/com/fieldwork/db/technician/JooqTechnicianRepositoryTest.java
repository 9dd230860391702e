package com.fieldwork.db.technician;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.NewAbsence;
import com.fieldwork.core.technician.NewTechnician;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.SkillLevel;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianEdit;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ABSENCE;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTechnicianRepositoryTest extends DatabaseTest {

    private static final Instant MONDAY = Instant.parse("2026-03-09T07:00:00Z");

    private final MutableClock clock = new MutableClock(Seed.T0);
    private JooqTechnicianRepository technicians;
    private JooqSkillRepository skills;
    private Actor manager;
    private Actor otherManager;
    private long branch;
    private long otherBranch;
    private Actor newcomer;

    @BeforeEach
    void world() {
        Seed seed = new Seed(dsl());
        branch = seed.branch();
        otherBranch = seed.branch();
        manager = seed.user(Role.BRANCH_MANAGER, branch);
        otherManager = seed.user(Role.BRANCH_MANAGER, branch);
        newcomer = seed.user(Role.DISPATCHER, branch);
        technicians = new JooqTechnicianRepository(dsl(), clock);
        skills = new JooqSkillRepository(dsl(), clock);
    }

    private TechnicianEdit details(String cost, String rate) {
        return new TechnicianEdit(branch, "E-900", new GeoPoint(39.68, -104.94), new BigDecimal(cost),
                new BigDecimal(rate), true);
    }

    @Test
    void everyFieldRoundTripsAndTheNameComesFromTheUser() {
        Technician created = technicians.create(new NewTechnician(newcomer.userId(), details("36.5", "120")), manager);

        assertThat(created).isEqualTo(new Technician(created.id(), newcomer.userId(), branch, "E-900",
                newcomer.displayName(), new GeoPoint(39.68, -104.94), new BigDecimal("36.50"),
                new BigDecimal("120.00"), true, 0));
        assertThat(technicians.get(created.id())).isEqualTo(created);
        assertThat(technicians.list(branch, true)).extracting(Technician::id).containsExactly(created.id());
        assertThat(technicians.list(otherBranch, false)).isEmpty();
    }

    @Test
    void editsAreVersionedAuditedAndListsCanHideInactiveTechnicians() {
        Technician created = technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        Technician moved = technicians.update(created.id(), 0, new TechnicianEdit(otherBranch, "E-901",
                new GeoPoint(40, -105), new BigDecimal("31"), new BigDecimal("101"), false), manager);

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.branchId()).isEqualTo(otherBranch);
        assertThat(moved.hourlyRate()).isEqualByComparingTo("101");
        assertThat(moved.active()).isFalse();
        assertThat(technicians.list(otherBranch, true)).isEmpty();
        assertThat(technicians.list(otherBranch, false)).containsExactly(moved);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit + 1);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed + 1);
    }

    @Test
    void skillsAndWeekReplaceTheSetBumpTheVersionAndShowInTheProfile() {
        Technician tech = technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager);
        Skill gas = skills.create("gas", "Gas appliances", manager);
        Skill elec = skills.create("ELEC", "Electrical", manager);
        LocalDate expiry = LocalDate.of(2026, 6, 30);

        technicians.setSkills(tech.id(), 0, List.of(new SkillLevel(gas.id(), 2, Optional.empty())), manager);
        Technician after = technicians.setSkills(tech.id(), 1, List.of(new SkillLevel(gas.id(), 4, Optional.of(expiry)),
                new SkillLevel(elec.id(), 1, Optional.empty())), manager);
        WorkingHours monday = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(16, 0),
                Optional.of(LocalTime.of(12, 0)), 30);
        WorkingHours friday = new WorkingHours(DayOfWeek.FRIDAY, LocalTime.of(7, 0), LocalTime.of(13, 0));
        Technician weekSet = technicians.setWorkingHours(tech.id(), after.version(), List.of(friday, monday), manager);

        assertThat(gas.code()).isEqualTo("GAS");
        assertThat(skills.list()).extracting(Skill::code).containsExactly("ELEC", "GAS");
        assertThat(skills.findByCode("gas")).contains(gas);
        assertThat(weekSet.version()).isEqualTo(3);
        TechnicianProfile profile = technicians.profile(tech.id());
        assertThat(profile.skills()).extracting(s -> s.skill().code() + ":" + s.level() + ":" + s.certifiedUntil())
                .containsExactly("ELEC:1:Optional.empty", "GAS:4:Optional[2026-06-30]");
        assertThat(profile.week()).containsExactly(monday, friday);
        assertThat(profile.qualifiedFor(gas.id(), 3, expiry)).isTrue();
        assertThat(profile.qualifiedFor(gas.id(), 3, expiry.plusDays(1))).isFalse();
        assertThat(profile.skills().get(1).isValidOn(expiry.plusDays(1))).isFalse();
        assertThat(new JooqAuditLog(dsl()).forEntity("technician", tech.id()))
                .extracting(e -> e.action() + " | " + e.beforeJson().orElse("") + " -> " + e.afterJson().orElse(""))
                .element(2).asString()
                .contains("set skills").contains("\"skills\":\"GAS:2\"").contains("ELEC:1, GAS:4 until 2026-06-30");
    }

    @Test
    void aStaleSkillChangeNamesTheWinnerAndChangesNothing() {
        Technician tech = technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager);
        Skill gas = skills.create("GAS", "Gas appliances", manager);
        clock.advance(Duration.ofMinutes(7));
        technicians.setSkills(tech.id(), 0, List.of(new SkillLevel(gas.id(), 2, Optional.empty())), manager);
        int audit = dsl().fetchCount(AUDIT_LOG);

        assertThatThrownBy(() -> technicians.setSkills(tech.id(), 0, List.of(), otherManager))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(manager.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0.plus(Duration.ofMinutes(7)));
                });
        assertThatThrownBy(() -> technicians.update(tech.id(), 0, details("1", "1"), otherManager))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(dsl().fetchCount(TECHNICIAN_SKILL)).isEqualTo(1);
        assertThat(technicians.get(tech.id()).hourlyCost()).isEqualByComparingTo("30");
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
    }

    @Test
    void absencesAreFoundByOverlapAndRemovedWithAnAuditRow() {
        long tech = technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager).id();
        Absence holiday = technicians.addAbsence(tech, new NewAbsence(AbsenceKind.VACATION,
                new TimeSlot(MONDAY, MONDAY.plus(Duration.ofDays(5))), Optional.of("Skiing")), manager);
        Absence training = technicians.addAbsence(tech, new NewAbsence(AbsenceKind.TRAINING,
                TimeSlot.of(MONDAY.plus(Duration.ofDays(7)), Duration.ofHours(8)), Optional.empty()), manager);

        assertThat(holiday.note()).contains("Skiing");
        assertThat(technicians.absencesBetween(OptionalLong.of(tech), TimeSlot.of(MONDAY.plus(Duration.ofDays(2)),
                Duration.ofDays(6)))).containsExactly(holiday, training);
        assertThat(technicians.absencesBetween(OptionalLong.empty(), TimeSlot.of(MONDAY.minus(Duration.ofDays(1)),
                Duration.ofDays(1)))).isEmpty();
        int feed = dsl().fetchCount(CHANGE_FEED);

        technicians.removeAbsence(holiday.id(), manager);

        assertThat(technicians.absencesBetween(OptionalLong.empty(), TimeSlot.of(MONDAY, Duration.ofDays(30))))
                .containsExactly(training);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed + 1);
        assertThat(new JooqAuditLog(dsl()).forEntity("absence", holiday.id()))
                .extracting(e -> e.action()).containsExactly("add", "remove");
        assertThatThrownBy(() -> technicians.removeAbsence(holiday.id(), manager)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        long tech = technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager).id();
        int rows = dsl().fetchCount(TECHNICIAN);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> details("-1", "100"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("hourlyCost"));
        assertThatThrownBy(() -> details("30", "-0.01"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("hourlyRate"));
        assertThatThrownBy(() -> new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> new NewAbsence(AbsenceKind.SICK, new TimeSlot(MONDAY, MONDAY), Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> technicians.create(new NewTechnician(newcomer.userId(), details("30", "100")), manager))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> technicians.setSkills(tech, 0, List.of(new SkillLevel(424_242, 1, Optional.empty())),
                manager)).isInstanceOf(NotFoundException.class);
        WorkingHours monday = new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0));
        assertThatThrownBy(() -> technicians.setWorkingHours(tech, 0, List.of(monday, monday), manager))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> technicians.addAbsence(424_242, new NewAbsence(AbsenceKind.SICK,
                TimeSlot.of(MONDAY, Duration.ofHours(1)), Optional.empty()), manager)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> technicians.update(424_242, 0, details("1", "1"), manager))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> technicians.profile(424_242)).isInstanceOf(NotFoundException.class);

        assertThat(dsl().fetchCount(TECHNICIAN)).isEqualTo(rows);
        assertThat(technicians.get(tech).version()).isZero();
        assertThat(dsl().fetchCount(ABSENCE)).isZero();
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }
}
