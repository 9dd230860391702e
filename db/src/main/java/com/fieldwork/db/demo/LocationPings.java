package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.jooq.tables.records.LocationPingRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The last hour of phone positions for technicians who are out right now: a drive from home
 * towards the job, then standing still on site, so the live map has something to show.
 */
final class LocationPings {

    private static final int PINGS = 12;

    private LocationPings() {
    }

    static int write(DSLContext tx, List<Job> jobs, Instant now, SplittableRandom random) {
        List<LocationPingRecord> rows = new ArrayList<>();
        Instant last = now.truncatedTo(ChronoUnit.MINUTES);
        Set<Long> tracked = new HashSet<>();
        for (Job job : jobs) {
            boolean onSite = job.status() == WorkOrderStatus.ARRIVED || job.status() == WorkOrderStatus.IN_PROGRESS;
            if (!onSite && job.status() != WorkOrderStatus.EN_ROUTE || job.technician().isEmpty()
                    || job.plannedStart().isBefore(now.minus(Duration.ofHours(3)))) {
                continue;
            }
            CompanyModel.Technician tech = job.technician().get();
            if (!tracked.add(tech.id())) {
                continue; // one track per phone
            }
            for (int i = 0; i < PINGS; i++) {
                // Share of the way from home to site: all of it once there, about two thirds while driving.
                double share = onSite ? 1.0 : (i + 1) / (double) PINGS * 0.7;
                double lat = tech.homeLat() + (job.site().lat() - tech.homeLat()) * share + (random.nextDouble() - 0.5) * 0.0004;
                double lon = tech.homeLon() + (job.site().lon() - tech.homeLon()) * share + (random.nextDouble() - 0.5) * 0.0004;
                Instant at = last.minus(Duration.ofMinutes(5L * (PINGS - 1 - i)));
                rows.add(new LocationPingRecord().setTechnicianId(tech.id()).setRecordedAt(at)
                        .setReceivedAt(at.plusSeconds(2)).setLat(lat).setLon(lon)
                        .setAccuracyM((float) (4 + random.nextInt(12))).setSpeedMps(onSite ? 0f : (float) (8 + random.nextInt(12)))
                        .setHeadingDeg((float) random.nextInt(360)));
            }
        }
        return BulkInsert.insert(tx, rows);
    }
}
