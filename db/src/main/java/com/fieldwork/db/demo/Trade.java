package com.fieldwork.db.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A technician's trade: the main skill with its level range and the secondary skills that come with
 * it (an HVAC technician also fits gas lines). Every branch gets every trade, so every template can
 * be staffed locally.
 */
enum Trade {
    HVAC("hvac", 3, 5, Map.of("refrigeration", 2, "gas-fitting", 2, "electrical", 2, "general", 2)),
    PLUMBER("plumbing", 3, 5, Map.of("gas-fitting", 2, "general", 2)),
    ELECTRICIAN("electrical", 3, 5, Map.of("low-voltage", 2, "solar-pv", 2, "gas-fitting", 1, "general", 2)),
    REFRIGERATION("refrigeration", 4, 5, Map.of("hvac", 3, "electrical", 2, "general", 2)),
    SOLAR("solar-pv", 3, 4, Map.of("electrical", 2, "roofing", 2, "general", 1)),
    FIRE("fire-safety", 3, 5, Map.of("low-voltage", 3, "electrical", 1, "general", 1)),
    FIBER("fiber-splicing", 3, 4, Map.of("low-voltage", 2, "general", 1)),
    APPLIANCE("appliance-repair", 3, 4, Map.of("electrical", 1, "general", 2));

    /** A skill as held: level and, for certified skills, the day the certificate runs out. */
    record Held(short level, LocalDate certifiedUntil) {
    }

    /** The order trades are handed out within a branch: the common ones twice. */
    private static final List<Trade> ROTA = List.of(HVAC, PLUMBER, ELECTRICIAN, REFRIGERATION, HVAC, SOLAR, FIRE,
            FIBER, APPLIANCE, PLUMBER, ELECTRICIAN, HVAC);

    private final String main;
    private final int minLevel;
    private final int maxLevel;
    private final Map<String, Integer> secondary;

    Trade(String main, int minLevel, int maxLevel, Map<String, Integer> secondary) {
        this.main = main;
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
        this.secondary = new java.util.TreeMap<>(secondary);
    }

    static Trade ofIndex(int indexInBranch) {
        return ROTA.get(indexInBranch % ROTA.size());
    }

    /**
     * The skills with levels and certificates. Some main certificates run out within a month (to show
     * the warning), some secondary ones have already lapsed (so the planner must route around them);
     * "general" needs no certificate.
     */
    Map<String, Held> skills(SplittableRandom random, LocalDate today) {
        Map<String, Held> skills = new LinkedHashMap<>();
        int mainLevel = minLevel + random.nextInt(maxLevel - minLevel + 1);
        LocalDate mainUntil = random.nextInt(100) < 15 ? today.plusDays(3 + random.nextInt(28))
                : today.plusDays(60 + random.nextInt(840));
        skills.put(main, new Held((short) mainLevel, mainUntil));
        secondary.forEach((skill, level) -> {
            LocalDate until;
            if (skill.equals("general")) {
                until = null;
            } else if (random.nextInt(100) < 12) {
                until = today.minusDays(5 + random.nextInt(75));
            } else {
                until = today.plusDays(30 + random.nextInt(670));
            }
            skills.put(skill, new Held((short) (level + random.nextInt(2)), until));
        });
        return skills;
    }
}
