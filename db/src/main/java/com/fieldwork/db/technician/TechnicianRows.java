package com.fieldwork.db.technician;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.db.jooq.tables.records.TechnicianRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.SKILL;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static com.fieldwork.db.jooq.Tables.WORKING_HOURS;

/** Reads of technicians and what hangs off them; usable inside a transaction or outside. */
public final class TechnicianRows {

    private final DSLContext dsl;

    public TechnicianRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The name lives on the user: joined, never copied. */
    public List<Technician> where(Condition condition) {
        return dsl.select(TECHNICIAN.asterisk(), APP_USER.DISPLAY_NAME)
                .from(TECHNICIAN).join(APP_USER).on(APP_USER.ID.eq(TECHNICIAN.USER_ID))
                .where(condition)
                .orderBy(APP_USER.DISPLAY_NAME, TECHNICIAN.ID)
                .fetch(TechnicianRows::toTechnician);
    }

    Optional<Technician> find(long id) {
        return where(TECHNICIAN.ID.eq(id)).stream().findFirst();
    }

    List<TechnicianSkill> skills(long technicianId) {
        return skillsOf(TECHNICIAN_SKILL.TECHNICIAN_ID.eq(technicianId)).getOrDefault(technicianId, List.of());
    }

    List<WorkingHours> week(long technicianId) {
        return weeksOf(WORKING_HOURS.TECHNICIAN_ID.eq(technicianId)).getOrDefault(technicianId, List.of());
    }

    /** Skills of many technicians in one query ({@code condition} on TECHNICIAN_SKILL), by technician, each by code. */
    public Map<Long, List<TechnicianSkill>> skillsOf(Condition condition) {
        return dsl.select(TECHNICIAN_SKILL.TECHNICIAN_ID, SKILL.ID, SKILL.CODE, SKILL.NAME, TECHNICIAN_SKILL.SKILL_LEVEL,
                        TECHNICIAN_SKILL.CERTIFIED_UNTIL)
                .from(TECHNICIAN_SKILL).join(SKILL).on(SKILL.ID.eq(TECHNICIAN_SKILL.SKILL_ID))
                .where(condition)
                .orderBy(TECHNICIAN_SKILL.TECHNICIAN_ID, SKILL.CODE)
                .fetchGroups(r -> r.value1(), r -> new TechnicianSkill(new Skill(r.value2(), r.value3(), r.value4()),
                        r.value5(), Optional.ofNullable(r.value6())));
    }

    /** Usual weeks of many technicians in one query ({@code condition} on WORKING_HOURS), by technician. */
    public Map<Long, List<WorkingHours>> weeksOf(Condition condition) {
        return dsl.selectFrom(WORKING_HOURS)
                .where(condition)
                .orderBy(WORKING_HOURS.TECHNICIAN_ID, WORKING_HOURS.WEEKDAY)
                .fetchGroups(r -> r.getTechnicianId(), r -> new WorkingHours(DayOfWeek.of(r.getWeekday()),
                        r.getStartsAt(), r.getEndsAt(), Optional.ofNullable(r.getBreakStartsAt()), r.getBreakMinutes()));
    }

    private static Technician toTechnician(Record r) {
        TechnicianRecord t = r.into(TECHNICIAN);
        return new Technician(t.getId(), t.getUserId(), t.getBranchId(), t.getEmployeeCode(),
                r.get(APP_USER.DISPLAY_NAME), new GeoPoint(t.getHomeLat(), t.getHomeLon()), t.getHourlyCost(),
                t.getHourlyRate(), t.getActive(), t.getVersion());
    }
}
