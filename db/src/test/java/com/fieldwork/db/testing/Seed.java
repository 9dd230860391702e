package com.fieldwork.db.testing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.SKILL;
import static com.fieldwork.db.jooq.Tables.SLA_POLICY;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/**
 * The smallest world a work order can live in, inserted with plain SQL so that tests of one
 * repository do not depend on the others. Each call adds new rows with unique codes.
 */
public final class Seed {

    public static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private final DSLContext dsl;
    private int counter;

    public Seed(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long branch() {
        int n = ++counter;
        return dsl.insertInto(BRANCH)
                .set(BRANCH.CODE, "BR" + n).set(BRANCH.NAME, "Branch " + n).set(BRANCH.TIME_ZONE, "America/Denver")
                .set(BRANCH.STREET, "1600 Glenarm Pl").set(BRANCH.CITY, "Denver").set(BRANCH.POSTAL_CODE, "80202")
                .set(BRANCH.COUNTRY, "US").set(BRANCH.LAT, 39.7447).set(BRANCH.LON, -104.9893)
                .set(BRANCH.CREATED_AT, T0).set(BRANCH.UPDATED_AT, T0)
                .returning(BRANCH.ID).fetchSingle().getId();
    }

    /** A user of the role, returned as the Actor the use cases take. */
    public Actor user(Role role, long branchId) {
        int n = ++counter;
        String username = role.name().toLowerCase() + n;
        String displayName = role.label() + " " + n;
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, "not-a-real-hash").set(APP_USER.ROLE, role.name())
                .set(APP_USER.BRANCH_ID, branchId).set(APP_USER.CREATED_AT, T0).set(APP_USER.UPDATED_AT, T0)
                .returning(APP_USER.ID).fetchSingle().getId();
        if (role == Role.TECHNICIAN) {
            long technicianId = dsl.insertInto(TECHNICIAN)
                    .set(TECHNICIAN.USER_ID, id).set(TECHNICIAN.BRANCH_ID, branchId).set(TECHNICIAN.EMPLOYEE_CODE, "E" + n)
                    .set(TECHNICIAN.HOME_LAT, 39.70).set(TECHNICIAN.HOME_LON, -104.95)
                    .set(TECHNICIAN.HOURLY_COST, new BigDecimal("35.00")).set(TECHNICIAN.HOURLY_RATE, new BigDecimal("110.00"))
                    .set(TECHNICIAN.CREATED_AT, T0).set(TECHNICIAN.UPDATED_AT, T0)
                    .returning(TECHNICIAN.ID).fetchSingle().getId();
            return new Actor(id, username, displayName, role, OptionalLong.of(technicianId));
        }
        return new Actor(id, username, displayName, role);
    }

    public long customer(long branchId) {
        int n = ++counter;
        return dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.NUMBER, "C-" + n).set(CUSTOMER.NAME, "Customer " + n).set(CUSTOMER.KIND, "COMMERCIAL")
                .set(CUSTOMER.BILLING_STREET, "1 Main St").set(CUSTOMER.BILLING_CITY, "Denver")
                .set(CUSTOMER.BILLING_POSTAL_CODE, "80202").set(CUSTOMER.BILLING_COUNTRY, "US")
                .set(CUSTOMER.BRANCH_ID, branchId).set(CUSTOMER.CREATED_AT, T0).set(CUSTOMER.UPDATED_AT, T0)
                .returning(CUSTOMER.ID).fetchSingle().getId();
    }

    public long site(long customerId) {
        int n = ++counter;
        return dsl.insertInto(SITE)
                .set(SITE.CUSTOMER_ID, customerId).set(SITE.NAME, "Site " + n).set(SITE.STREET, n + " Larimer St")
                .set(SITE.CITY, "Denver").set(SITE.POSTAL_CODE, "80205").set(SITE.COUNTRY, "US")
                .set(SITE.LAT, 39.75).set(SITE.LON, -104.99).set(SITE.CREATED_AT, T0).set(SITE.UPDATED_AT, T0)
                .returning(SITE.ID).fetchSingle().getId();
    }

    public long asset(long siteId) {
        int n = ++counter;
        return dsl.insertInto(ASSET)
                .set(ASSET.SITE_ID, siteId).set(ASSET.ASSET_TYPE, "Furnace").set(ASSET.MAKE, "Carrier")
                .set(ASSET.MODEL, "59TP6").set(ASSET.SERIAL_NUMBER, "SN" + n).set(ASSET.INSTALL_DATE, LocalDate.of(2020, 5, 1))
                .set(ASSET.CREATED_AT, T0).set(ASSET.UPDATED_AT, T0)
                .returning(ASSET.ID).fetchSingle().getId();
    }

    public long serviceType() {
        int n = ++counter;
        return dsl.insertInto(SERVICE_TYPE).set(SERVICE_TYPE.CODE, "ST" + n).set(SERVICE_TYPE.NAME, "Service " + n)
                .returning(SERVICE_TYPE.ID).fetchSingle().getId();
    }

    public long skill() {
        int n = ++counter;
        return dsl.insertInto(SKILL).set(SKILL.CODE, "SK" + n).set(SKILL.NAME, "Skill " + n)
                .returning(SKILL.ID).fetchSingle().getId();
    }

    public void slaPolicy(String priority, Long customerId, int responseMinutes, int resolutionMinutes) {
        dsl.insertInto(SLA_POLICY)
                .set(SLA_POLICY.NAME, priority + (customerId == null ? " default" : " for " + customerId))
                .set(SLA_POLICY.PRIORITY, priority).set(SLA_POLICY.CUSTOMER_ID, customerId)
                .set(SLA_POLICY.RESPONSE_MINUTES, responseMinutes).set(SLA_POLICY.RESOLUTION_MINUTES, resolutionMinutes)
                .execute();
    }

    /** An active part with a unique SKU (P1, P2 …), costing 4.00 and selling at 9.50 each. */
    public long part() {
        int n = ++counter;
        return dsl.insertInto(PART).set(PART.SKU, "P" + n).set(PART.NAME, "Part " + n).set(PART.UNIT, "ea")
                .set(PART.UNIT_COST, new BigDecimal("4.00")).set(PART.UNIT_PRICE, new BigDecimal("9.50"))
                .returning(PART.ID).fetchSingle().getId();
    }

    /** A work order template for the service type, with no checklist yet; see {@link #checklistItem}. */
    public long template(long serviceTypeId) {
        int n = ++counter;
        return dsl.insertInto(WORK_ORDER_TEMPLATE).set(WORK_ORDER_TEMPLATE.SERVICE_TYPE_ID, serviceTypeId)
                .set(WORK_ORDER_TEMPLATE.CODE, "TPL" + n).set(WORK_ORDER_TEMPLATE.NAME, "Template " + n)
                .set(WORK_ORDER_TEMPLATE.DEFAULT_DURATION_MINUTES, 60).set(WORK_ORDER_TEMPLATE.DEFAULT_PRIORITY, "NORMAL")
                .returning(WORK_ORDER_TEMPLATE.ID).fetchSingle().getId();
    }

    /** A checklist item of the template; {@code kind} is a ChecklistItemKind name. */
    public long checklistItem(long templateId, int position, String prompt, String kind, boolean required) {
        return dsl.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.TEMPLATE_ID, templateId)
                .set(CHECKLIST_ITEM.SORT_ORDER, (short) position).set(CHECKLIST_ITEM.PROMPT, prompt)
                .set(CHECKLIST_ITEM.KIND, kind).set(CHECKLIST_ITEM.REQUIRED, required)
                .returning(CHECKLIST_ITEM.ID).fetchSingle().getId();
    }
}
