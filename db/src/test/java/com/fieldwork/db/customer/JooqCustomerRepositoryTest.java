package com.fieldwork.db.customer;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerDetails;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.customer.NewContact;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqCustomerRepositoryTest extends DatabaseTest {

    private static final Address BILLING = new Address("1 Main St", "Denver", "80202", "US");
    private static final SiteDetails PLANT = new SiteDetails("North plant", new Address("5 Brighton Blvd", "Denver",
            "80216", "US"), new GeoPoint(39.77, -104.97), Optional.of("Gate code 4711"), Optional.of("Hard hats"));

    private final MutableClock clock = new MutableClock(Seed.T0);
    private JooqCustomerRepository customers;
    private Actor dispatcher;
    private Actor otherDispatcher;
    private long branch;

    @BeforeEach
    void world() {
        Seed seed = new Seed(dsl());
        branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        otherDispatcher = seed.user(Role.DISPATCHER, branch);
        customers = new JooqCustomerRepository(dsl(), clock);
    }

    private CustomerDetails details(String name) {
        return new CustomerDetails(name, CustomerKind.COMMERCIAL, Optional.of("ap@acme.example"),
                Optional.of("+1 303 555 0199"), BILLING, branch, Optional.of(LocalDate.of(2026, 12, 31)),
                Optional.of("Pays on the 15th"));
    }

    @Test
    void everyFieldRoundTripsUnderTheNextGaplessNumber() {
        Customer acme = customers.create(details("Acme Heating"), dispatcher);
        Customer bravo = customers.create(details("Bravo Bakery"), dispatcher);

        assertThat(acme.number()).isEqualTo("C-000001");
        assertThat(bravo.number()).isEqualTo("C-000002");
        assertThat(acme.details()).isEqualTo(details("Acme Heating"));
        assertThat(acme.version()).isZero();
        assertThat(customers.get(acme.id())).isEqualTo(acme);
        assertThat(customers.findByNumber("c-000002")).contains(bravo);
        assertThat(acme.underContractOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(acme.underContractOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aFailedCreateGivesItsNumberBackSoNumbersStayGapless() {
        customers.create(details("Acme Heating"), dispatcher);
        CustomerDetails nowhere = new CustomerDetails("Nowhere Inc", CustomerKind.RESIDENTIAL, Optional.empty(),
                Optional.empty(), BILLING, 424_242, Optional.empty(), Optional.empty());
        int audit = dsl().fetchCount(AUDIT_LOG);

        assertThatThrownBy(() -> customers.create(nowhere, dispatcher)).isInstanceOf(ConflictException.class);
        Customer next = customers.create(details("Bravo Bakery"), dispatcher);

        assertThat(next.number()).isEqualTo("C-000002");
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit + 1);
        assertThat(dsl().selectDistinct(CUSTOMER.NUMBER).from(CUSTOMER).where(CUSTOMER.NUMBER.like("C-0%")).fetch(CUSTOMER.NUMBER))
                .containsExactlyInAnyOrder("C-000001", "C-000002");
    }

    @Test
    void searchMatchesNameOrNumberPrefixAndPagesByKeyset() {
        Customer acme = customers.create(details("Acme Heating"), dispatcher);
        Customer acorn = customers.create(details("Acorn Dental"), dispatcher);
        Customer ace = customers.create(details("Ace Hardware"), dispatcher);
        customers.create(details("Bravo Bakery"), dispatcher);

        List<Customer> first = customers.search("AC", Optional.empty(), 2);
        List<Customer> second = customers.search("ac", Optional.of(first.get(1)), 2);

        assertThat(first).extracting(Customer::name).containsExactly("Ace Hardware", "Acme Heating");
        assertThat(second).containsExactly(acorn);
        assertThat(customers.search("c-000003", Optional.empty(), 10)).containsExactly(ace);
        assertThat(customers.search("", Optional.empty(), 10)).hasSize(4).contains(acme);
        assertThatThrownBy(() -> customers.search("a", Optional.empty(), 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aStaleEditNamesWhoChangedItAndWhenAndWritesNothing() {
        Customer acme = customers.create(details("Acme Heating"), dispatcher);
        clock.advance(Duration.ofMinutes(2));
        Customer renamed = customers.update(acme.id(), 0, details("Acme Heating & Air"), dispatcher);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThat(renamed.version()).isEqualTo(1);
        assertThat(renamed.number()).isEqualTo(acme.number());
        assertThatThrownBy(() -> customers.update(acme.id(), 0, details("Acme Plumbing"), otherDispatcher))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(dispatcher.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0.plus(Duration.ofMinutes(2)));
                });
        assertThat(customers.get(acme.id())).isEqualTo(renamed);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }

    @Test
    void sitesAndContactsRoundTripAndSiteEditsAreVersioned() {
        Customer acme = customers.create(details("Acme Heating"), dispatcher);
        Customer other = customers.create(details("Other"), dispatcher);
        Site plant = customers.addSite(acme.id(), PLANT, dispatcher);
        Site foreign = customers.addSite(other.id(), PLANT, dispatcher);
        int feed = dsl().fetchCount(CHANGE_FEED);

        SiteDetails moved = new SiteDetails("North plant (new gate)", PLANT.address(), new GeoPoint(39.78, -104.96),
                Optional.empty(), PLANT.safetyNotes());
        Site edited = customers.updateSite(plant.id(), 0, moved, dispatcher);
        Contact boss = customers.addContact(acme.id(), new NewContact(OptionalLong.empty(), "Zoe Boss",
                Optional.of("Owner"), Optional.of("+1 303 555 0100"), Optional.empty(), true), dispatcher);
        Contact janitor = customers.addContact(acme.id(), new NewContact(OptionalLong.of(plant.id()), "Al Janitor",
                Optional.empty(), Optional.empty(), Optional.of("al@acme.example"), false), dispatcher);

        assertThat(plant.details()).isEqualTo(PLANT);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.details()).isEqualTo(moved);
        assertThat(customers.sitesOf(acme.id())).containsExactly(edited);
        assertThat(customers.findSite(foreign.id())).contains(foreign);
        assertThat(customers.contactsOf(acme.id())).containsExactly(boss, janitor);
        assertThat(janitor.details().siteId()).hasValue(plant.id());
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed + 3);
        assertThatThrownBy(() -> customers.updateSite(plant.id(), 0, PLANT, otherDispatcher))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> customers.addContact(acme.id(), new NewContact(OptionalLong.of(foreign.id()), "X",
                Optional.empty(), Optional.empty(), Optional.empty(), false), dispatcher))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("siteId"));
        assertThat(customers.contactsOf(acme.id())).hasSize(2);
    }

    @Test
    void badInputIsRefusedAndLeavesTheDatabaseUnchanged() {
        Customer acme = customers.create(details("Acme Heating"), dispatcher);
        int rows = dsl().fetchCount(CUSTOMER) + dsl().fetchCount(SITE);
        int audit = dsl().fetchCount(AUDIT_LOG);

        assertThatThrownBy(() -> details(" "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new GeoPoint(39.7, -181))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lon"));
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("lat"));
        assertThatThrownBy(() -> customers.addSite(424_242, PLANT, dispatcher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.update(424_242, 0, details("X"), dispatcher))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.updateSite(424_242, 0, PLANT, dispatcher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.sitesOf(424_242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.get(424_242)).isInstanceOf(NotFoundException.class);

        assertThat(dsl().fetchCount(CUSTOMER) + dsl().fetchCount(SITE)).isEqualTo(rows);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(customers.get(acme.id()).version()).isZero();
    }
}
