package com.fieldwork.core.dispatch.solomon;

import java.io.IOException;
import java.io.UncheckedIOException;
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
     * The folder from {@code -Dbench.vrptw.dir}, else {@code shared/benchmarks/vrptw} found by walking up from
     * the working directory (the worktree sits next to {@code shared}).
     */
    public static SolomonFiles locate() {
        String configured = System.getProperty("bench.vrptw.dir");
        if (configured != null) {
            return new SolomonFiles(Paths.get(configured));
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/benchmarks/vrptw");
            if (Files.isDirectory(candidate.resolve("solomon"))) {
                return new SolomonFiles(candidate);
            }
        }
        throw new IllegalStateException("shared/benchmarks/vrptw not found above " + Paths.get("").toAbsolutePath()
                + "; set -Dbench.vrptw.dir");
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
