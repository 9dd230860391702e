package com.fieldwork.console.customer;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.customer.Site;

import java.util.List;
import java.util.Optional;

/**
 * The reads the customers view needs, narrow enough for a test fake. Every method may touch the database:
 * call it through the task executor. {@link #of} answers it from core's ports.
 */
public interface CustomerDirectory {

    /** Customers whose name or number starts with {@code prefix}, by name, a page after {@code after}. */
    List<Customer> search(String prefix, Optional<Customer> after, int limit);

    Optional<Customer> customer(long id);

    List<Site> sites(long customerId);

    List<Contact> contacts(long customerId);

    List<Asset> assets(long siteId);

    /** The work orders raised on the asset, newest first. */
    List<AssetServiceRecord> history(long assetId);

    static CustomerDirectory of(CustomerRepository customers, AssetRepository assets) {
        return new CustomerDirectory() {
            @Override
            public List<Customer> search(String prefix, Optional<Customer> after, int limit) {
                return customers.search(prefix, after, limit);
            }

            @Override
            public Optional<Customer> customer(long id) {
                return customers.find(id);
            }

            @Override
            public List<Site> sites(long customerId) {
                return customers.sitesOf(customerId);
            }

            @Override
            public List<Contact> contacts(long customerId) {
                return customers.contactsOf(customerId);
            }

            @Override
            public List<Asset> assets(long siteId) {
                return assets.assetsAt(siteId);
            }

            @Override
            public List<AssetServiceRecord> history(long assetId) {
                return assets.serviceHistory(assetId);
            }
        };
    }
}
