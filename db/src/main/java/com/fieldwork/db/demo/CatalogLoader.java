package com.fieldwork.db.demo;

import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.db.jooq.tables.records.ChecklistItemRecord;
import com.fieldwork.db.jooq.tables.records.PartRecord;
import com.fieldwork.db.jooq.tables.records.PriceListItemRecord;
import com.fieldwork.db.jooq.tables.records.PriceListRecord;
import com.fieldwork.db.jooq.tables.records.ServiceTypeRecord;
import com.fieldwork.db.jooq.tables.records.SkillRecord;
import com.fieldwork.db.jooq.tables.records.SlaPolicyRecord;
import com.fieldwork.db.jooq.tables.records.TemplatePartRecord;
import com.fieldwork.db.jooq.tables.records.TemplateSkillRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderTemplateRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST_ITEM;
import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.SKILL;
import static com.fieldwork.db.jooq.Tables.SLA_POLICY;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/** Skills, service types, templates with checklists, the parts catalog, SLA policies and the price list. */
final class CatalogLoader {

    /** Ids of what later loaders refer to by code. */
    record Catalog(Map<String, Long> skills, Map<String, Long> parts, long priceListId) {
    }

    private final DSLContext tx;
    private final ExplicitIds ids;
    private final SplittableRandom random;

    CatalogLoader(DSLContext tx, ExplicitIds ids, SplittableRandom random) {
        this.tx = tx;
        this.ids = ids;
        this.random = random;
    }

    Catalog load(LocalDate today) {
        Map<String, Long> skills = skills();
        Map<String, Long> serviceTypes = serviceTypes();
        Map<String, Long> parts = parts();
        templates(skills, serviceTypes, parts);
        slaPolicies();
        long priceListId = priceList(today, serviceTypes, parts);
        return new Catalog(skills, parts, priceListId);
    }

    private Map<String, Long> skills() {
        Map<String, Long> byCode = new LinkedHashMap<>();
        List<SkillRecord> rows = new ArrayList<>();
        for (String code : ServiceCatalog.SKILLS) {
            long id = ids.next(SKILL);
            byCode.put(code, id);
            String name = Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('-', ' ');
            // stored as the Skill record spells it (upper case), so lookups by code find demo skills
            Skill skill = new Skill(id, code, name);
            rows.add(new SkillRecord().setId(id).setCode(skill.code()).setName(skill.name()));
        }
        BulkInsert.insert(tx, rows);
        return byCode;
    }

    private Map<String, Long> serviceTypes() {
        Map<String, Long> byCode = new LinkedHashMap<>();
        List<ServiceTypeRecord> rows = new ArrayList<>();
        ServiceCatalog.SERVICE_TYPES.forEach((code, name) -> {
            long id = ids.next(SERVICE_TYPE);
            byCode.put(code, id);
            rows.add(new ServiceTypeRecord().setId(id).setCode(code).setName(name));
        });
        BulkInsert.insert(tx, rows);
        return byCode;
    }

    /** Prices are cost plus a 35-80 % markup, rounded to cents, as a distributor's list would be. */
    private Map<String, Long> parts() {
        Map<String, Long> bySku = new LinkedHashMap<>();
        List<PartRecord> rows = new ArrayList<>();
        for (DemoResources.PartSpec spec : DemoResources.parts()) {
            long id = ids.next(PART);
            bySku.put(spec.sku(), id);
            BigDecimal cost = BigDecimal.valueOf(spec.unitCost() * (0.85 + random.nextDouble() * 0.3))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal price = cost.multiply(BigDecimal.valueOf(1.35 + random.nextDouble() * 0.45))
                    .setScale(2, RoundingMode.HALF_UP);
            rows.add(new PartRecord().setId(id).setSku(spec.sku()).setName(spec.name()).setUnit(spec.unit())
                    .setUnitCost(cost).setUnitPrice(price)
                    .setReorderPoint(BigDecimal.valueOf(spec.unit().equals("EA") ? 5 : 50)).setActive(true));
        }
        BulkInsert.insert(tx, rows);
        return bySku;
    }

