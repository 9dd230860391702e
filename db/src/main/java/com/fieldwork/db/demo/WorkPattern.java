package com.fieldwork.db.demo;

import com.fieldwork.db.jooq.tables.records.WorkingHoursRecord;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The weekly shapes of a technician's working time, local to the branch. */
enum WorkPattern {
    EARLY(1, 5, "07:00", "15:30"),
    LATE(1, 5, "08:00", "16:30"),
    TUESDAY_TO_SATURDAY(2, 6, "07:00", "15:30"),
    FOUR_TENS(1, 4, "06:30", "17:00");

    private final int firstDay;
    private final int lastDay;
    private final LocalTime start;
    private final LocalTime end;

    WorkPattern(int firstDay, int lastDay, String start, String end) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.start = LocalTime.parse(start);
        this.end = LocalTime.parse(end);
    }

    static WorkPattern ofIndex(int technicianIndex) {
        return values()[technicianIndex % values().length];
    }

    /** Rows for working_hours: a 30-minute lunch break at 11:30 every working day. */
    List<WorkingHoursRecord> rows(long technicianId) {
        List<WorkingHoursRecord> rows = new ArrayList<>();
        for (int day = firstDay; day <= lastDay; day++) {
            rows.add(new WorkingHoursRecord().setTechnicianId(technicianId).setWeekday((short) day)
                    .setStartsAt(start).setEndsAt(end).setBreakStartsAt(LocalTime.of(11, 30))
                    .setBreakMinutes((short) 30));
        }
        return rows;
    }
}
