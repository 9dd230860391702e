package com.fieldwork.console.workorder;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.customer.Site;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Where the work is done: the customer (suggested as the user types), then one of its sites, then
 * optionally an asset on that site. Each choice loads the next list in the background.
 */
public final class SitePicker {

    private static final int SUGGESTIONS = 15;

    private final CustomerRepository customers;
    private final AssetRepository assets;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onFailure;
    private final StringProperty customerQuery = new SimpleStringProperty("");
    private final ObservableList<Customer> customerSuggestions = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Asset> siteAssets = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
    /** The asset to select once the site's assets are in (a stored order's). */
    private OptionalLong wantedAsset = OptionalLong.empty();

    SitePicker(CustomerRepository customers, AssetRepository assets, TaskExecutor executor,
               Consumer<Throwable> onFailure) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        customer.addListener((obs, old, now) -> customerChosen(now));
        site.addListener((obs, old, now) -> siteChosen(now));
    }

    /** Type-ahead: customers whose name or number starts with what was typed. */
    public void suggest(String typed) {
        customerQuery.set(typed);
        if (typed == null || typed.isBlank() || (customer.get() != null && customer.get().name().equals(typed))) {
            customerSuggestions.clear();
            return;
        }
        executor.submit("Finding customers", p -> customers.search(typed.strip(), Optional.empty(), SUGGESTIONS),
                found -> {
                    if (typed.equals(customerQuery.get())) {
                        customerSuggestions.setAll(found);
                    }
                }, onFailure);
    }

    public void choose(Customer chosen) {
        customer.set(chosen);
        customerQuery.set(chosen.name());
        customerSuggestions.clear();
    }

    /** Shows a stored order's customer, site and asset. */
    void show(Customer stored, Optional<Site> storedSite, OptionalLong storedAsset) {
        wantedAsset = storedAsset;
        choose(stored);
        storedSite.ifPresent(site::set);
    }

    void clear() {
        wantedAsset = OptionalLong.empty();
        customer.set(null);
        customerQuery.set("");
        customerSuggestions.clear();
    }

    private void customerChosen(Customer chosen) {
        sites.clear();
        site.set(null);
        if (chosen == null) {
            return;
        }
        long customerId = chosen.id();
        executor.submit("Loading sites", p -> customers.sitesOf(customerId), found -> {
            if (customer.get() != null && customer.get().id() == customerId) {
                sites.setAll(found);
                if (found.size() == 1 && site.get() == null) {
                    site.set(found.get(0));
                }
            }
        }, onFailure);
    }

    private void siteChosen(Site chosen) {
        siteAssets.clear();
        asset.set(null);
        if (chosen == null) {
            return;
        }
        long siteId = chosen.id();
        executor.submit("Loading assets", p -> assets.assetsAt(siteId), found -> {
            siteAssets.setAll(found);
            wantedAsset.ifPresent(id -> found.stream().filter(a -> a.id() == id).findFirst().ifPresent(asset::set));
        }, onFailure);
    }

    OptionalLong assetId() {
        return asset.get() == null ? OptionalLong.empty() : OptionalLong.of(asset.get().id());
    }

    public ReadOnlyStringProperty customerQueryProperty() {
        return customerQuery;
    }

    public ObservableList<Customer> customerSuggestions() {
        return customerSuggestions;
    }

    public ObservableList<Site> sites() {
        return sites;
    }

    public ObservableList<Asset> assets() {
        return siteAssets;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public ObjectProperty<Site> siteProperty() {
        return site;
    }

    public ObjectProperty<Asset> assetProperty() {
        return asset;
    }
}
