package com.fieldwork.db.demo;

import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One demo company per engine, loaded on first use and shared by every test that only reads it:
 * a load takes seconds, and each engine should still be checked on a load of its own. Kept open until
 * the JVM ends.
 */
record LoadedDemo(Database database, DemoSummary summary, List<String> progress) {

    /** A Tuesday, 10:30 in Denver: technicians are out on jobs. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T16:30:00Z"), ZoneOffset.UTC);

    private static final Map<TestEngine, LoadedDemo> LOADED = new EnumMap<>(TestEngine.class);

    static LoadedDemo on(TestEngine engine) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(engine, e -> {
                Database db = TestDatabases.fresh(e);
                List<String> lines = new ArrayList<>();
                DemoSummary summary = DemoCompany.load(db.dsl(), CLOCK, lines::add);
                return new LoadedDemo(db, summary, List.copyOf(lines));
            });
        }
    }

    DSLContext dsl() {
        return database.dsl();
    }
}
