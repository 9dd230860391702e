package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static com.fieldwork.core.workorder.WorkOrderStatus.*;

/**
 * Decides the demo's work orders: spread over the last 90 days and the next 14, booked into each
 * technician's working hours without overlaps, given to technicians whose skills and certificates
 * fit on that day, and with a status that fits the appointment's age. A few jobs are under way right
 * now, so the dispatch board always shows technicians on the road and on site.
 */
final class DemoJobPlanner {

    static final int PAST_DAYS = 90;
    static final int FUTURE_DAYS = 14;

    private static final WorkOrderStatus[] FUTURE = {ASSIGNED, PENDING, ON_HOLD, CANCELLED};
    private static final int[] FUTURE_WEIGHTS = {68, 22, 5, 5};
    private static final WorkOrderStatus[] RECENT = {COMPLETED, CLOSED, WAITING_FOR_PARTS, ON_HOLD, CANCELLED, PENDING};
    private static final int[] RECENT_WEIGHTS = {55, 25, 8, 4, 6, 2};
    private static final WorkOrderStatus[] OLD = {CLOSED, COMPLETED, CANCELLED, WAITING_FOR_PARTS, ON_HOLD, PENDING};
    private static final int[] OLD_WEIGHTS = {78, 8, 7, 2, 3, 2};
    private static final WorkOrderStatus[] IN_THE_FIELD = {EN_ROUTE, ARRIVED, IN_PROGRESS};

    private final CompanyModel model;
    private final SplittableRandom random;
    private final Instant now;
    private final LocalDate today;
    /** Per technician and day, when their last booked job ends. */
    private final Map<String, LocalTime> diary = new HashMap<>();

    DemoJobPlanner(CompanyModel model, SplittableRandom random, Instant now) {
        this.model = model;
        this.random = random;
        this.now = now;
        this.today = LocalDate.ofInstant(now, model.zone);
    }

    List<Job> plan(int count) {
        List<Job> jobs = new ArrayList<>(inTheFieldNow(Math.min(count, 9)));
        int attempts = 0;
        while (jobs.size() < count) {
            if (++attempts > count * 20) {
                throw new IllegalStateException("Could not book " + count + " demo work orders into the technicians' hours");
            }
            randomJob().ifPresent(jobs::add);
        }
        return jobs;
    }

    private List<Job> inTheFieldNow(int count) {
        List<Job> jobs = new ArrayList<>();
        List<CompanyModel.Technician> technicians = model.technicians;
        for (int k = 0, t = 0; jobs.size() < count && t < technicians.size(); t++) {
            CompanyModel.Technician tech = technicians.get((t * 5) % technicians.size());
            WorkOrderStatus status = IN_THE_FIELD[k % IN_THE_FIELD.length];
            long offset = status == EN_ROUTE ? 20 : status == ARRIVED ? -10 : -40;
            Instant start = now.plus(Duration.ofMinutes(offset)).truncatedTo(ChronoUnit.MINUTES);
            List<CompanyModel.Site> sites = model.sites.stream().filter(s -> s.branchId() == tech.branchId()).toList();
            if (sites.isEmpty()) {
                continue;
            }
            CompanyModel.Site site = pick(sites);
            Optional<CompanyModel.Template> template = shuffled(site.commercial() ? model.templates : model.homeTemplates)
                    .stream().filter(candidate -> tech.qualified(candidate, today)).findFirst();
            Instant end = start.plus(Duration.ofMinutes(template.map(CompanyModel.Template::minutes).orElse(60)));
            if (template.isEmpty() || !tech.available(start, end) || diary.containsKey(key(tech, today))) {
                continue;
            }
            // Booked out for the rest of today: this job is what they are doing now.
            diary.put(key(tech, today), LocalTime.MAX);
            boolean inHours = withinHours(tech, start, end);
            Priority priority = inHours ? template.get().priority() : Priority.EMERGENCY;
            jobs.add(new Job(site, Optional.empty(), template.get(), priority, WorkOrderSource.MANUAL, status,
                    Optional.of(tech), start, end, createdBefore(start, priority, Duration.ofMinutes(60)), Optional.empty()));
            k++;
        }
        return jobs;
    }

    private Optional<Job> randomJob() {
        CompanyModel.Site site = pick(model.sites);
        Optional<Long> asset = Optional.empty();
        List<CompanyModel.Template> templates = site.commercial() ? model.templates : model.homeTemplates;
        if (!site.assetIds().isEmpty() && random.nextInt(100) < 75) {
            int k = random.nextInt(site.assetIds().size());
            asset = Optional.of(site.assetIds().get(k));
            templates = model.templatesByServiceType.getOrDefault(site.assetServiceTypes().get(k), model.templates);
        }
        CompanyModel.Template template = pick(templates);
        int dayOffset = -PAST_DAYS + random.nextInt(PAST_DAYS + FUTURE_DAYS);
        LocalDate day = today.plusDays(dayOffset);
        WorkOrderStatus status = dayOffset > 0 ? pick(FUTURE, FUTURE_WEIGHTS)
                : dayOffset >= -14 ? pick(RECENT, RECENT_WEIGHTS) : pick(OLD, OLD_WEIGHTS);
        Priority priority = priority(template.priority());
        WorkOrderSource source = source(priority);
        boolean unassigned = status == PENDING || ((status == ON_HOLD || status == CANCELLED) && random.nextBoolean());
        if (unassigned) {
            Instant wanted = day.atTime(8 + random.nextInt(8), 0).atZone(model.zone).toInstant();
            Instant end = wanted.plus(Duration.ofMinutes(template.minutes()));
            return Optional.of(new Job(site, asset, template, priority, source, status, Optional.empty(), wanted, end,
                    createdBefore(wanted, priority, Duration.ofMinutes(10)), Optional.empty()));
        }
        Optional<Booking> booking = book(template, site.branchId(), day);
        if (booking.isEmpty()) {
            return Optional.empty();
        }
        Instant start = booking.get().start();
        Instant end = start.plus(Duration.ofMinutes(template.minutes()));
        status = fitToClock(status, start, end);
        Optional<Instant> earlier = Optional.empty();
        if ((status == COMPLETED || status == CLOSED) && random.nextInt(100) < 10) {
            earlier = bookFor(booking.get().technician(), template, day.minusDays(2 + random.nextInt(5)));
        }
        return Optional.of(new Job(site, asset, template, priority, source, status, Optional.of(booking.get().technician()),
                start, end, createdBefore(earlier.orElse(start), priority, Duration.ofMinutes(10)), earlier));
    }

