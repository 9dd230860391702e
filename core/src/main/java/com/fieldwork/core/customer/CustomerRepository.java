package com.fieldwork.core.customer;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Where customers, their sites and contacts are kept. Every write is one audited transaction on
 * the change feed; customers and sites are versioned.
 */
public interface CustomerRepository {

    /** Stores the customer under the next gapless number (C-000001, C-000002, …). */
    Customer create(CustomerDetails customer, Actor actor);

    Optional<Customer> find(long id);

    /** @throws NotFoundException when there is no such customer */
    default Customer get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    Optional<Customer> findByNumber(String number);

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    Customer update(long id, long expectedVersion, CustomerDetails customer, Actor actor);

    /**
     * Customers whose name or number starts with {@code prefix} (ignoring case), by name then id.
     * Pass the last customer of the previous page as {@code after} for the next one (keyset paging).
     */
    List<Customer> search(String prefix, Optional<Customer> after, int limit);

    Site addSite(long customerId, SiteDetails site, Actor actor);

    Optional<Site> findSite(long siteId);

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    Site updateSite(long siteId, long expectedVersion, SiteDetails site, Actor actor);

    /** @throws NotFoundException when there is no such customer */
    List<Site> sitesOf(long customerId);

    /** @throws com.fieldwork.core.common.ValidationException when the site belongs to another customer */
    Contact addContact(long customerId, NewContact contact, Actor actor);

    /** Primary contact first, then by name. */
    List<Contact> contactsOf(long customerId);
}
