package com.fieldwork.db.demo;

import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianRepository;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.catalog.JooqServiceTypeRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.technician.JooqSkillRepository;
import com.fieldwork.db.technician.JooqTechnicianRepository;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.CONTACT;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator writes rows directly, in bulk; the apps read them through the repositories, whose
 * records check their own values. Every demo row must pass those checks, or a screen fails on it.
 */
class DemoReadsBackThroughRepositoriesTest extends DatabaseTest {

    private final Clock clock = LoadedDemo.CLOCK;

    private DSLContext demo() {
        return LoadedDemo.on(engine).dsl();
    }

    @Test
    void everyCustomerSiteContactAndAssetReadsBack() {
        CustomerRepository customers = new JooqCustomerRepository(demo(), clock);
        AssetRepository assets = new JooqAssetRepository(demo(), clock);
        List<Customer> all = new ArrayList<>();
        for (List<Customer> page = customers.search("", Optional.empty(), 200); !page.isEmpty();
             page = customers.search("", Optional.of(page.get(page.size() - 1)), 200)) {
            all.addAll(page);
        }
        assertThat(all).hasSize(DemoCompany.CUSTOMERS);
        assertThat(all).allSatisfy(c -> assertThat(c.number()).matches("C-\\d{6}"));

        int sites = 0;
        int contacts = 0;
        int assetCount = 0;
        for (Customer customer : all) {
            List<Site> ofCustomer = customers.sitesOf(customer.id());
            assertThat(ofCustomer).as(customer.number()).isNotEmpty();
            sites += ofCustomer.size();
            contacts += customers.contactsOf(customer.id()).size();
            for (Site site : ofCustomer) {
                assetCount += assets.assetsAt(site.id()).size();
            }
        }
        assertThat(sites).isEqualTo(demo().fetchCount(SITE));
        assertThat(contacts).isEqualTo(demo().fetchCount(CONTACT));
        assertThat(assetCount).isEqualTo(demo().fetchCount(ASSET));
    }

    @Test
    void everyBranchTechnicianAndVanReadsBack() {
        TechnicianRepository technicians = new JooqTechnicianRepository(demo(), clock);
        StockLocationRepository locations = new JooqStockLocationRepository(demo(), clock);
        StockLedger ledger = new JooqStockLedger(demo(), clock);
        List<Branch> branches = new JooqBranchRepository(demo(), clock).list();
        assertThat(branches).extracting(Branch::name)
                .containsExactlyInAnyOrder("Denver Central", "Aurora", "Lakewood");

        int technicianCount = 0;
        int levels = 0;
        for (Branch branch : branches) {
            for (Technician technician : technicians.list(branch.id(), false)) {
                technicianCount++;
                assertThat(technicians.profile(technician.id()).skills()).as(technician.name()).isNotEmpty();
                assertThat(locations.vanOf(technician.id())).as(technician.name()).isPresent();
            }
            for (StockLocation location : locations.atBranch(branch.id())) {
                levels += ledger.levelsAt(location.id()).size();
            }
        }
        assertThat(technicianCount).isEqualTo(DemoCredentials.TECHNICIAN_COUNT);
        assertThat(levels).isEqualTo(demo().fetchCount(STOCK_LEVEL));
    }

    @Test
    void theCatalogReadsBack() {
        var serviceTypes = new JooqServiceTypeRepository(demo(), clock).list();
        var templates = new JooqTemplateRepository(demo(), clock);
        assertThat(serviceTypes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(serviceTypes).allSatisfy(type ->
                assertThat(templates.templatesFor(type.id(), true)).as(type.name()).isNotEmpty());
        assertThat(new JooqPartRepository(demo(), clock).search("", false, 500)).hasSize(200);
        var skills = new JooqSkillRepository(demo(), clock);
        assertThat(skills.list()).hasSize(ServiceCatalog.SKILLS.size());
        assertThat(skills.findByCode("solar-pv")).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("SOLAR-PV"));
    }

    @Test
    void everyWorkOrderAndVisitReadsBack() {
        JooqWorkOrderRepository workOrders = new JooqWorkOrderRepository(demo(), clock);
        JooqVisitRepository visits = new JooqVisitRepository(demo(), clock);
        int orders = 0;
        int visitCount = 0;
        WorkOrderQuery query = WorkOrderQuery.firstPage(WorkOrderQuery.MAX_LIMIT);
        while (true) {
            WorkOrderPage page = workOrders.search(query);
            for (WorkOrder order : page.items()) {
                orders++;
                visitCount += visits.forWorkOrder(order.id()).size();
            }
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        assertThat(orders).isEqualTo(DemoCompany.WORK_ORDERS);
        assertThat(visitCount).isEqualTo(demo().fetchCount(VISIT));
    }
}
