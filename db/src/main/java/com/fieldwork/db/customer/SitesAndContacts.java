package com.fieldwork.db.customer;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.NewContact;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.ContactRecord;
import com.fieldwork.db.jooq.tables.records.SiteRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.CONTACT;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** The places and people of a customer; split from the customer repository to keep each small. */
final class SitesAndContacts {

    static final String SITE_ENTITY = "site";
    static final String CONTACT_ENTITY = "contact";
    private static final VersionedTable<SiteRecord> VERSIONED = new VersionedTable<>("Site", SITE_ENTITY, SITE,
            SITE.ID, SITE.VERSION, SITE.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;

    SitesAndContacts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Site addSite(long customerId, SiteDetails site, Actor actor) {
        return IntegrityViolations.translate("Site", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireCustomer(tx, customerId);
            Instant now = clock.instant();
            SiteRecord row = write(tx.newRecord(SITE), site)
                    .setCustomerId(customerId).setVersion(0L).setCreatedAt(now).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, SITE_ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toSite(row);
        }));
    }

    Optional<Site> findSite(long siteId) {
        return dsl.selectFrom(SITE).where(SITE.ID.eq(siteId)).fetchOptional().map(SitesAndContacts::toSite);
    }

    Site updateSite(long siteId, long expectedVersion, SiteDetails site, Actor actor) {
        return IntegrityViolations.translate("Site", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            SiteRecord before = tx.selectFrom(SITE).where(SITE.ID.eq(siteId)).fetchOne();
            VERSIONED.update(tx, siteId, expectedVersion, now, write(tx.newRecord(SITE), site));
            SiteRecord after = tx.selectFrom(SITE).where(SITE.ID.eq(siteId)).fetchSingle();
            AuditTrail.record(tx, actor, now, SITE_ENTITY, siteId, ChangeOperation.UPDATE, "edit", before, after, null);
            return toSite(after);
        }));
    }

    List<Site> sitesOf(long customerId) {
        return dsl.selectFrom(SITE).where(SITE.CUSTOMER_ID.eq(customerId)).orderBy(SITE.NAME, SITE.ID)
                .fetch(SitesAndContacts::toSite);
    }

    Contact addContact(long customerId, NewContact contact, Actor actor) {
        return IntegrityViolations.translate("Contact", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireCustomer(tx, customerId);
            if (contact.siteId().isPresent()) {
                long siteId = contact.siteId().getAsLong();
                Long owner = tx.select(SITE.CUSTOMER_ID).from(SITE).where(SITE.ID.eq(siteId)).fetchOne(SITE.CUSTOMER_ID);
                if (owner == null) {
                    throw new NotFoundException("site", siteId);
                }
                if (owner != customerId) {
                    throw new ValidationException("siteId", "Site " + siteId + " belongs to another customer, not "
                            + customerId);
                }
            }
            ContactRecord row = tx.newRecord(CONTACT)
                    .setCustomerId(customerId).setSiteId(orNull(contact.siteId())).setName(contact.name())
                    .setJobTitle(orNull(contact.jobTitle())).setPhone(orNull(contact.phone()))
                    .setEmail(orNull(contact.email())).setIsPrimary(contact.primary());
            row.store();
            AuditTrail.record(tx, actor, clock.instant(), CONTACT_ENTITY, row.getId(), ChangeOperation.INSERT, "create",
                    null, row, null);
            return toContact(row);
        }));
    }

    List<Contact> contactsOf(long customerId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.CUSTOMER_ID.eq(customerId))
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME, CONTACT.ID)
                .fetch(SitesAndContacts::toContact);
    }

    private static void requireCustomer(DSLContext tx, long customerId) {
        if (!tx.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId))) {
            throw new NotFoundException("customer", customerId);
        }
    }

    private static SiteRecord write(SiteRecord row, SiteDetails s) {
        return row.setName(s.name())
                .setStreet(s.address().street()).setCity(s.address().city())
                .setPostalCode(s.address().postalCode()).setCountry(s.address().country())
                .setLat(s.location().lat()).setLon(s.location().lon())
                .setAccessNotes(orNull(s.accessNotes())).setSafetyNotes(orNull(s.safetyNotes()));
    }

    static Site toSite(SiteRecord r) {
        return new Site(r.getId(), r.getCustomerId(), new SiteDetails(r.getName(),
                new Address(r.getStreet(), r.getCity(), r.getPostalCode(), r.getCountry()),
                new GeoPoint(r.getLat(), r.getLon()), Optional.ofNullable(r.getAccessNotes()),
                Optional.ofNullable(r.getSafetyNotes())), r.getVersion());
    }

    static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getCustomerId(), new NewContact(ofLong(r.getSiteId()), r.getName(),
                Optional.ofNullable(r.getJobTitle()), Optional.ofNullable(r.getPhone()),
                Optional.ofNullable(r.getEmail()), r.getIsPrimary()));
    }
}
