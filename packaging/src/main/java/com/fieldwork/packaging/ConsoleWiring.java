package com.fieldwork.packaging;

import com.fieldwork.console.workorder.records.DesktopDocumentViewer;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.db.Database;
import com.fieldwork.db.Engine;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.audit.JooqChangeFeed;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.catalog.JooqServiceTypeRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.dispatch.JooqBoardTransactions;
import com.fieldwork.db.dispatch.JooqDispatchBoardReads;
import com.fieldwork.db.field.JooqLocationPings;
import com.fieldwork.db.fieldjob.JooqFieldJobs;
import com.fieldwork.db.fieldjob.JooqJobRecordReads;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.technician.JooqSkillRepository;
import com.fieldwork.db.technician.JooqTechnicianRepository;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;

import com.fieldwork.db.costing.JooqJobCostReads;
import com.fieldwork.db.inventory.JooqInventoryReads;

import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.InvoiceFiling;
import com.fieldwork.db.billing.JooqBillingSettings;
import com.fieldwork.db.billing.JooqInvoices;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.field.JooqInvoiceFiles;
import com.fieldwork.documents.invoice.InvoicePdf;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the console's core services on an open database. Sign-in and the work-order use cases come
 * from the field API's {@link FieldApiContext}, so a console and a phone are checked by the very same
 * password check, throttle, rules and audit trail.
 */
public final class ConsoleWiring {

    private ConsoleWiring() {
    }

    /**
     * @param embedded true for the H2 file database in the data folder (only this process uses it)
     * @param apiUrl   the field API this process serves, or "" when it serves none
     */
    public static ConsoleServices services(Database database, Path filesFolder, Clock clock, boolean embedded,
                                           String apiUrl, MapSettings map) {
        var api = new FieldApiContext(database, clock, "console", filesFolder);
        var dsl = database.dsl();
        var schedule = new ConsoleServices.Schedule(new JooqDispatchBoardReads(dsl, clock),
                new JooqBoardTransactions(dsl, clock),
                new GreatCircleTravelTimes(TravelSettings.defaults(api.companyZone())), new JooqLocationPings(dsl, clock),
                new JooqStockLocationRepository(dsl, clock), new JooqStockLedger(dsl, clock),
                new JooqFieldJobs(dsl, clock), map);
        var recorded = api.recordServices();
        var records = new ConsoleServices.JobRecords(new JooqJobRecordReads(dsl), recorded.photos(),
                recorded.signatures(), recorded.labor(), api.documentUploads(), api.serviceReports(),
                new DesktopDocumentViewer());
        return new ConsoleServices(api.authentication(), api.workOrderService(),
                new JooqWorkOrderRepository(dsl, clock), new JooqVisitRepository(dsl, clock),
                new JooqCustomerRepository(dsl, clock), new JooqAssetRepository(dsl, clock),
                new JooqTemplateRepository(dsl, clock), new JooqServiceTypeRepository(dsl, clock),
                new JooqBranchRepository(dsl, clock), new JooqTechnicianRepository(dsl, clock),
                new JooqSkillRepository(dsl, clock), new JooqPartRepository(dsl, clock), new JooqAuditLog(dsl),
                new JooqChangeFeed(dsl), clock, api.companyZone(),
                new ConsoleServices.Environment(engineText(database.engine(), embedded), apiUrl), schedule, records,
                new ConsoleServices.Inventory(new JooqInventoryReads(dsl), new JooqJobCostReads(dsl)),
                new ConsoleServices.Billing(billing(dsl, clock, filesFolder), InvoicePdf::render));
    }

    /** Invoices with the company's billing settings, each issued invoice's PDF filed on its work order. */
    static BillingService billing(org.jooq.DSLContext dsl, Clock clock, Path filesFolder) {
        return new BillingService(new JooqInvoices(dsl, clock), new JooqBillingSettings(dsl, clock),
                new InvoiceFiling(InvoicePdf::render, new FileContentStore(filesFolder), new JooqInvoiceFiles(dsl, clock)));
    }

    static String engineText(Engine engine, boolean embedded) {
        return switch (engine) {
            case H2 -> embedded ? "H2 (embedded)" : "H2 (shared)";
            case POSTGRESQL -> "PostgreSQL";
        };
    }
}
