package com.fieldwork.api;


import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.report.ServiceReportWiring;
import com.fieldwork.documents.report.OpenPdfServiceReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Loads the demo company into a database that has no company yet, so a first start has something to
 * show; a database with a company, demo or real, is left alone.
 */
public final class DemoCompanySeeder implements DatabaseSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCompanySeeder.class);

    private final Clock clock;
    private final ContentStore files;
    private final Executor reportMaker;

    /** Makes the demo's service reports before returning (tests). */
    DemoCompanySeeder(Clock clock, ContentStore files) {
        this(clock, files, Runnable::run);
    }

    /** @param reportMaker where the demo's service reports are made once the company is loaded */
    DemoCompanySeeder(Clock clock, ContentStore files, Executor reportMaker) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = Objects.requireNonNull(files, "files");
        this.reportMaker = Objects.requireNonNull(reportMaker, "reportMaker");
    }

    /**
     * One background thread for the demo's reports: the console and the API start without waiting for them, and a
     * report asked for before its turn is made on the spot (a second version when its turn comes; harmless).
     */
    private static Executor background() {
        return work -> {
            Thread thread = new Thread(work, "demo-service-reports");
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The demo seeder when the configuration asks for demo data (the embedded default does), else none. */
    public static DatabaseSeeder forConfig(FieldworkConfig config) {
        return config.loadDemoData() ? new DemoCompanySeeder(Clock.systemDefaultZone(),
                FileContentStore.in(config), background()) : DatabaseSeeder.NONE;
    }

    /**
     * The seeder of the launcher's {@code load-demo} command: the service reports are made before it returns,
     * since the command's process ends right after (a background thread would be cut off).
     */
    public static DemoCompanySeeder waitingForReports(FieldworkConfig config) {
        return new DemoCompanySeeder(Clock.systemDefaultZone(), FileContentStore.in(config));
    }

    @Override
    public void seedIfEmpty(Database database) {
        if (DemoCompany.isLoaded(database.dsl())) {
            return;
        }
        log.info("New database: loading the demo company (set FIELDWORK_DEMO_DATA=false to start empty)");
        DemoCompany.loadIfEmpty(database.dsl(), clock, files, log::info).ifPresent(summary -> {
            log.info("Loaded the {}; sign in as dispatch / dispatch-demo, README.md lists every demo user", summary);
            reportMaker.execute(() -> serviceReports(database));
        });
    }

    /**
     * The signed demo jobs get the service report their technician's phone would have made on completion, so the
     * report can be opened at once. A dozen PDFs took 2 to 6 s on a busy 2-core test machine, cold (README).
     * Failing here costs the demo nothing but a report made later, on first request.
     */
    private void serviceReports(Database database) {
        try {
            makeServiceReports(database);
        } catch (RuntimeException e) {
            log.warn("demo: the service reports were not all made; each is made when first opened", e);
        }
    }

    private void makeServiceReports(Database database) {
        long start = System.nanoTime();
        ServiceReports reports = ServiceReportWiring.over(database.dsl(), clock, files, new OpenPdfServiceReportRenderer());
        List<DemoCompany.SignedJob> jobs = DemoCompany.signedCompletions(database.dsl());
        for (DemoCompany.SignedJob job : jobs) {
            reports.generateFor(job.workOrderId(), job.technician());
        }
        log.info("demo: {} service reports in {} ms", jobs.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