    private void templates(Map<String, Long> skills, Map<String, Long> serviceTypes, Map<String, Long> parts) {
        List<WorkOrderTemplateRecord> templates = new ArrayList<>();
        List<TemplateSkillRecord> templateSkills = new ArrayList<>();
        List<TemplatePartRecord> templateParts = new ArrayList<>();
        List<ChecklistItemRecord> items = new ArrayList<>();
        for (ServiceCatalog.Template t : ServiceCatalog.TEMPLATES) {
            long id = ids.next(WORK_ORDER_TEMPLATE);
            templates.add(new WorkOrderTemplateRecord().setId(id).setServiceTypeId(serviceTypes.get(t.serviceType()))
                    .setCode(t.code()).setName(t.name()).setDescription(t.name() + ": standard procedure.")
                    .setDefaultDurationMinutes(t.minutes()).setDefaultPriority(t.priority().name())
                    .setRequiresSignature(t.signature()).setMinPhotos((short) t.minPhotos())
                    .setFixedFee(t.priority() == Priority.LOW ? new BigDecimal("129.00") : null).setActive(true));
            t.skills().forEach((code, level) -> templateSkills.add(new TemplateSkillRecord().setTemplateId(id)
                    .setSkillId(required(skills, code)).setMinLevel(level.shortValue())));
            t.parts().forEach((sku, quantity) -> templateParts.add(new TemplatePartRecord().setTemplateId(id)
                    .setPartId(required(parts, sku)).setQuantity(BigDecimal.valueOf(quantity))));
            short order = 1;
            for (ServiceCatalog.CheckItem item : ServiceCatalog.checklist(t.serviceType())) {
                items.add(new ChecklistItemRecord().setId(ids.next(CHECKLIST_ITEM)).setTemplateId(id)
                        .setSortOrder(order++).setPrompt(item.prompt()).setKind(item.kind().name())
                        .setRequired(item.required()));
            }
        }
        BulkInsert.insert(tx, templates);
        BulkInsert.insert(tx, templateSkills);
        BulkInsert.insert(tx, templateParts);
        BulkInsert.insert(tx, items);
    }

    /** The company-wide targets per priority (no customer-specific overrides in the demo). */
    private void slaPolicies() {
        List<SlaPolicyRecord> rows = new ArrayList<>();
        int[][] hours = {{2, 8}, {4, 24}, {24, 72}, {72, 168}};
        for (Priority priority : Priority.values()) {
            int[] h = hours[priority.ordinal()];
            rows.add(new SlaPolicyRecord().setId(ids.next(SLA_POLICY)).setName(priority.label() + " standard")
                    .setPriority(priority.name()).setResponseMinutes(h[0] * 60).setResolutionMinutes(h[1] * 60)
                    .setBusinessHoursOnly(false));
        }
        BulkInsert.insert(tx, rows);
    }

    private long priceList(LocalDate today, Map<String, Long> serviceTypes, Map<String, Long> parts) {
        long listId = ids.next(PRICE_LIST);
        BulkInsert.insert(tx, List.of(new PriceListRecord().setId(listId).setName("Standard " + today.getYear())
                .setCurrency("USD").setValidFrom(today.withDayOfYear(1)).setValidUntil(null)));
        List<PriceListItemRecord> items = new ArrayList<>();
        serviceTypes.forEach((code, id) -> items.add(item(listId, "LABOR", null, id,
                code.equals("GENERAL") ? "95.00" : code.equals("FIRE") || code.equals("REFRIGERATION") ? "145.00" : "125.00")));
        items.add(item(listId, "FEE", null, null, "89.00"));
        List<Long> partIds = new ArrayList<>(parts.values());
        for (int i = 0; i < partIds.size(); i += 4) {
            // A contract price on every fourth part; the rest sell at the catalog price.
            BigDecimal price = tx.select(PART.UNIT_PRICE).from(PART).where(PART.ID.eq(partIds.get(i))).fetchSingle().value1()
                    .multiply(new BigDecimal("0.92")).setScale(2, RoundingMode.HALF_UP);
            items.add(item(listId, "PART", partIds.get(i), null, price.toPlainString()));
        }
        BulkInsert.insert(tx, items);
        return listId;
    }

    private PriceListItemRecord item(long listId, String kind, Long partId, Long serviceTypeId, String price) {
        return new PriceListItemRecord().setId(ids.next(PRICE_LIST_ITEM)).setPriceListId(listId).setItemKind(kind)
                .setPartId(partId).setServiceTypeId(serviceTypeId).setUnitPrice(new BigDecimal(price));
    }

    private static long required(Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("The demo catalog refers to unknown code " + code);
        }
        return id;
    }
}
