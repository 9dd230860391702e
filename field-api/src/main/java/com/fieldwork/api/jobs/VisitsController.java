package com.fieldwork.api.jobs;

import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.fieldjob.FieldJobService;
import com.fieldwork.core.fieldjob.VisitSummary;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A technician's day: {@code GET /api/v1/visits?date=YYYY-MM-DD} (today in the company's zone by default).
 * The office may add {@code technicianId=}; FieldJobService refuses a technician asking for a colleague's day.
 */
public final class VisitsController {

    private final FieldJobService jobs;
    private final CompanyTime time;

    public VisitsController(FieldJobService jobs, java.time.ZoneId companyZone) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.time = new CompanyTime(companyZone);
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.get("/api/v1/visits")
                .operation("myVisits", "Jobs", "My visits of one day, with each job's summary")
                .query("date", ApiRoute.ParamType.DATE, false, "The day (YYYY-MM-DD); today in the company's zone by default")
                .query("technicianId", ApiRoute.ParamType.ID, false, "Office roles: the technician whose day to read")
                .reply(200, "The day's visits", DayResponse.class)
                .errors(400, 403, 404), this::day);
    }

    void day(Context ctx) {
        Actor actor = CurrentActor.of(ctx);
        LocalDate date = date(ctx.queryParam("date"));
        OptionalLong asked = JobPaths.technicianId(ctx);
        long technicianId = asked.isPresent() ? asked.getAsLong() : ownTechnicianId(actor);
        List<VisitSummary> visits = jobs.visitsOf(actor, technicianId, date);
        ctx.json(new DayResponse(date, time.zone().getId(), technicianId,
                visits.stream().map(v -> VisitResponse.of(v, time)).toList()));
    }

    private LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return jobs.today();
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "date must be a day as YYYY-MM-DD, got '" + raw + "'");
        }
    }

    private static long ownTechnicianId(Actor actor) {
        return actor.technicianId().orElseThrow(() -> new ValidationException("technicianId",
                "User " + actor.username() + " has no visits of their own; pass technicianId"));
    }
}
