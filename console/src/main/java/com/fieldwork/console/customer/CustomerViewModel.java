package com.fieldwork.console.customer;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Customers, their sites and contacts, each site's assets and each asset's service history: read-mostly,
 * a page of customers at a time (keyset), details loaded as the dispatcher selects down the chain.
 */
public final class CustomerViewModel {

    static final int PAGE = 50;

    private final CustomerDirectory directory;
    private final TaskExecutor executor;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    private final ObservableList<Customer> customersView = FXCollections.unmodifiableObservableList(customers);
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Site> sitesView = FXCollections.unmodifiableObservableList(sites);
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Contact> contactsView = FXCollections.unmodifiableObservableList(contacts);
    private final ObservableList<Asset> assets = FXCollections.observableArrayList();
    private final ObservableList<Asset> assetsView = FXCollections.unmodifiableObservableList(assets);
    private final ObservableList<AssetServiceRecord> history = FXCollections.observableArrayList();
    private final ObservableList<AssetServiceRecord> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObjectProperty<Customer> selectedCustomer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<Site> selectedSite = new SimpleObjectProperty<>(this, "site");
    private final ObjectProperty<Asset> selectedAsset = new SimpleObjectProperty<>(this, "asset");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long searchGeneration;
    private LongConsumer onOpenWorkOrder = id -> { };

    public CustomerViewModel(CustomerDirectory directory, TaskExecutor executor) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.executor = Objects.requireNonNull(executor, "executor");
        search.addListener((obs, was, now) -> search());
        // a fresher copy of the same record (the change feed) keeps the dispatcher's place below it
        selectedCustomer.addListener((obs, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                loadCustomer(now);
            }
        });
        selectedSite.addListener((obs, was, now) -> loadAssets(now));
        selectedAsset.addListener((obs, was, now) -> loadHistory(now));
    }

    /** The first page for the search text (every customer when it is empty). */
    public void search() {
        long mine = ++searchGeneration;
        String prefix = search.get().trim();
        executor.submit("Searching customers", p -> directory.search(prefix, Optional.empty(), PAGE + 1), page -> {
            if (mine == searchGeneration) { // typing on supersedes older answers
                customers.setAll(page.subList(0, Math.min(PAGE, page.size())));
                more.set(page.size() > PAGE);
                status.set(customers.isEmpty() ? "No customer starts with \"" + prefix + "\""
                        : customers.size() + (more.get() ? "+" : "") + " customers");
            }
        }, this::failed);
    }

    /** The next page after the last customer shown. */
    public void loadMore() {
        if (!more.get() || customers.isEmpty()) {
            return;
        }
        long mine = searchGeneration;
        Customer last = customers.get(customers.size() - 1);
        String prefix = search.get().trim();
        executor.submit("More customers", p -> directory.search(prefix, Optional.of(last), PAGE + 1), page -> {
            if (mine == searchGeneration) {
                customers.addAll(page.subList(0, Math.min(PAGE, page.size())));
                more.set(page.size() > PAGE);
            }
        }, this::failed);
    }

    private void loadCustomer(Customer customer) {
        sites.clear();
        contacts.clear();
        selectedSite.set(null);
        if (customer == null) {
            return;
        }
        executor.submit("Loading " + customer.details().name(),
                p -> new Details(directory.sites(customer.id()), directory.contacts(customer.id())), details -> {
                    if (selectedCustomer.get() != null && selectedCustomer.get().id() == customer.id()) {
                        sites.setAll(details.sites);
                        contacts.setAll(details.contacts);
                        if (sites.size() == 1) {
                            selectedSite.set(sites.get(0)); // one site: nothing to choose
                        }
                    }
                }, this::failed);
    }

    private record Details(List<Site> sites, List<Contact> contacts) {
    }

    private void loadAssets(Site site) {
        assets.clear();
        selectedAsset.set(null);
        if (site == null) {
            return;
        }
        executor.submit("Loading assets", p -> directory.assets(site.id()), found -> {
            if (site.equals(selectedSite.get())) {
                assets.setAll(found);
            }
        }, this::failed);
    }

    private void loadHistory(Asset asset) {
        history.clear();
        if (asset == null) {
            return;
        }
        executor.submit("Loading service history", p -> directory.history(asset.id()), found -> {
            if (asset.equals(selectedAsset.get())) {
                history.setAll(found);
            }
        }, this::failed);
    }

    /**
     * What the shell's change-feed poller calls: a changed customer is re-read where it is shown; a changed
     * site or asset reloads the selected customer's sites or the selected site's assets; a changed work order
     * refreshes the selected asset's history.
     */
    public void applyChanges(Collection<Change> changes) {
        for (Change change : changes) {
            switch (change.entity()) {
                case "customer" -> refreshCustomer(change.entityId());
                case "site", "contact" -> reselect(selectedCustomer.get(), this::loadCustomer);
                case "asset" -> reselect(selectedSite.get(), this::loadAssets);
                case "work_order" -> reselect(selectedAsset.get(), this::loadHistory);
                default -> { }
            }
        }
    }

    private <T> void reselect(T selected, Consumer<T> loader) {
        if (selected != null) {
            loader.accept(selected);
        }
    }

    private void refreshCustomer(String entityId) {
        long id;
        try {
            id = Long.parseLong(entityId);
        } catch (NumberFormatException e) {
            return;
        }
        if (customers.stream().noneMatch(c -> c.id() == id)) {
            return;
        }
        executor.submit("Updating customer", p -> directory.customer(id), fresh -> fresh.ifPresent(c -> {
            for (int i = 0; i < customers.size(); i++) {
                if (customers.get(i).id() == id) {
                    boolean wasSelected = customers.get(i).equals(selectedCustomer.get());
                    customers.set(i, c);
                    if (wasSelected) {
                        selectedCustomer.set(c);
                    }
                }
            }
        }), this::failed);
    }

    private void failed(Throwable failure) {
        status.set("Could not load: " + failure.getMessage());
    }

    public void setOnOpenWorkOrder(LongConsumer handler) {
        onOpenWorkOrder = Objects.requireNonNull(handler, "handler");
    }

    public void openJob(AssetServiceRecord record) {
        onOpenWorkOrder.accept(record.workOrderId());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Customer> customers() {
        return customersView;
    }

    public ObservableList<Site> sites() {
        return sitesView;
    }

    public ObservableList<Contact> contacts() {
        return contactsView;
    }

    public ObservableList<Asset> assets() {
        return assetsView;
    }

    public ObservableList<AssetServiceRecord> history() {
        return historyView;
    }

    public ObjectProperty<Customer> selectedCustomerProperty() {
        return selectedCustomer;
    }

    public ObjectProperty<Site> selectedSiteProperty() {
        return selectedSite;
    }

    public ObjectProperty<Asset> selectedAssetProperty() {
        return selectedAsset;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
