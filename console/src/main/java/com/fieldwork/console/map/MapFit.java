package com.fieldwork.console.map;

import com.fieldwork.core.common.GeoPoint;

import java.util.Collection;

/**
 * The centre and zoom that show every point with a margin, on a Web-Mercator map of 256-pixel tiles.
 */
public record MapFit(GeoPoint centre, int zoom) {

    static final int MIN_ZOOM = 3;
    static final int MAX_ZOOM = 15;
    private static final double TILE = 256;
    private static final double USE = 0.85; // leave a margin so edge pins are not cut in half

    /** @throws IllegalArgumentException when there is nothing to show */
    public static MapFit of(Collection<GeoPoint> points, double widthPx, double heightPx) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("nothing to fit");
        }
        double minLat = points.stream().mapToDouble(GeoPoint::lat).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(GeoPoint::lat).max().orElseThrow();
        double minLon = points.stream().mapToDouble(GeoPoint::lon).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(GeoPoint::lon).max().orElseThrow();
        double xSpan = (maxLon - minLon) / 360;
        double ySpan = Math.abs(mercatorY(maxLat) - mercatorY(minLat));
        double zoomX = xSpan == 0 ? MAX_ZOOM : log2(USE * widthPx / (TILE * xSpan));
        double zoomY = ySpan == 0 ? MAX_ZOOM : log2(USE * heightPx / (TILE * ySpan));
        int zoom = (int) Math.floor(Math.min(zoomX, zoomY));
        return new MapFit(new GeoPoint((minLat + maxLat) / 2, (minLon + maxLon) / 2),
                Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    /** 0 at the top of the world map, 1 at the bottom. */
    private static double mercatorY(double lat) {
        double rad = Math.toRadians(lat);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
