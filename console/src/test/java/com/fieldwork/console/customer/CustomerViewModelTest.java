package com.fieldwork.console.customer;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetDetails;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerDetails;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerViewModelTest {

    private static final Address ADDRESS = new Address("1 Main St", "Denver", "80202", "US");

    private final FakeDirectory directory = new FakeDirectory();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final CustomerViewModel model = new CustomerViewModel(directory, executor);

    @Test
    void customersComeAPageAtATimeByKeyset() {
        IntStream.rangeClosed(1, 60).forEach(i -> directory.customer(i, String.format("Acme %02d", i)));

        model.search();
        assertThat(model.customers()).hasSize(CustomerViewModel.PAGE);
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();
        assertThat(model.customers()).hasSize(60);
        assertThat(model.customers().get(50).details().name()).isEqualTo("Acme 51");
        assertThat(model.moreProperty().get()).isFalse();
        assertThat(directory.afters).containsExactly(Optional.empty(), Optional.of("Acme 50"));
    }

    @Test
    void typingSearchesByPrefix() {
        directory.customer(1, "Acme Heating");
        directory.customer(2, "Boulder Bakery");

        model.searchProperty().set("bou");

        assertThat(model.customers()).extracting(c -> c.details().name()).containsExactly("Boulder Bakery");
    }

    @Test
    void selectingDownTheChainShowsTheAssetsServiceHistory() {
        Customer acme = directory.customer(1, "Acme Heating");
        Site site = directory.site(10, 1, "Acme HQ");
        Asset boiler = directory.asset(100, 10, "Boiler");
        directory.history.put(100L, List.of(record(501, "WO-2026-000501"), record(502, "WO-2026-000502")));
        model.search();

        model.selectedCustomerProperty().set(acme);

        assertThat(model.sites()).containsExactly(site);
        assertThat(model.selectedSiteProperty().get()).isEqualTo(site); // the only site is picked for you
        assertThat(model.assets()).containsExactly(boiler);
        model.selectedAssetProperty().set(boiler);
        assertThat(model.history()).extracting(AssetServiceRecord::number)
                .containsExactly("WO-2026-000501", "WO-2026-000502");
        List<Long> opened = new ArrayList<>();
        model.setOnOpenWorkOrder(opened::add);
        model.openJob(model.history().get(1));
        assertThat(opened).containsExactly(502L);
    }

    @Test
    void theChangeFeedRefreshesOnlyWhatIsShown() {
        Customer acme = directory.customer(1, "Acme Heating");
        directory.site(10, 1, "Acme HQ");
        Asset boiler = directory.asset(100, 10, "Boiler");
        directory.history.put(100L, List.of());
        model.search();
        model.selectedCustomerProperty().set(acme);
        model.selectedAssetProperty().set(boiler);
        directory.customer(1, "Acme Heating & Cooling");
        directory.history.put(100L, List.of(record(503, "WO-2026-000503")));
        int before = executor.titles().size();

        model.applyChanges(List.of(change("customer", 1), change("work_order", 503), change("customer", 99)));

        assertThat(model.customers()).extracting(c -> c.details().name()).containsExactly("Acme Heating & Cooling");
        assertThat(model.selectedCustomerProperty().get().details().name()).isEqualTo("Acme Heating & Cooling");
        assertThat(model.history()).extracting(AssetServiceRecord::number).containsExactly("WO-2026-000503");
        assertThat(executor.titles().subList(before, executor.titles().size()))
                .containsExactly("Updating customer", "Loading service history");
    }

    private static AssetServiceRecord record(long id, String number) {
        return new AssetServiceRecord(id, number, WorkOrderStatus.COMPLETED, "Boiler service",
                Instant.parse("2026-02-01T15:00:00Z"), Optional.empty(), "No heat", Optional.empty(),
                Optional.of("Igniter replaced"), List.of());
    }

    private static Change change(String entity, long id) {
        return new Change(1, entity, Long.toString(id), ChangeOperation.UPDATE, OptionalLong.empty(), Instant.EPOCH);
    }

    /** Customers, sites and assets in memory; remembers where each search page started. */
    private static final class FakeDirectory implements CustomerDirectory {
        final Map<Long, Customer> customers = new HashMap<>();
        final Map<Long, Site> sites = new HashMap<>();
        final Map<Long, Asset> assets = new HashMap<>();
        final Map<Long, List<AssetServiceRecord>> history = new HashMap<>();
        final List<Optional<String>> afters = new ArrayList<>();

        Customer customer(long id, String name) {
            Customer c = new Customer(id, String.format("C-%06d", id), new CustomerDetails(name, CustomerKind.values()[0],
                    Optional.empty(), Optional.empty(), ADDRESS, 1, Optional.empty(), Optional.empty()), 0);
            customers.put(id, c);
            return c;
        }

        Site site(long id, long customerId, String name) {
            Site s = new Site(id, customerId, new SiteDetails(name, ADDRESS, new GeoPoint(39.7, -104.9), Optional.empty(),
                    Optional.empty()), 0);
            sites.put(id, s);
            return s;
        }

        Asset asset(long id, long siteId, String type) {
            Asset a = new Asset(id, new AssetDetails(siteId, type, "Weil-McLain", "CGa-4", "SN" + id, Optional.empty(),
                    Optional.empty(), Optional.empty()), 0);
            assets.put(id, a);
            return a;
        }

        @Override
        public List<Customer> search(String prefix, Optional<Customer> after, int limit) {
            afters.add(after.map(c -> c.details().name()));
            return customers.values().stream()
                    .filter(c -> c.details().name().toLowerCase().startsWith(prefix.toLowerCase()))
                    .sorted(Comparator.comparing((Customer c) -> c.details().name()))
                    .filter(c -> after.isEmpty() || c.details().name().compareTo(after.get().details().name()) > 0)
                    .limit(limit).toList();
        }

        @Override
        public Optional<Customer> customer(long id) {
            return Optional.ofNullable(customers.get(id));
        }

        @Override
        public List<Site> sites(long customerId) {
            return sites.values().stream().filter(s -> s.customerId() == customerId).toList();
        }

        @Override
        public List<Contact> contacts(long customerId) {
            return List.of();
        }

        @Override
        public List<Asset> assets(long siteId) {
            return assets.values().stream().filter(a -> a.details().siteId() == siteId).toList();
        }

        @Override
        public List<AssetServiceRecord> history(long assetId) {
            return history.getOrDefault(assetId, List.of());
        }
    }
}
