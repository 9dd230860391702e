package com.fieldwork.console.map;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.Objects;

/**
 * A technician's last position on the map. {@code stale} when the phone has been silent long enough that
 * the dispatcher should not trust it (shown faded).
 */
public record TechnicianMarker(long technicianId, String name, GeoPoint position, Instant recordedAt,
                               boolean stale) {

    public TechnicianMarker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Initials for the van badge: "Robert Diaz" → "RD". */
    public String initials() {
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2) {
                out.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return out.toString();
    }
}
