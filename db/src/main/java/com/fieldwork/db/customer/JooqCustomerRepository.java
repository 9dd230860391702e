package com.fieldwork.db.customer;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerDetails;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.customer.CustomerNumber;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.customer.NewContact;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.CustomerRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import com.fieldwork.db.support.NumberSequences;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.support.Optionals.orNull;

/** Customers in SQL: gapless numbers, versioned edits, every write audited and on the change feed. */
public final class JooqCustomerRepository implements CustomerRepository {

    static final String ENTITY = "customer";
    private static final VersionedTable<CustomerRecord> VERSIONED = new VersionedTable<>("Customer", ENTITY, CUSTOMER,
            CUSTOMER.ID, CUSTOMER.VERSION, CUSTOMER.UPDATED_AT);
    private static final int MAX_PAGE = 500;

    private final DSLContext dsl;
    private final Clock clock;
    private final SitesAndContacts places;

    public JooqCustomerRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.places = new SitesAndContacts(dsl, clock);
    }

    @Override
    public Customer create(CustomerDetails customer, Actor actor) {
        return IntegrityViolations.translate("Customer", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            // Taken inside the transaction: a failed insert gives the number back, so numbers stay gapless.
            String number = CustomerNumber.format(NumberSequences.next(tx, CustomerNumber.SEQUENCE_SCOPE));
            CustomerRecord row = write(tx.newRecord(CUSTOMER), customer)
                    .setNumber(number).setVersion(0L).setCreatedAt(now).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toCustomer(row);
        }));
    }

    @Override
    public Optional<Customer> find(long id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional().map(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Optional<Customer> findByNumber(String number) {
        return number == null ? Optional.empty()
                : dsl.selectFrom(CUSTOMER).where(CUSTOMER.NUMBER.eq(number.trim().toUpperCase(Locale.ROOT)))
                        .fetchOptional().map(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Customer update(long id, long expectedVersion, CustomerDetails customer, Actor actor) {
        return IntegrityViolations.translate("Customer", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            CustomerRecord before = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOne();
            VERSIONED.update(tx, id, expectedVersion, now, write(tx.newRecord(CUSTOMER), customer));
            CustomerRecord after = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchSingle();
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, "edit", before, after, null);
            return toCustomer(after);
        }));
    }

    @Override
    public List<Customer> search(String prefix, Optional<Customer> after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("limit", "A page holds 1 to " + MAX_PAGE + " customers, got " + limit);
        }
        String text = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
        Condition matches = text.isEmpty() ? DSL.noCondition()
                : DSL.lower(CUSTOMER.NAME).startsWith(text).or(DSL.lower(CUSTOMER.NUMBER).startsWith(text));
        Condition page = after.map(last -> DSL.row(CUSTOMER.NAME, CUSTOMER.ID).gt(last.name(), last.id()))
                .orElse(DSL.noCondition());
        return dsl.selectFrom(CUSTOMER)
                .where(matches).and(page)
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID)
                .limit(limit)
                .fetch(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Site addSite(long customerId, SiteDetails site, Actor actor) {
        return places.addSite(customerId, site, actor);
    }

    @Override
    public Optional<Site> findSite(long siteId) {
        return places.findSite(siteId);
    }

    @Override
    public Site updateSite(long siteId, long expectedVersion, SiteDetails site, Actor actor) {
        return places.updateSite(siteId, expectedVersion, site, actor);
    }

    @Override
    public List<Site> sitesOf(long customerId) {
        if (!dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId))) {
            throw new NotFoundException("customer", customerId);
        }
        return places.sitesOf(customerId);
    }

    @Override
    public Contact addContact(long customerId, NewContact contact, Actor actor) {
        return places.addContact(customerId, contact, actor);
    }

    @Override
    public List<Contact> contactsOf(long customerId) {
        return places.contactsOf(customerId);
    }

    /** Sets the editable columns only, so an update statement built from it touches nothing else. */
    private static CustomerRecord write(CustomerRecord row, CustomerDetails c) {
        Address billing = c.billingAddress();
        return row.setName(c.name()).setKind(c.kind().name())
                .setEmail(orNull(c.email())).setPhone(orNull(c.phone()))
                .setBillingStreet(billing.street()).setBillingCity(billing.city())
                .setBillingPostalCode(billing.postalCode()).setBillingCountry(billing.country())
                .setBranchId(c.branchId()).setContractUntil(orNull(c.contractUntil())).setNotes(orNull(c.notes()));
    }

    static Customer toCustomer(CustomerRecord r) {
        return new Customer(r.getId(), r.getNumber(), new CustomerDetails(r.getName(), CustomerKind.valueOf(r.getKind()),
                Optional.ofNullable(r.getEmail()), Optional.ofNullable(r.getPhone()),
                new Address(r.getBillingStreet(), r.getBillingCity(), r.getBillingPostalCode(), r.getBillingCountry()),
                r.getBranchId(), Optional.ofNullable(r.getContractUntil()), Optional.ofNullable(r.getNotes())),
                r.getVersion());
    }
}
