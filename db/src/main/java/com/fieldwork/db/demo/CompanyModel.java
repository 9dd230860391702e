package com.fieldwork.db.demo;

import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.fieldwork.db.jooq.Tables.ABSENCE;
import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.SLA_POLICY;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_PART;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_SKILL;
import static com.fieldwork.db.jooq.Tables.WORKING_HOURS;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * The loaded company as the work-order generators need it, read back from the database in id order.
 * Reading it (rather than passing the loaders' output along) lets the scale generator run in a later
 * process against the same data, and keeps both generators on one code path.
 */
final class CompanyModel {

    record Skill(short level, LocalDate certifiedUntil) {
        boolean validOn(LocalDate day, int minLevel) {
            return level >= minLevel && (certifiedUntil == null || !certifiedUntil.isBefore(day));
        }
    }

    record Hours(LocalTime start, LocalTime end) {
    }

    record Technician(long id, long userId, long branchId, double homeLat, double homeLon, long vanId,
                      Map<Long, Skill> skills, Map<DayOfWeek, Hours> hours, List<Instant[]> absences) {

        boolean qualified(Template template, LocalDate day) {
            return template.skills().entrySet().stream().allMatch(e -> {
                Skill held = skills.get(e.getKey());
                return held != null && held.validOn(day, e.getValue());
            });
        }

        boolean available(Instant start, Instant end) {
            return absences.stream().noneMatch(a -> a[0].isBefore(end) && start.isBefore(a[1]));
        }
    }

    record Site(long id, long customerId, long branchId, boolean commercial, double lat, double lon,
                List<Long> assetIds, List<Long> assetServiceTypes) {
    }

    record CheckItem(long id, ChecklistItemKind kind) {
    }

    record Template(long id, long serviceTypeId, String name, int minutes, Priority priority,
                    Map<Long, Integer> skills, Map<Long, BigDecimal> parts, List<CheckItem> checklist) {
    }

    record Sla(long id, Duration response, Duration resolution) {
    }

    final ZoneId zone;
    final Map<Role, Long> userByRole = new EnumMap<>(Role.class);
    final List<Technician> technicians = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Template> templates = new ArrayList<>();
    final Map<Long, List<Template>> templatesByServiceType = new LinkedHashMap<>();
    /** What a household calls for: no walk-in coolers or fire alarm panels. */
    final List<Template> homeTemplates = new ArrayList<>();
    final Map<Priority, Sla> slas = new EnumMap<>(Priority.class);
    final Map<Long, Long> warehouseByBranch = new HashMap<>();

    private CompanyModel(ZoneId zone) {
        this.zone = zone;
    }

    static CompanyModel read(DSLContext dsl) {
        CompanyModel model = new CompanyModel(ZoneId.of(dsl.select(COMPANY.TIME_ZONE).from(COMPANY)
                .orderBy(COMPANY.ID).limit(1).fetchSingle().value1()));
        dsl.select(APP_USER.ROLE, APP_USER.ID).from(APP_USER).where(APP_USER.ROLE.ne(Role.TECHNICIAN.name()))
                .orderBy(APP_USER.ID)
                .forEach(r -> model.userByRole.putIfAbsent(Role.valueOf(r.value1()), r.value2()));
        model.readTechnicians(dsl);
        model.readSites(dsl);
        model.readTemplates(dsl);
        dsl.selectFrom(SLA_POLICY).where(SLA_POLICY.CUSTOMER_ID.isNull()).orderBy(SLA_POLICY.ID)
                .forEach(r -> model.slas.putIfAbsent(Priority.valueOf(r.getPriority()), new Sla(r.getId(),
                        Duration.ofMinutes(r.getResponseMinutes()), Duration.ofMinutes(r.getResolutionMinutes()))));
        dsl.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.KIND.eq("WAREHOUSE")).orderBy(STOCK_LOCATION.ID)
                .forEach(r -> model.warehouseByBranch.putIfAbsent(r.getBranchId(), r.getId()));
        return model;
    }

    long user(Role role) {
        Long id = userByRole.get(role);
        if (id == null) {
            throw new IllegalStateException("The company has no " + role.label() + " user to record changes with");
        }
        return id;
    }

    private void readTechnicians(DSLContext dsl) {
        Map<Long, Map<Long, Skill>> skills = new HashMap<>();
        dsl.selectFrom(TECHNICIAN_SKILL).orderBy(TECHNICIAN_SKILL.TECHNICIAN_ID, TECHNICIAN_SKILL.SKILL_ID)
                .forEach(r -> skills.computeIfAbsent(r.getTechnicianId(), k -> new LinkedHashMap<>())
                        .put(r.getSkillId(), new Skill(r.getSkillLevel(), r.getCertifiedUntil())));
        Map<Long, Map<DayOfWeek, Hours>> hours = new HashMap<>();
        dsl.selectFrom(WORKING_HOURS).forEach(r -> hours.computeIfAbsent(r.getTechnicianId(),
                k -> new EnumMap<>(DayOfWeek.class)).put(DayOfWeek.of(r.getWeekday()), new Hours(r.getStartsAt(), r.getEndsAt())));
        Map<Long, List<Instant[]>> absences = new HashMap<>();
        dsl.selectFrom(ABSENCE).orderBy(ABSENCE.ID).forEach(r -> absences.computeIfAbsent(r.getTechnicianId(),
                k -> new ArrayList<>()).add(new Instant[] {r.getStartsAt(), r.getEndsAt()}));
        Map<Long, Long> vans = new HashMap<>();
        dsl.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.TECHNICIAN_ID.isNotNull())
                .forEach(r -> vans.put(r.getTechnicianId(), r.getId()));
        dsl.selectFrom(TECHNICIAN).where(TECHNICIAN.ACTIVE.isTrue()).orderBy(TECHNICIAN.ID).forEach(r -> {
            if (vans.containsKey(r.getId())) {
                technicians.add(new Technician(r.getId(), r.getUserId(), r.getBranchId(), r.getHomeLat(), r.getHomeLon(),
                        vans.get(r.getId()), skills.getOrDefault(r.getId(), Map.of()),
                        hours.getOrDefault(r.getId(), Map.of()), absences.getOrDefault(r.getId(), List.of())));
            }
        });
    }

    private void readSites(DSLContext dsl) {
        Map<String, Long> serviceTypeIds = new HashMap<>();
        dsl.selectFrom(SERVICE_TYPE).forEach(r -> serviceTypeIds.put(r.getCode(), r.getId()));
        Map<String, Long> serviceTypeOfAsset = new HashMap<>();
        DemoResources.assetModels().forEach(m -> serviceTypeOfAsset.put(m.type(), serviceTypeIds.get(m.serviceType())));
        Map<Long, List<Long[]>> assets = new HashMap<>();
        dsl.select(ASSET.SITE_ID, ASSET.ID, ASSET.ASSET_TYPE).from(ASSET).orderBy(ASSET.ID)
                .forEach(r -> assets.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Long[] {r.value2(), serviceTypeOfAsset.get(r.value3())}));
        dsl.select(SITE.ID, SITE.CUSTOMER_ID, CUSTOMER.BRANCH_ID, SITE.LAT, SITE.LON, CUSTOMER.KIND).from(SITE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(SITE.CUSTOMER_ID)).orderBy(SITE.ID).forEach(r -> {
                    List<Long[]> here = assets.getOrDefault(r.value1(), List.of()).stream()
                            .filter(a -> a[1] != null).toList();
                    sites.add(new Site(r.value1(), r.value2(), r.value3(), "COMMERCIAL".equals(r.value6()),
                            r.value4(), r.value5(),
                            here.stream().map(a -> a[0]).toList(), here.stream().map(a -> a[1]).toList()));
                });
    }

    private static final java.util.Set<String> BUSINESS_ONLY = java.util.Set.of("REFRIGERATION", "FIRE", "FIBER");

    private void readTemplates(DSLContext dsl) {
        Map<Long, String> serviceTypeCodes = new HashMap<>();
        dsl.selectFrom(SERVICE_TYPE).forEach(r -> serviceTypeCodes.put(r.getId(), r.getCode()));
        Map<Long, Map<Long, Integer>> skills = new HashMap<>();
        dsl.selectFrom(TEMPLATE_SKILL).orderBy(TEMPLATE_SKILL.TEMPLATE_ID, TEMPLATE_SKILL.SKILL_ID)
                .forEach(r -> skills.computeIfAbsent(r.getTemplateId(), k -> new LinkedHashMap<>())
                        .put(r.getSkillId(), (int) r.getMinLevel()));
        Map<Long, Map<Long, BigDecimal>> parts = new HashMap<>();
        dsl.selectFrom(TEMPLATE_PART).orderBy(TEMPLATE_PART.TEMPLATE_ID, TEMPLATE_PART.PART_ID)
                .forEach(r -> parts.computeIfAbsent(r.getTemplateId(), k -> new LinkedHashMap<>())
                        .put(r.getPartId(), r.getQuantity()));
        Map<Long, List<CheckItem>> items = new HashMap<>();
        dsl.selectFrom(CHECKLIST_ITEM).orderBy(CHECKLIST_ITEM.TEMPLATE_ID, CHECKLIST_ITEM.SORT_ORDER)
                .forEach(r -> items.computeIfAbsent(r.getTemplateId(), k -> new ArrayList<>())
                        .add(new CheckItem(r.getId(), ChecklistItemKind.valueOf(r.getKind()))));
        dsl.selectFrom(WORK_ORDER_TEMPLATE).where(WORK_ORDER_TEMPLATE.ACTIVE.isTrue()).orderBy(WORK_ORDER_TEMPLATE.ID)
                .forEach(r -> {
                    Template t = new Template(r.getId(), r.getServiceTypeId(), r.getName(), r.getDefaultDurationMinutes(),
                            Priority.valueOf(r.getDefaultPriority()), skills.getOrDefault(r.getId(), Map.of()),
                            parts.getOrDefault(r.getId(), Map.of()), items.getOrDefault(r.getId(), List.of()));
                    templates.add(t);
                    if (!BUSINESS_ONLY.contains(serviceTypeCodes.get(t.serviceTypeId()))) {
                        homeTemplates.add(t);
                    }
                    templatesByServiceType.computeIfAbsent(t.serviceTypeId(), k -> new ArrayList<>()).add(t);
                });
    }
}
