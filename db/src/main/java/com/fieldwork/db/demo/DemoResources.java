package com.fieldwork.db.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word lists under {@code /demo} on the classpath: names, streets, neighbourhoods, equipment, parts. */
final class DemoResources {

    /** A real neighbourhood centre that customer addresses are scattered around. */
    record Neighbourhood(String name, String city, String zip, double lat, double lon, String branchCode) {
    }

    /** One make of equipment and the models it comes in. */
    record AssetModel(String type, String make, List<String> models, String serviceType, int lifeYears) {
    }

    /** One catalog part. */
    record PartSpec(String sku, String name, String unit, double unitCost) {
    }

    private DemoResources() {
    }

    static List<Neighbourhood> neighbourhoods() {
        return lines("neighbourhoods.csv").stream().map(line -> line.split(";"))
                .map(f -> new Neighbourhood(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]))
                .toList();
    }

    static List<String> streets() {
        return lines("streets.txt");
    }

    static List<String> firstNames() {
        return lines("first-names.txt");
    }

    static List<String> lastNames() {
        return lines("last-names.txt");
    }

    /** The first and the second halves of business names, e.g. "Mile High" and "Dental Group". */
    static List<List<String>> businessNameHalves() {
        List<List<String>> halves = new ArrayList<>();
        for (String line : lines("business-names.txt")) {
            halves.add(List.of(line.substring(line.indexOf(':') + 1).split("\\|")));
        }
        return halves;
    }

    static List<AssetModel> assetModels() {
        return lines("assets.csv").stream().map(line -> line.split(";"))
                .map(f -> new AssetModel(f[0], f[1], List.of(f[2].split("\\|")), f[3], Integer.parseInt(f[4])))
                .toList();
    }

    /** Every variant of every catalog line, numbered within its prefix: CAP-001, CAP-002, … */
    static List<PartSpec> parts() {
        List<PartSpec> parts = new ArrayList<>();
        for (String line : lines("parts.csv")) {
            String[] f = line.split(";");
            String[] variants = f[4].split("\\|");
            for (int i = 0; i < variants.length; i++) {
                parts.add(new PartSpec(String.format("%s-%03d", f[0], i + 1), f[1] + " " + variants[i], f[2],
                        Double.parseDouble(f[3])));
            }
        }
        return parts;
    }

    private static List<String> lines(String name) {
        InputStream in = DemoResources.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("Demo resource /demo/" + name + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + name, e);
        }
    }
}
