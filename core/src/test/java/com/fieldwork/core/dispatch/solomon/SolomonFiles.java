package com.fieldwork.core.dispatch.solomon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the shared VRPTW benchmark lives, its instance names and its best-known distances. */
public final class SolomonFiles {

    private static final Pattern DISTANCE_ENTRY = Pattern.compile(
            "\"([A-Z]+\\d+)_distance\"\\s*:\\s*\\{[^}]*?\"best_known_cost\"\\s*:\\s*([0-9.]+)[^}]*?\"solved_with_vehicles\"\\s*:\\s*(\\d+)");

    private final Path root;

    public SolomonFiles(Path root) {
        this.root = root;
    }

    /**
     * The folder from {@code -Dbench.vrptw.dir}, else the copy of the 56 instances and their best-known results
     * kept with the tests ({@code src/test/resources/vrptw}, from the team's shared benchmarks folder with its
     * README): a clean clone on CI has no folder next to it, so the tests carry their own data.
     */
    public static SolomonFiles locate() {
        String configured = System.getProperty("bench.vrptw.dir");
        if (configured != null && !configured.isBlank()) {
            return new SolomonFiles(Paths.get(configured));
        }
        URL bundled = SolomonFiles.class.getResource("/vrptw/solomon-bks.json");
        if (bundled == null || !"file".equals(bundled.getProtocol())) {
            throw new IllegalStateException("The Solomon instances are not on the test classpath (vrptw/); "
                    + "set -Dbench.vrptw.dir to a folder with solomon/ and solomon-bks.json");
        }
        try {
            return new SolomonFiles(Paths.get(bundled.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read " + bundled, e);
        }
    }

    public List<String> instanceNames() {
        try (Stream<Path> files = Files.list(root.resolve("solomon"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SolomonInstance instance(String name) {
        return SolomonInstance.read(root.resolve("solomon").resolve(name + ".txt"));
    }

    /** Best-known total distance (the {@code _distance} keys) and the vehicles it was reached with, by instance. */
    public Map<String, BestKnown> bestKnownDistances() {
        try {
            return parse(Files.readString(root.resolve("solomon-bks.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, BestKnown> parse(String json) {
        Map<String, BestKnown> out = new LinkedHashMap<>();
        Matcher m = DISTANCE_ENTRY.matcher(json);
        while (m.find()) {
            out.put(m.group(1), new BestKnown(Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return out;
    }

    public record BestKnown(double distance, int vehicles) {

        /** {@code (ours - best) / best}, in percent. */
        public double gapPercent(double ours) {
            return 100 * (ours - distance) / distance;
        }
    }
}
