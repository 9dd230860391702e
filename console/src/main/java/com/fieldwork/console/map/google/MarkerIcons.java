package com.fieldwork.console.map.google;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Google marker icons drawn as small SVGs in data URLs: no image files, and the app stylesheet's colours. */
final class MarkerIcons {

    private MarkerIcons() {
    }

    /** A job pin: a filled circle with the priority ring. */
    static Icon circle(double radius, StylesheetSwatch.Look look) {
        double size = Math.ceil(2 * radius + look.strokeWidth() + 2);
        double c = size / 2;
        return new Icon(svg(size, String.format(Locale.ROOT,
                "<circle cx='%.1f' cy='%.1f' r='%.1f' fill='%s' stroke='%s' stroke-width='%.1f' opacity='%.2f'/>",
                c, c, radius, look.fill(), look.stroke(), look.strokeWidth(), look.opacity())), size);
    }

    /** A van badge or a route stop: a rounded square or a circle with a short white text in it. */
    static Icon badge(String text, double size, boolean round, StylesheetSwatch.Look look) {
        double arc = round ? size / 2 : 3;
        return new Icon(svg(size, String.format(Locale.ROOT,
                "<g opacity='%.2f'><rect x='1' y='1' width='%.1f' height='%.1f' rx='%.1f' fill='%s' stroke='white'"
                        + " stroke-width='1.5'/><text x='50%%' y='50%%' dy='.35em' text-anchor='middle'"
                        + " font-family='Arial,sans-serif' font-size='10' font-weight='bold' fill='white'>%s</text></g>",
                look.opacity(), size - 2, size - 2, arc, look.fill(), escape(text))), size);
    }

    private static String svg(double size, String body) {
        String svg = String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%.0f' height='%.0f'>%s</svg>", size, size, body);
        return "data:image/svg+xml;charset=UTF-8," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }

    /**
     * A data URL (quote-free, so it can go into a script), the icon's width = height in pixels, and the pixel
     * of the icon that sits on the map point (its centre, unless moved aside).
     */
    record Icon(String url, double size, double anchorX, double anchorY) {

        Icon(String url, double size) {
            this(url, size, size / 2, size / 2);
        }

        /** Up and to the right of the point, as OpenStreetMap's route numbers, so the pin under it stays visible. */
        Icon besidePoint() {
            return new Icon(url, size, -7, size + 4);
        }
    }
}
