package com.fieldwork.api;

import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.db.report.ServiceReportWiring;
import com.fieldwork.documents.report.OpenPdfServiceReportRenderer;

import com.fieldwork.api.records.RecordServices;
import com.fieldwork.core.completion.JobCompletedListener;
import com.fieldwork.core.completion.JobCompletion;
import com.fieldwork.core.completion.JobEvidence;
import com.fieldwork.core.field.DocumentUploads;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.fieldjob.FieldJobService;
import com.fieldwork.core.intake.IntakeService;
import com.fieldwork.core.security.ApiKeys;
import com.fieldwork.core.security.Authentication;
import com.fieldwork.core.security.LoginThrottle;
import com.fieldwork.core.sync.SyncService;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.db.Database;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.completion.JooqCompletionRecords;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.field.JooqAttachmentRepository;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.field.JooqLaborEntries;
import com.fieldwork.db.field.JooqLocationPings;
import com.fieldwork.db.field.JooqSignatureRepository;
import com.fieldwork.db.fieldjob.JooqFieldJobs;
import com.fieldwork.db.intake.JooqIntakeTransactions;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.security.JooqActiveActors;
import com.fieldwork.db.security.JooqApiKeys;
import com.fieldwork.db.security.JooqLoginFailures;
import com.fieldwork.db.security.JooqSessionTokens;
import com.fieldwork.db.sync.JooqSyncLedger;
import com.fieldwork.db.workorder.WorkOrderWiring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything the handlers of the field API need, built once by the wiring code.
 *
 * @param database the open, migrated database of truth
 * @param clock    the source of "now" for every handler (fixed in tests)
 * @param version  the application version reported by {@code /health}
 * @param filesFolder where photos and signatures are kept, content-addressed (the data folder's {@code files})
 */
public record FieldApiContext(Database database, Clock clock, String version, Path filesFolder) {

    public FieldApiContext {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(filesFolder, "filesFolder");
    }

    /**
     * Without a files folder: the default data folder's, as {@code FieldworkConfig} would choose it
     * ({@code ~/.fieldwork/files}), rather than a temporary folder whose photos a reboot would lose.
     */
    public FieldApiContext(Database database, Clock clock, String version) {
        this(database, clock, version, Path.of(System.getProperty("user.home"), ".fieldwork", "files"));
    }

    /** The usual context with the installation's files folder ({@code config.dataDir()/files}). */
    public static FieldApiContext of(Database database, Path filesFolder) {
        return new FieldApiContext(database, Clock.systemDefaultZone(), AppVersion.current(), filesFolder);
    }

    /** The usual context: the system clock and the version this build was made as. */
    public static FieldApiContext of(Database database) {
        return new FieldApiContext(database, Clock.systemDefaultZone(), AppVersion.current());
    }

    /**
     * Sign-in over this database and clock. Passwords are checked at the cost stored in each hash;
     * the hasher's own strength only prices the decoy compared for unknown usernames.
     */
    public Authentication authentication() {
        var dsl = database.dsl();
        return new Authentication(new JooqUserRepository(dsl, clock, new BcryptPasswordHasher()),
                new JooqActiveActors(dsl), new JooqSessionTokens(dsl), new JooqLoginFailures(dsl),
                LoginThrottle.DEFAULT, clock, Authentication.DEFAULT_TTL);
    }

    /** The company's time zone, in which "today" is decided and times are written; UTC before set-up. */
    public ZoneId companyZone() {
        return new JooqFieldJobs(database.dsl(), clock).companyZone();
    }

    /** Reading a technician's day and jobs, scoped to the technician in SQL. */
    public FieldJobService fieldJobService(ZoneId companyZone) {
        return new FieldJobService(new JooqFieldJobs(database.dsl(), clock), clock, companyZone);
    }

    /** Work order use cases; each change writes the audit log and change feed in its own transaction. */
    public WorkOrderService workOrderService() {
        return WorkOrderWiring.over(database.dsl(), clock).service();
    }

    /** The office attaching documents to work orders, into the same files folder as the phones' photos. */
    public DocumentUploads documentUploads() {
        return new DocumentUploads(new FileContentStore(filesFolder), new JooqAttachmentRepository(database.dsl(), clock));
    }

    /** The ports behind photos, signatures, checklist answers, labor, parts used and location pings. */
    public RecordServices recordServices() {
        var dsl = database.dsl();
        var store = new FileContentStore(filesFolder);
        var signatures = new JooqSignatureRepository(dsl, clock);
        return new RecordServices(
                new PhotoUploads(store, new JooqAttachmentRepository(dsl, clock), UploadPolicy.photos()),
                new SignatureCapture(store, signatures), signatures,
                new JooqChecklistAnswers(dsl, clock), new JooqLaborEntries(dsl, clock), new JooqLocationPings(dsl, clock),
                new JooqStockLedger(dsl, clock), new JooqStockLocationRepository(dsl, clock),
                new JooqPartRepository(dsl, clock), workOrderService());
    }

    /**
     * Completing a job with proof; the status change and the completion record share one transaction, and the
     * service report is made right after it commits.
     */
    public JobCompletion jobCompletion() {
        var dsl = database.dsl();
        return new JobCompletion(workOrderService(), new JobEvidence(new JooqTemplateRepository(dsl, clock),
                new JooqChecklistAnswers(dsl, clock), new JooqAttachmentRepository(dsl, clock),
                new JooqSignatureRepository(dsl, clock)), new JooqCompletionRecords(dsl, clock), clock,
                reportOnCompletion());
    }

    /** What follows a completion, live or queued: its service report is made. */
    private JobCompletedListener reportOnCompletion() {
        ServiceReports reports = serviceReports();
        return (job, actor) -> reports.generateFor(job.workOrder().id(), actor);
    }

    /** Service reports as PDF, kept in the files folder next to the photos they show. */
    public ServiceReports serviceReports() {
        return ServiceReportWiring.over(database.dsl(), clock, new FileContentStore(filesFolder),
                new OpenPdfServiceReportRenderer());
    }

    /** API keys over this database; calls with a key act as its (still active) creator. */
    public ApiKeys apiKeys() {
        var dsl = database.dsl();
        return new ApiKeys(new JooqApiKeys(dsl), new JooqActiveActors(dsl), clock);
    }

    /** Work orders sent in by other systems, with the customers and sites they describe. */
    public IntakeService intakeService() {
        return new IntakeService(new JooqIntakeTransactions(database.dsl(), clock));
    }

    /** Offline queues: each event replayed in its own transaction together with its receipt. */
    public SyncService syncService() {
        return new SyncService(new JooqSyncLedger(database.dsl(), clock, new FileContentStore(filesFolder),
                reportOnCompletion()), clock);
    }
}
