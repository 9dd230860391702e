package com.fieldwork.console;

import com.fieldwork.core.costing.JobCostReads;
import com.fieldwork.core.inventory.InventoryReads;

import com.fieldwork.console.map.MapSettings;
import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.audit.AuditLog;
import com.fieldwork.core.audit.ChangeFeed;
import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.catalog.ServiceTypeRepository;
import com.fieldwork.core.catalog.TemplateRepository;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.dispatch.board.BoardTransactions;
import com.fieldwork.core.dispatch.board.DispatchBoardReads;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.field.DocumentUploads;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LocationPings;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.fieldjob.FieldJobs;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.console.workorder.records.DocumentViewer;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.security.Authentication;
import com.fieldwork.core.technician.SkillRepository;
import com.fieldwork.core.technician.TechnicianRepository;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import com.fieldwork.console.billing.InvoicePrinter;
import com.fieldwork.core.billing.BillingService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every core service and port the console uses, built once by the launcher in {@code packaging} (the only
 * place that names {@code db}). Views get what they need from here through their view models; a new view
 * that needs another port adds a component here and one line in the launcher's wiring.
 *
 * @param zone        the company's time zone, in which times are shown
 * @param environment what the status bar shows about where the console is connected
 */
public record ConsoleServices(Authentication authentication, WorkOrderService workOrderService,
                              WorkOrderRepository workOrders, VisitRepository visits, CustomerRepository customers,
                              AssetRepository assets, TemplateRepository templates, ServiceTypeRepository serviceTypes,
                              BranchRepository branches, TechnicianRepository technicians, SkillRepository skills,
                              PartRepository parts, AuditLog auditLog,
                              ChangeFeed changeFeed, Clock clock, ZoneId zone, Environment environment,
                              Schedule schedule, JobRecords records, Inventory inventory,
                              Billing billing) {

    public ConsoleServices {
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(workOrderService, "workOrderService");
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(serviceTypes, "serviceTypes");
        Objects.requireNonNull(branches, "branches");
        Objects.requireNonNull(technicians, "technicians");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(changeFeed, "changeFeed");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(billing, "billing");
    }

    /**
     * What the inventory screen and the work order's costing read; stock is moved through
     * {@link Schedule#stock()}, the one ledger.
     */
    public record Inventory(InventoryReads reads, JobCostReads costs) {
        public Inventory {
            Objects.requireNonNull(reads, "reads");
            Objects.requireNonNull(costs, "costs");
        }
    }

    /**
     * The invoices screen's use cases, and how it prints an invoice (the documents module's PDF, wired by the
     * launcher: the console itself depends on core only).
     */
    public record Billing(BillingService service, InvoicePrinter printer) {
        public Billing {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(printer, "printer");
        }
    }

    /**
     * What the board, the calendar and the map read and move work with, besides the ports above.
     *
     * @param boardWrites the board's drops and accepted plans, each in one transaction
     * @param map         where the map's tiles come from (fieldwork.properties and the environment)
     */
    public record Schedule(DispatchBoardReads boardReads, BoardTransactions boardWrites, TravelTimes travel, LocationPings pings,
                           StockLocationRepository stockLocations, StockLedger stock, FieldJobs days, MapSettings map) {
        public Schedule {
            Objects.requireNonNull(days, "days");
            Objects.requireNonNull(boardReads, "boardReads");
            Objects.requireNonNull(boardWrites, "boardWrites");
            Objects.requireNonNull(travel, "travel");
            Objects.requireNonNull(pings, "pings");
            Objects.requireNonNull(stockLocations, "stockLocations");
            Objects.requireNonNull(stock, "stock");
            Objects.requireNonNull(map, "map");
        }
    }

    /**
     * What technicians recorded on jobs from their phones, for the work order's photos, parts and labor tabs.
     *
     * @param files   the pictures' bytes (photos and signature images) by attachment id
     * @param reports the completed jobs' service reports (PDF)
     * @param viewer  opens a PDF with the desktop's own viewer
     */
    public record JobRecords(JobRecordReads reads, PhotoUploads files, SignatureRepository signatures,
                             LaborEntries labor, DocumentUploads documents, ServiceReports reports,
                             DocumentViewer viewer) {
        public JobRecords {
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(reports, "reports");
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(reads, "reads");
            Objects.requireNonNull(files, "files");
            Objects.requireNonNull(signatures, "signatures");
            Objects.requireNonNull(labor, "labor");
        }

        /** The same records opened in another viewer (a test's, which opens nothing). */
        public JobRecords withViewer(DocumentViewer other) {
            return new JobRecords(reads, files, signatures, labor, documents, reports, other);
        }
    }

    /** The same services with other job records (a test's viewer). */
    public ConsoleServices withRecords(JobRecords other) {
        return new ConsoleServices(authentication, workOrderService, workOrders, visits, customers, assets, templates,
                serviceTypes, branches, technicians, skills, parts, auditLog, changeFeed, clock, zone, environment,
                schedule, other, inventory, billing);
    }

    /**
     * Where this console runs against.
     *
     * @param databaseEngine e.g. "H2 (embedded)" or "PostgreSQL"
     * @param apiUrl         the field API served in this process, or empty text when none is
     */
    public record Environment(String databaseEngine, String apiUrl) {
        public Environment {
            Objects.requireNonNull(databaseEngine, "databaseEngine");
            Objects.requireNonNull(apiUrl, "apiUrl");
        }
    }
}
