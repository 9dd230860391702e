package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.workorder.Priority;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The CSS classes a job pin gets: its fill says where the job stands (planned, on the way, on site, stuck,
 * done), its ring how urgent it is. The colours themselves are in the app stylesheet.
 */
public final class JobMarkerStyle {

    private JobMarkerStyle() {
    }

    public static List<String> styleClasses(ScheduledVisit job) {
        return List.of("job-pin", "job-" + stage(job), "priority-" + job.priority().name().toLowerCase(Locale.ROOT));
    }

    /** Five stages a dispatcher tells apart at a glance; the exact status is in the tooltip. */
    public static String stage(ScheduledVisit job) {
        return switch (job.status()) {
            case PENDING, ASSIGNED -> "planned";
            case EN_ROUTE -> "en-route";
            case ARRIVED, IN_PROGRESS -> "on-site";
            case WAITING_FOR_PARTS, ON_HOLD -> "stuck";
            case COMPLETED, CLOSED, CANCELLED -> "done";
        };
    }

    /** Urgent pins last, so every provider draws them on top where pins overlap. */
    public static List<ScheduledVisit> drawingOrder(List<ScheduledVisit> jobs) {
        return jobs.stream().sorted(Comparator.comparing(ScheduledVisit::priority).reversed()).toList();
    }

    /** Emergencies and high priority get a larger pin so they stand out among dozens. */
    public static double radius(ScheduledVisit job) {
        return job.priority() == Priority.EMERGENCY ? 10 : job.priority() == Priority.HIGH ? 8 : 6.5;
    }
}
