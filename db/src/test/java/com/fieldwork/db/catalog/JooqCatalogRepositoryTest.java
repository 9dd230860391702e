package com.fieldwork.db.catalog;

import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.NewChecklistItem;
import com.fieldwork.core.catalog.NewPriceList;
import com.fieldwork.core.catalog.NewPriceListItem;
import com.fieldwork.core.catalog.NewServiceType;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.Part;
import com.fieldwork.core.catalog.PartDetails;
import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_PART;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_SKILL;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqCatalogRepositoryTest extends DatabaseTest {

    private final MutableClock clock = new MutableClock(Seed.T0);
    private Seed seed;
    private Actor manager;
    private Actor otherManager;
    private JooqPartRepository parts;
    private JooqServiceTypeRepository serviceTypes;
    private JooqTemplateRepository templates;
    private JooqPriceListRepository priceLists;

    @BeforeEach
    void world() {
        seed = new Seed(dsl());
        long branch = seed.branch();
        manager = seed.user(Role.OPERATIONS_MANAGER, branch);
        otherManager = seed.user(Role.OPERATIONS_MANAGER, branch);
        parts = new JooqPartRepository(dsl(), clock);
        serviceTypes = new JooqServiceTypeRepository(dsl(), clock);
        templates = new JooqTemplateRepository(dsl(), clock);
        priceLists = new JooqPriceListRepository(dsl(), clock);
    }

    private static PartDetails filter(String sku) {
        return PartDetails.of(sku, "Furnace filter 16x25", "ea", new BigDecimal("4.10"), new BigDecimal("12.00"));
    }

    @Test
    void partsRoundTripAndAreFoundBySkuOrNamePrefix() {
        Part filter = parts.create(filter("FLT-1625"), manager);
        Part igniter = parts.create(PartDetails.of("IGN-01", "Hot surface igniter", "ea", new BigDecimal("18.50"),
                new BigDecimal("65.00")), manager);

        assertThat(parts.find(filter.id())).contains(filter);
        assertThat(parts.findBySku("IGN-01")).contains(igniter);
        assertThat(parts.search("flt", true, 10)).containsExactly(filter);
        assertThat(parts.search("hot s", true, 10)).containsExactly(igniter);
        assertThat(parts.search("", true, 1)).hasSize(1);
        assertThat(parts.search("100%", false, 10)).isEmpty();
    }

    @Test
    void aPartEditedByTwoPeopleKeepsTheFirstAndNamesWhoMadeIt() {
        Part read = parts.create(filter("FLT-1625"), manager);
        clock.advance(Duration.ofMinutes(5));
        Part saved = parts.update(read.id(), read.version(), new PartDetails("FLT-1625", "Filter 16x25x1", "ea",
                new BigDecimal("4.10"), new BigDecimal("13.00"), BigDecimal.TEN, true), manager);
        int audited = dsl().fetchCount(AUDIT_LOG);

        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> parts.update(read.id(), read.version(), filter("FLT-1625"), otherManager))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(manager.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0.plus(Duration.ofMinutes(5)));
                });
        assertThat(parts.find(read.id())).contains(saved);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audited);
        assertThat(new JooqAuditLog(dsl()).forEntity("part", read.id())).extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Test
    void aDuplicateSkuIsAConflictAndWritesNothing() {
        Part first = parts.create(filter("FLT-1625"), manager);
        Part other = parts.create(filter("FLT-2020"), manager);
        int partRows = dsl().fetchCount(PART);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> parts.create(filter(" FLT-1625 "), otherManager))
                .isInstanceOf(ConflictException.class).hasMessageContaining("FLT-1625").hasMessageContaining("already used");
        assertThatThrownBy(() -> parts.update(other.id(), other.version(), filter("FLT-1625"), otherManager))
                .isInstanceOf(ConflictException.class);
        assertThat(List.of(dsl().fetchCount(PART), dsl().fetchCount(AUDIT_LOG), dsl().fetchCount(CHANGE_FEED)))
                .containsExactly(partRows, audit, feed);
        assertThat(parts.find(other.id())).contains(other);
        assertThat(first.sku()).isEqualTo("FLT-1625");
    }

    @Test
    void negativeMoneyIsRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> PartDetails.of("X", "X", "ea", new BigDecimal("-0.01"), BigDecimal.ONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("unitCost"));
        assertThatThrownBy(() -> NewPriceListItem.part(1, new BigDecimal("-5")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
    }

    @Test
    void serviceTypesRoundTripAndRefuseATakenCode() {
        ServiceType repair = serviceTypes.create(new NewServiceType("REPAIR", "Repair"), manager);
        ServiceType install = serviceTypes.create(new NewServiceType("INSTALL", "Installation"), manager);
        ServiceType renamed = serviceTypes.update(repair.id(), new NewServiceType("REPAIR", "Repair call"), manager);

        assertThat(serviceTypes.list()).containsExactly(install, renamed);
        assertThatThrownBy(() -> serviceTypes.create(new NewServiceType("REPAIR", "Again"), manager))
                .isInstanceOf(ConflictException.class).hasMessageContaining("REPAIR");
        assertThat(serviceTypes.list()).hasSize(2);
    }

    private NewWorkOrderTemplate tuneUp(long serviceType, long skill, long part, Duration duration) {
        return new NewWorkOrderTemplate(serviceType, "TUNE", "Furnace tune-up", Optional.of("Yearly check"), duration,
                Priority.NORMAL, true, 2, Optional.of(new BigDecimal("129.00")), List.of(new RequiredSkill(skill, 3)),
                List.of(new PartQuantity(part, new BigDecimal("1.5"))),
                List.of(new NewChecklistItem("Filter replaced?", ChecklistItemKind.YES_NO, true),
                        new NewChecklistItem("Gas pressure", ChecklistItemKind.NUMBER, true),
                        new NewChecklistItem("Photo of the flame", ChecklistItemKind.PHOTO, false)));
    }

    @Test
    void aTemplateIsStoredWithItsSkillsPartsAndChecklist() {
        long serviceType = seed.serviceType();
        long skill = seed.skill();
        long part = seed.part();
        WorkOrderTemplate created = templates.create(tuneUp(serviceType, skill, part, Duration.ofMinutes(90)), manager);

        assertThat(templates.find(created.id())).contains(created);
        assertThat(created.defaultDuration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(created.requiredSkills()).containsExactly(new RequiredSkill(skill, 3));
        assertThat(created.defaultParts()).singleElement()
                .satisfies(p -> assertThat(p.quantity()).isEqualByComparingTo("1.5"));
        assertThat(created.checklist()).extracting(ChecklistItem::position, ChecklistItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ChecklistItemKind.YES_NO),
                        org.assertj.core.groups.Tuple.tuple(2, ChecklistItemKind.NUMBER),
                        org.assertj.core.groups.Tuple.tuple(3, ChecklistItemKind.PHOTO));
        assertThat(templates.templatesFor(serviceType, false)).containsExactly(created);

        WorkOrderTemplate retired = templates.setActive(created.id(), false, manager);
        assertThat(templates.templatesFor(serviceType, false)).isEmpty();
        assertThat(templates.templatesFor(serviceType, true)).containsExactly(retired);
        assertThat(new JooqAuditLog(dsl()).forEntity("work_order_template", created.id())).extracting(e -> e.action())
                .containsExactly("create", "retire");
    }

    @Test
    void aTemplateWithABadPartWritesNoneOfItsRows() {
        long serviceType = seed.serviceType();
        long skill = seed.skill();
        int audit = dsl().fetchCount(AUDIT_LOG);

        assertThatThrownBy(() -> templates.create(tuneUp(serviceType, skill, 424_242, Duration.ofMinutes(60)), manager))
                .isInstanceOf(ConflictException.class).hasMessageContaining("TUNE");
        assertThatThrownBy(() -> tuneUp(serviceType, skill, 1, Duration.ZERO))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("defaultDuration"));
        assertThatThrownBy(() -> tuneUp(serviceType, skill, 1, Duration.ofMinutes(-30)))
                .isInstanceOf(ValidationException.class);
        assertThat(List.of(dsl().fetchCount(WORK_ORDER_TEMPLATE), dsl().fetchCount(TEMPLATE_SKILL),
                dsl().fetchCount(TEMPLATE_PART), dsl().fetchCount(CHECKLIST_ITEM))).containsOnly(0);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
    }

    @Test
    void aPriceListPricesEachPartOnce() {
        long part = seed.part();
        long unpriced = seed.part();
        var list = priceLists.create(new NewPriceList("Commercial 2026", "USD", LocalDate.of(2026, 1, 1),
                Optional.empty()), manager);
        priceLists.addItem(list.id(), NewPriceListItem.part(part, new BigDecimal("11.25")), manager);

        assertThat(priceLists.priceOf(list.id(), part)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("11.25"));
        assertThat(priceLists.priceOf(list.id(), unpriced)).isEmpty();
        assertThatThrownBy(() -> priceLists.addItem(list.id(), NewPriceListItem.part(part, BigDecimal.ONE), manager))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already prices");
        assertThat(priceLists.find(list.id())).hasValueSatisfying(l -> assertThat(l.items()).hasSize(1));
    }
}
