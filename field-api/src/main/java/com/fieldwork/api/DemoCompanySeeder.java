package com.fieldwork.api;

import com.fieldwork.core.field.ContentStore;
import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.field.FileContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/**
 * Loads the demo company into a database that has no company yet, so a first start has something to
 * show; a database with a company, demo or real, is left alone.
 */
public final class DemoCompanySeeder implements DatabaseSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCompanySeeder.class);

    private final Clock clock;
    private final ContentStore files;

    DemoCompanySeeder(Clock clock, ContentStore files) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** The demo seeder when the configuration asks for demo data (the embedded default does), else none. */
    public static DatabaseSeeder forConfig(FieldworkConfig config) {
        return config.loadDemoData() ? new DemoCompanySeeder(Clock.systemDefaultZone(),
                FileContentStore.in(config)) : DatabaseSeeder.NONE;
    }

    @Override
    public void seedIfEmpty(Database database) {
        if (DemoCompany.isLoaded(database.dsl())) {
            return;
        }
        log.info("New database: loading the demo company (set FIELDWORK_DEMO_DATA=false to start empty)");
        DemoCompany.loadIfEmpty(database.dsl(), clock, files, log::info).ifPresent(summary ->
                log.info("Loaded the {}; sign in as dispatch / dispatch-demo, README.md lists every demo user",
                        summary));
    }
}
