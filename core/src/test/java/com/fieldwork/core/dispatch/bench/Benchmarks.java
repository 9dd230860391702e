package com.fieldwork.core.dispatch.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark profile's entry point: {@code ./mvnw -o -Pbench -pl core verify [-Dbench.which=...]} with a
 * comma-separated choice of {@code conflicts} (the default, short), {@code field} (planners on generated
 * field instances) or {@code all}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 && !args[0].isBlank() ? args[0] : "conflicts";
        List<String> chosen = Arrays.stream(which.toLowerCase(Locale.ROOT).split(",")).map(String::trim).toList();
        boolean all = chosen.contains("all");
        for (String name : chosen) {
            if (!List.of("all", "conflicts", "field").contains(name)) {
                throw new IllegalArgumentException("Unknown benchmark '" + name + "': choose conflicts, field or all");
            }
        }
        if (all || chosen.contains("conflicts")) {
            ConflictCheckBenchmark.main(new String[0]);
        }
        if (all || chosen.contains("field")) {
            FieldInstanceBenchmark.main(new String[0]);
        }
    }
}
