package com.fieldwork.core.common;

/** A position on Earth in WGS-84 degrees, as phones and map tiles use. */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new ValidationException("lat", "Latitude must be between -90 and 90, got " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new ValidationException("lon", "Longitude must be between -180 and 180, got " + lon);
        }
    }

    /** Great-circle (haversine) distance; roads are longer, which travel estimators account for. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
