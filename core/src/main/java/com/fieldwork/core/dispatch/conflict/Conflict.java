package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.Skill;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something wrong with a plan, as a value: what it is, which visits, and a sentence a dispatcher reads
 * ("WO-2026-000411 overlaps WO-2026-000412 09:30–10:15 by 15 min"). Values are equal when they describe
 * the same fault, so two checkers can be compared.
 */
public sealed interface Conflict {

    /** The visit the conflict is reported on (for two visits: the earlier one). */
    VisitRef visit();

    /** Every visit involved, the reported one first. */
    default List<VisitRef> visits() {
        return List.of(visit());
    }

    /** True when the conflict involves that visit. */
    default boolean concerns(long visitId) {
        return visits().stream().anyMatch(v -> v.visitId() == visitId);
    }

    /** The explanation, with clock times in {@code zone} (the company's). */
    String sentence(ZoneId zone);

    /**
     * A plan with a hard conflict cannot be carried out as planned. The soft ones are risks a planner
     * weighs: parts still to fetch, an SLA deadline likely missed.
     */
    default boolean hard() {
        return true;
    }

    /** Two visits of one technician share time; {@code visit} is the earlier in driving order. */
    record Overlap(VisitRef visit, VisitRef other, Duration by) implements Conflict {
        @Override
        public List<VisitRef> visits() {
            return List.of(visit, other);
        }

        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " " + Times.span(visit.slot(), zone) + " overlaps " + other.number() + " "
                    + Times.span(other.slot(), zone) + " by " + Times.minutes(by);
        }
    }

    /** Consecutive visits too close for the drive between them: arrival = previous end + travel. */
    record NotEnoughTravelTime(VisitRef visit, VisitRef next, double roadKm, Duration needed, Duration gap)
            implements Conflict {
        @Override
        public List<VisitRef> visits() {
            return List.of(visit, next);
        }

        @Override
        public String sentence(ZoneId zone) {
            return String.format(Locale.ROOT, "%s ends %s and %s starts %s: the %.1f km drive takes %s, only %s between"
                            + " (arrives %s late)", visit.number(), Times.clock(visit.slot().end(), zone),
                    next.number(), Times.clock(next.slot().start(), zone), roadKm, Times.minutes(needed),
                    Times.minutes(gap), Times.minutes(needed.minus(gap)));
        }
    }

    /** Not inside the day's working hours; {@code hours} is empty on a day off. */
    record OutsideWorkingHours(VisitRef visit, LocalDate day, Optional<LocalTime> dayStart,
                               Optional<LocalTime> dayEnd) implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            String when = visit.number() + " " + Times.span(visit.slot(), zone);
            return dayStart.isEmpty()
                    ? when + " is on " + day + ", a day off"
                    : when + " is outside working hours " + dayStart.get() + "–" + dayEnd.orElseThrow() + " on " + day;
        }
    }

    /** Runs into the technician's break. */
    record DuringBreak(VisitRef visit, LocalTime breakStart, LocalTime breakEnd) implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " " + Times.span(visit.slot(), zone) + " runs into the break " + breakStart + "–"
                    + breakEnd;
        }
    }

    /** Shares time with an absence. */
    record DuringAbsence(VisitRef visit, AbsenceKind kind, TimeSlot period) implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " " + Times.span(visit.slot(), zone) + " falls in an absence ("
                    + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + Times.daySpan(period, zone) + ")";
        }
    }

    /** The technician lacks the skill, or holds it below the level required. */
    record MissingSkill(VisitRef visit, Skill skill, int requiredLevel, OptionalInt heldLevel) implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " needs " + skill.code() + " level " + requiredLevel
                    + (heldLevel.isPresent() ? ", technician has level " + heldLevel.getAsInt() : ", technician lacks it");
        }
    }

    /** The skill is held but its certificate ended before the visit's day. */
    record ExpiredCertification(VisitRef visit, Skill skill, LocalDate certifiedUntil, LocalDate visitDay)
            implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " on " + visitDay + " needs " + skill.code() + ", certified only until "
                    + certifiedUntil;
        }
    }

    /** A part is neither in the van nor reserved for the job in the quantity needed. */
    record MissingParts(VisitRef visit, long partId, String part, BigDecimal needed, BigDecimal inVan,
                        BigDecimal reserved) implements Conflict {
        @Override
        public boolean hard() {
            return false;
        }

        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " needs " + needed.stripTrailingZeros().toPlainString() + " × " + part + ": "
                    + inVan.stripTrailingZeros().toPlainString() + " in the van, "
                    + reserved.stripTrailingZeros().toPlainString() + " reserved";
        }
    }

    /** Planned to finish after the SLA resolution deadline. */
    record SlaBreach(VisitRef visit, Instant due, Duration late) implements Conflict {
        @Override
        public boolean hard() {
            return false;
        }

        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " finishes " + Times.clock(visit.slot().end(), zone) + ", " + Times.minutes(late)
                    + " after its SLA deadline " + Times.clock(due, zone);
        }
    }

    /** Arrival outside the window promised to the customer. */
    record CustomerWindowMissed(VisitRef visit, TimeSlot window) implements Conflict {
        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " arrives " + Times.clock(visit.slot().start(), zone)
                    + ", outside the customer's window " + Times.span(window, zone);
        }
    }

    /** A move of a visit that is in progress or locked by the dispatcher. */
    record PinnedVisitMoved(VisitRef visit) implements Conflict {
        public PinnedVisitMoved {
            Objects.requireNonNull(visit, "visit");
        }

        @Override
        public String sentence(ZoneId zone) {
            return visit.number() + " is in progress or locked and cannot be moved";
        }
    }
}
