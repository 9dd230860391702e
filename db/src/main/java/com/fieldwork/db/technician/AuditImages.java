package com.fieldwork.db.technician;

import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.stream.Collectors;

/**
 * The audit log's before/after of a replaced set of child rows (skills, the week), as one
 * readable line each, so "what did his skills look like before" is answered without joins.
 */
final class AuditImages {

    static final String SKILLS = "skills";
    static final String WEEK = "week";

    private static final Field<Long> VERSION = DSL.field(DSL.name("version"), Long.class);

    private AuditImages() {
    }

    static Record of(DSLContext tx, long technicianId, String part, long version) {
        TechnicianRows rows = new TechnicianRows(tx);
        String text = switch (part) {
            case SKILLS -> rows.skills(technicianId).stream().map(AuditImages::skill).collect(Collectors.joining(", "));
            case WEEK -> rows.week(technicianId).stream().map(AuditImages::day).collect(Collectors.joining(", "));
            default -> throw new IllegalArgumentException("No audit image for " + part);
        };
        Field<String> field = DSL.field(DSL.name(part), String.class);
        Record image = tx.newRecord(VERSION, field);
        image.set(VERSION, version);
        image.set(field, text);
        return image;
    }

    private static String skill(TechnicianSkill s) {
        return s.skill().code() + ":" + s.level() + s.certifiedUntil().map(d -> " until " + d).orElse("");
    }

    private static String day(WorkingHours h) {
        return h.weekday() + " " + h.start() + "-" + h.end()
                + (h.breakMinutes() > 0 ? " break " + h.breakMinutes() + "min" : "");
    }
}
