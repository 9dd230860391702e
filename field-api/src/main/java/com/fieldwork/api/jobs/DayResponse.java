package com.fieldwork.api.jobs;

import java.time.LocalDate;
import java.util.List;

/** A technician's visits on one day; {@code zone} is the company's, in which the day and all times are given. */
public record DayResponse(LocalDate date, String zone, long technicianId, List<VisitResponse> visits) {

    public DayResponse {
        visits = List.copyOf(visits);
    }
}
