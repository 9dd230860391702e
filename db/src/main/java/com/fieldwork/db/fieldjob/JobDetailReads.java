package com.fieldwork.db.fieldjob;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.fieldjob.RequiredPart;
import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.VISIT;

/**
 * Puts a job detail together from the repositories that already read each part (so a work order, a
 * site or an asset's history reads the same here as on the console), plus {@link FieldJobRows} for
 * what no repository reads yet. Every list is one query, never one per row.
 */
final class JobDetailReads {

    private final DSLContext dsl;
    private final JooqWorkOrderRepository workOrders;
    private final JooqCustomerRepository customers;
    private final JooqAssetRepository assets;
    private final JooqTemplateRepository templates;
    private final JooqStockLedger ledger;
    private final JooqStockLocationRepository locations;

    JobDetailReads(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.workOrders = new JooqWorkOrderRepository(dsl, clock);
        this.customers = new JooqCustomerRepository(dsl, clock);
        this.assets = new JooqAssetRepository(dsl, clock);
        this.templates = new JooqTemplateRepository(dsl, clock);
        this.ledger = new JooqStockLedger(dsl, clock);
        this.locations = new JooqStockLocationRepository(dsl, clock);
    }

    Optional<JobDetail> jobFor(long technicianId, long workOrderId) {
        // Scoped in SQL first: nothing else of the job is read unless it is this technician's.
        List<Visit> visits = dsl.selectFrom(VISIT)
                .where(VISIT.WORK_ORDER_ID.eq(workOrderId).and(VISIT.TECHNICIAN_ID.eq(technicianId)))
                .orderBy(VISIT.PLANNED_START.asc().nullsLast(), VISIT.ID)
                .fetch(JooqVisitRepository::toVisit);
        if (visits.stream().allMatch(v -> v.status() == VisitStatus.CANCELLED)) {
            return Optional.empty();
        }
        return workOrders.find(workOrderId).map(order -> detail(order, visits, technicianId));
    }

    private JobDetail detail(WorkOrder order, List<Visit> visits, long technicianId) {
        Customer customer = customers.get(order.customerId());
        Site site = customers.findSite(order.siteId()).orElseThrow(
                () -> new IllegalStateException("Work order " + order.id() + " names missing site " + order.siteId()));
        Optional<Asset> asset = order.assetId().isPresent() ? assets.find(order.assetId().getAsLong()) : Optional.empty();
        List<AssetServiceRecord> history = asset.map(a -> assets.serviceHistory(a.id())).orElse(List.of()).stream()
                .filter(record -> record.workOrderId() != order.id())
                .toList();
        Optional<WorkOrderTemplate> template = order.templateId().isPresent()
                ? templates.find(order.templateId().getAsLong()) : Optional.empty();
        List<StockReservation> reservations = ledger.reservationsFor(order.id());
        return new JobDetail(order, visits, customer, site, contactsFor(site), asset, history, template,
                FieldJobRows.answers(dsl, order.id()), requiredParts(order, reservations, technicianId), reservations,
                workOrders.notes(order.id()), FieldJobRows.attachments(dsl, order.id()), workOrders.history(order.id()));
    }

    /** Contacts for this site, and those of the customer as a whole (no site), in the repository's order. */
    private List<Contact> contactsFor(Site site) {
        return customers.contactsOf(site.customerId()).stream()
                .filter(c -> c.details().siteId().isEmpty() || c.details().siteId().getAsLong() == site.id())
                .toList();
    }

    private List<RequiredPart> requiredParts(WorkOrder order, List<StockReservation> reservations, long technicianId) {
        Map<Long, BigDecimal> reserved = reservations.stream()
                .filter(r -> r.status() == ReservationStatus.ACTIVE)
                .collect(Collectors.toMap(StockReservation::partId, StockReservation::quantity, BigDecimal::add));
        Optional<StockLocation> van = locations.vanOf(technicianId);
        // The van's whole stock in one query; a van carries tens of parts, a job needs a few of them.
        Map<Long, StockLevel> inVan = van.map(v -> ledger.levelsAt(v.id())).orElse(List.of()).stream()
                .collect(Collectors.toMap(StockLevel::partId, Function.identity()));
        return FieldJobRows.requiredParts(dsl, order.id()).stream()
                .map(p -> new RequiredPart(p.partId(), p.sku(), p.name(), p.unit(), p.quantity(),
                        reserved.getOrDefault(p.partId(), BigDecimal.ZERO),
                        van.map(v -> inVan.getOrDefault(p.partId(), StockLevel.empty(v.id(), p.partId())))))
                .toList();
    }
}
