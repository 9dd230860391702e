package com.fieldwork.db.technician;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.NewAbsence;
import com.fieldwork.core.technician.NewTechnician;
import com.fieldwork.core.technician.SkillLevel;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianEdit;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianRepository;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.TechnicianRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.SKILL;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static com.fieldwork.db.jooq.Tables.WORKING_HOURS;

/** Technicians in SQL; profile edits versioned, every write audited and on the change feed. */
public final class JooqTechnicianRepository implements TechnicianRepository {

    static final String ENTITY = "technician";
    private static final VersionedTable<TechnicianRecord> VERSIONED = new VersionedTable<>("Technician", ENTITY, TECHNICIAN,
            TECHNICIAN.ID, TECHNICIAN.VERSION, TECHNICIAN.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;
    private final Absences absences;

    public JooqTechnicianRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.absences = new Absences(dsl, clock);
    }

    @Override
    public Technician create(NewTechnician technician, Actor actor) {
        return IntegrityViolations.translate("Technician profile for user " + technician.userId(),
                () -> dsl.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    if (!tx.fetchExists(APP_USER, APP_USER.ID.eq(technician.userId()))) {
                        throw new NotFoundException("user", technician.userId());
                    }
                    Instant now = clock.instant();
                    TechnicianRecord row = write(tx.newRecord(TECHNICIAN), technician.details())
                            .setUserId(technician.userId()).setVersion(0L).setCreatedAt(now).setUpdatedAt(now);
                    row.store();
                    AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null,
                            row, null);
                    return new TechnicianRows(tx).find(row.getId()).orElseThrow();
                }));
    }

    @Override
    public Optional<Technician> find(long id) {
        return new TechnicianRows(dsl).find(id);
    }

    @Override
    public List<Technician> list(long branchId, boolean activeOnly) {
        var condition = TECHNICIAN.BRANCH_ID.eq(branchId);
        return new TechnicianRows(dsl).where(activeOnly ? condition.and(TECHNICIAN.ACTIVE.isTrue()) : condition);
    }

    @Override
    public Technician update(long id, long expectedVersion, TechnicianEdit edit, Actor actor) {
        return versioned(id, expectedVersion, actor, "edit", null, tx ->
                tx.update(TECHNICIAN).set(write(tx.newRecord(TECHNICIAN), edit)).where(TECHNICIAN.ID.eq(id)).execute());
    }

    @Override
    public TechnicianProfile profile(long id) {
        TechnicianRows rows = new TechnicianRows(dsl);
        Technician technician = rows.find(id).orElseThrow(() -> new NotFoundException("technician", id));
        return new TechnicianProfile(technician, rows.skills(id), rows.week(id));
    }

    @Override
    public Technician setSkills(long id, long expectedVersion, List<SkillLevel> skills, Actor actor) {
        Set<Long> seen = new HashSet<>();
        for (SkillLevel skill : skills) {
            if (!seen.add(skill.skillId())) {
                throw new ValidationException("skills", "Skill " + skill.skillId() + " is listed twice");
            }
        }
        return versioned(id, expectedVersion, actor, "set skills", AuditImages.SKILLS, tx -> {
            int known = tx.fetchCount(SKILL, SKILL.ID.in(seen));
            if (known != seen.size()) {
                Long missing = seen.stream().filter(s -> !tx.fetchExists(SKILL, SKILL.ID.eq(s))).findFirst().orElseThrow();
                throw new NotFoundException("skill", missing);
            }
            tx.deleteFrom(TECHNICIAN_SKILL).where(TECHNICIAN_SKILL.TECHNICIAN_ID.eq(id)).execute();
            for (SkillLevel skill : skills) {
                tx.insertInto(TECHNICIAN_SKILL)
                        .set(TECHNICIAN_SKILL.TECHNICIAN_ID, id).set(TECHNICIAN_SKILL.SKILL_ID, skill.skillId())
                        .set(TECHNICIAN_SKILL.SKILL_LEVEL, (short) skill.level())
                        .set(TECHNICIAN_SKILL.CERTIFIED_UNTIL, skill.certifiedUntil().orElse(null))
                        .execute();
            }
        });
    }

    @Override
    public Technician setWorkingHours(long id, long expectedVersion, List<WorkingHours> week, Actor actor) {
        if (week.stream().map(WorkingHours::weekday).distinct().count() != week.size()) {
            throw new ValidationException("week", "Each weekday may appear only once in a week");
        }
        return versioned(id, expectedVersion, actor, "set working hours", AuditImages.WEEK, tx -> {
            tx.deleteFrom(WORKING_HOURS).where(WORKING_HOURS.TECHNICIAN_ID.eq(id)).execute();
            for (WorkingHours day : week) {
                tx.insertInto(WORKING_HOURS)
                        .set(WORKING_HOURS.TECHNICIAN_ID, id)
                        .set(WORKING_HOURS.WEEKDAY, (short) day.weekday().getValue())
                        .set(WORKING_HOURS.STARTS_AT, day.start()).set(WORKING_HOURS.ENDS_AT, day.end())
                        .set(WORKING_HOURS.BREAK_STARTS_AT, day.breakStart().orElse(null))
                        .set(WORKING_HOURS.BREAK_MINUTES, (short) day.breakMinutes())
                        .execute();
            }
        });
    }

    @Override
    public Absence addAbsence(long technicianId, NewAbsence absence, Actor actor) {
        return absences.add(technicianId, absence, actor);
    }

    @Override
    public void removeAbsence(long absenceId, Actor actor) {
        absences.remove(absenceId, actor);
    }

    @Override
    public List<Absence> absencesBetween(OptionalLong technicianId, TimeSlot range) {
        return absences.between(technicianId, range);
    }

    /**
     * Claims the version first, so a stale caller changes nothing, then applies the change. Skills
     * and the week are part of the technician as dispatchers edit it, hence one version for all.
     *
     * @param part the child rows the change replaces ("skills", "week"), shown in the audit log
     *             instead of the technician row; null for an edit of the row itself
     */
    private Technician versioned(long id, long expectedVersion, Actor actor, String action, String part,
                                 Consumer<DSLContext> change) {
        return IntegrityViolations.translate("Technician " + id, () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            TechnicianRecord row = tx.selectFrom(TECHNICIAN).where(TECHNICIAN.ID.eq(id)).fetchOne();
            VERSIONED.claim(tx, id, expectedVersion, now);
            Record before = part == null ? row : AuditImages.of(tx, id, part, expectedVersion);
            change.accept(tx);
            Record after = part == null ? tx.selectFrom(TECHNICIAN).where(TECHNICIAN.ID.eq(id)).fetchSingle()
                    : AuditImages.of(tx, id, part, expectedVersion + 1);
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, action, before, after, null);
            return new TechnicianRows(tx).find(id).orElseThrow();
        }));
    }

    /** Sets the editable columns only, so an update statement built from it touches nothing else. */
    private static TechnicianRecord write(TechnicianRecord row, TechnicianEdit e) {
        return row.setBranchId(e.branchId()).setEmployeeCode(e.employeeCode())
                .setHomeLat(e.homeBase().lat()).setHomeLon(e.homeBase().lon())
                .setHourlyCost(e.hourlyCost()).setHourlyRate(e.hourlyRate()).setActive(e.active());
    }
}
