package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.TimeSlot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One technician's appointments sorted by start: finds neighbours and overlaps of a slot in
 * O(log n + k) without looking at the rest of the day, which is what makes a drag check cheap.
 */
public final class TechnicianTimeline {

    private record Key(Instant start, long visitId) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byStart = start.compareTo(other.start);
            return byStart != 0 ? byStart : Long.compare(visitId, other.visitId);
        }
    }

    private final NavigableMap<Key, Appointment> byStart = new TreeMap<>();
    /**
     * Never shrinks: an upper bound on any appointment's length is all the overlap search needs
     * (it looks back that far for a long visit started earlier), and it stays exact.
     */
    private Duration longest = Duration.ZERO;

    void add(Appointment appointment) {
        byStart.put(key(appointment), appointment);
        if (appointment.slot().duration().compareTo(longest) > 0) {
            longest = appointment.slot().duration();
        }
    }

    void remove(Appointment appointment) {
        byStart.remove(key(appointment));
    }

    public Collection<Appointment> all() {
        return byStart.values();
    }

    /** The appointment just before {@code at} in driving order, skipping the visit being moved. */
    public Optional<Appointment> before(Appointment at, long skipVisitId) {
        Map.Entry<Key, Appointment> e = byStart.lowerEntry(key(at));
        if (e != null && e.getValue().visitId() == skipVisitId) {
            e = byStart.lowerEntry(e.getKey());
        }
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** The appointment just after {@code at} in driving order, skipping the visit being moved. */
    public Optional<Appointment> after(Appointment at, long skipVisitId) {
        Map.Entry<Key, Appointment> e = byStart.higherEntry(key(at));
        if (e != null && e.getValue().visitId() == skipVisitId) {
            e = byStart.higherEntry(e.getKey());
        }
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** Appointments sharing any instant with {@code slot}, other than {@code skipVisitId}, by start. */
    public List<Appointment> overlapping(TimeSlot slot, long skipVisitId) {
        List<Appointment> found = new ArrayList<>();
        Key from = new Key(slot.start().minus(longest), Long.MIN_VALUE);
        Key to = new Key(slot.end(), Long.MIN_VALUE);
        for (Appointment a : byStart.subMap(from, true, to, false).values()) {
            if (a.visitId() != skipVisitId && a.slot().overlaps(slot)) {
                found.add(a);
            }
        }
        return found;
    }

    /** Appointments starting in [from, to), by start. */
    public Collection<Appointment> startingBetween(Instant from, Instant to) {
        return byStart.subMap(new Key(from, Long.MIN_VALUE), true, new Key(to, Long.MIN_VALUE), false).values();
    }

    private static Key key(Appointment a) {
        return new Key(a.start(), a.visitId());
    }
}