    /** Today's jobs: not finished yet means not completed yet; closing waits a while after completion. */
    private WorkOrderStatus fitToClock(WorkOrderStatus chosen, Instant start, Instant end) {
        if (start.isAfter(now)) {
            return chosen == CANCELLED || chosen == ON_HOLD ? chosen : ASSIGNED;
        }
        if (end.plus(Duration.ofMinutes(60)).isAfter(now)) {
            // Started, or running late: still on site.
            return chosen == CANCELLED || chosen == ON_HOLD ? chosen : IN_PROGRESS;
        }
        if (chosen == CLOSED && end.plus(Duration.ofHours(4)).isAfter(now)) {
            return COMPLETED;
        }
        return chosen;
    }

    private record Booking(CompanyModel.Technician technician, Instant start) {
    }

    /** The branch's own technicians first, then anyone qualified; each from a random place in the list. */
    private Optional<Booking> book(CompanyModel.Template template, long branchId, LocalDate day) {
        for (boolean local : new boolean[] {true, false}) {
            for (CompanyModel.Technician tech : shuffled(model.technicians)) {
                if ((tech.branchId() == branchId) == local && tech.qualified(template, day)) {
                    Optional<Instant> start = bookFor(tech, template, day);
                    if (start.isPresent()) {
                        return Optional.of(new Booking(tech, start.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> bookFor(CompanyModel.Technician tech, CompanyModel.Template template, LocalDate day) {
        CompanyModel.Hours hours = tech.hours().get(day.getDayOfWeek());
        if (hours == null || !tech.qualified(template, day)) {
            return Optional.empty();
        }
        LocalTime free = diary.getOrDefault(key(tech, day), hours.start());
        if (free.equals(LocalTime.MAX) || free.isAfter(hours.end().minusMinutes(template.minutes() + 15L))) {
            return Optional.empty();
        }
        // Travel from the previous job (or the yard), rounded to five minutes like a dispatcher would.
        LocalTime start = free.plusMinutes(15 + 5L * random.nextInt(7));
        LocalTime end = start.plusMinutes(template.minutes());
        if (end.isAfter(hours.end()) || end.isBefore(start)) {
            return Optional.empty();
        }
        Instant startAt = day.atTime(start).atZone(model.zone).toInstant();
        if (!tech.available(startAt, day.atTime(end).atZone(model.zone).toInstant())) {
            return Optional.empty();
        }
        diary.put(key(tech, day), end);
        return Optional.of(startAt);
    }

    private boolean withinHours(CompanyModel.Technician tech, Instant start, Instant end) {
        LocalDate day = LocalDate.ofInstant(start, model.zone);
        CompanyModel.Hours hours = tech.hours().get(day.getDayOfWeek());
        LocalTime from = start.atZone(model.zone).toLocalTime();
        LocalTime to = end.atZone(model.zone).toLocalTime();
        return hours != null && LocalDate.ofInstant(end, model.zone).equals(day)
                && !from.isBefore(hours.start()) && !to.isAfter(hours.end());
    }

    /** Emergencies are booked within hours, planned work days or weeks ahead; never after "now". */
    private Instant createdBefore(Instant appointment, Priority priority, Duration atLeastAgo) {
        long leadMinutes = switch (priority) {
            case EMERGENCY -> 60 + random.nextInt(120);
            case HIGH -> 180 + random.nextInt(1620);
            case NORMAL -> 1440 + random.nextInt(7200);
            case LOW -> 4320 + random.nextInt(24480);
        };
        Instant created = appointment.minus(Duration.ofMinutes(leadMinutes));
        Instant latest = now.minus(atLeastAgo).minus(Duration.ofMinutes(random.nextInt(180)));
        return (created.isAfter(latest) ? latest : created).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Mostly the template's own; otherwise one step more or less urgent, never a no-heat call at low. */
    private Priority priority(Priority usual) {
        int roll = random.nextInt(100);
        int shift = roll < 75 ? 0 : roll < 88 ? -1 : 1;
        return Priority.values()[Math.max(0, Math.min(Priority.values().length - 1, usual.ordinal() + shift))];
    }

    private WorkOrderSource source(Priority priority) {
        if (priority == Priority.LOW && random.nextBoolean()) {
            return WorkOrderSource.RECURRING;
        }
        int roll = random.nextInt(100);
        return roll < 55 ? WorkOrderSource.MANUAL : roll < 80 ? WorkOrderSource.PORTAL : WorkOrderSource.API;
    }

    private static String key(CompanyModel.Technician tech, LocalDate day) {
        return tech.id() + "@" + day;
    }

    private <T> List<T> shuffled(List<T> list) {
        int offset = random.nextInt(list.size());
        List<T> rotated = new ArrayList<>(list.subList(offset, list.size()));
        rotated.addAll(list.subList(0, offset));
        return rotated;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] values, int[] weights) {
        int roll = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
