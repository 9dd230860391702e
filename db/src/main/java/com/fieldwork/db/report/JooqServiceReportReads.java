package com.fieldwork.db.report;

import com.fieldwork.db.support.CompanyZone;
import com.fieldwork.db.support.Decimals;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.report.ServiceReport;
import com.fieldwork.core.report.ServiceReportReads;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/** One query per part of the report, each a join over the job's rows (no query per visit or item). */
public final class JooqServiceReportReads implements ServiceReportReads {

    private final DSLContext dsl;

    public JooqServiceReportReads(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<ServiceReport.Header> header(long workOrderId) {
        String company = dsl.select(COMPANY.NAME).from(COMPANY).orderBy(COMPANY.ID).limit(1).fetchOne(COMPANY.NAME);
        return dsl.select(WORK_ORDER.ID, WORK_ORDER.NUMBER, WORK_ORDER.SUMMARY, WORK_ORDER.STATUS,
                        WORK_ORDER.DESCRIPTION, CUSTOMER.NAME, CUSTOMER.NUMBER, SITE.NAME, SITE.STREET, SITE.CITY,
                        SITE.POSTAL_CODE, SITE.COUNTRY, ASSET.ASSET_TYPE, ASSET.MAKE, ASSET.MODEL,
                        ASSET.SERIAL_NUMBER)
                .from(WORK_ORDER)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(WORK_ORDER.CUSTOMER_ID))
                .join(SITE).on(SITE.ID.eq(WORK_ORDER.SITE_ID))
                .leftJoin(ASSET).on(ASSET.ID.eq(WORK_ORDER.ASSET_ID))
                .where(WORK_ORDER.ID.eq(workOrderId))
                .fetchOptional(r -> new ServiceReport.Header(company == null ? "" : company, r.get(WORK_ORDER.ID),
                        WorkOrderNumber.parse(r.get(WORK_ORDER.NUMBER)), r.get(WORK_ORDER.SUMMARY),
                        WorkOrderStatus.valueOf(r.get(WORK_ORDER.STATUS)).label(), r.get(CUSTOMER.NAME),
                        r.get(CUSTOMER.NUMBER), r.get(SITE.NAME),
                        new Address(r.get(SITE.STREET), r.get(SITE.CITY), r.get(SITE.POSTAL_CODE), r.get(SITE.COUNTRY)),
                        asset(r), Optional.ofNullable(r.get(WORK_ORDER.DESCRIPTION))));
    }

    private static Optional<String> asset(Record r) {
        if (r.get(ASSET.MAKE) == null) {
            return Optional.empty();
        }
        return Optional.of(r.get(ASSET.ASSET_TYPE) + " " + r.get(ASSET.MAKE) + " " + r.get(ASSET.MODEL)
                + ", serial " + r.get(ASSET.SERIAL_NUMBER));
    }

    @Override
    public ZoneId companyZone() {
        return CompanyZone.of(dsl);
    }

    @Override
    public List<ServiceReport.VisitLine> visits(long workOrderId) {
        return dsl.select(APP_USER.DISPLAY_NAME, VISIT.PLANNED_START, VISIT.ACTUAL_START, VISIT.ACTUAL_END, VISIT.STATUS)
                .from(VISIT)
                .leftJoin(TECHNICIAN).on(TECHNICIAN.ID.eq(VISIT.TECHNICIAN_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(TECHNICIAN.USER_ID))
                .where(VISIT.WORK_ORDER_ID.eq(workOrderId).and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name())))
                .orderBy(VISIT.PLANNED_START.asc().nullsLast(), VISIT.ID)
                .fetch(r -> new ServiceReport.VisitLine(Optional.ofNullable(r.get(APP_USER.DISPLAY_NAME)),
                        Optional.ofNullable(r.get(VISIT.PLANNED_START)), Optional.ofNullable(r.get(VISIT.ACTUAL_START)),
                        Optional.ofNullable(r.get(VISIT.ACTUAL_END)), label(r.get(VISIT.STATUS))));
    }

    private static String label(String status) {
        String lower = status.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public List<ServiceReport.ChecklistLine> checklist(long workOrderId) {
        return dsl.select(CHECKLIST_ITEM.PROMPT, CHECKLIST_ITEM.KIND, CHECKLIST_ANSWER.ID, CHECKLIST_ANSWER.ANSWER_YES_NO,
                        CHECKLIST_ANSWER.ANSWER_NUMBER, CHECKLIST_ANSWER.ANSWER_TEXT)
                .from(WORK_ORDER)
                .join(CHECKLIST_ITEM).on(CHECKLIST_ITEM.TEMPLATE_ID.eq(WORK_ORDER.TEMPLATE_ID))
                .leftJoin(CHECKLIST_ANSWER).on(CHECKLIST_ANSWER.CHECKLIST_ITEM_ID.eq(CHECKLIST_ITEM.ID)
                        .and(CHECKLIST_ANSWER.WORK_ORDER_ID.eq(WORK_ORDER.ID)))
                .where(WORK_ORDER.ID.eq(workOrderId))
                .orderBy(CHECKLIST_ITEM.SORT_ORDER)
                .fetch(r -> new ServiceReport.ChecklistLine(r.get(CHECKLIST_ITEM.PROMPT), answer(r)));
    }

    /** As a customer reads it: "Yes", "20.5", the text, or that a photo shows it. */
    private static Optional<String> answer(Record r) {
        if (r.get(CHECKLIST_ANSWER.ID) == null) {
            return Optional.empty();
        }
        return Optional.of(switch (r.get(CHECKLIST_ITEM.KIND)) {
            case "YES_NO" -> Boolean.TRUE.equals(r.get(CHECKLIST_ANSWER.ANSWER_YES_NO)) ? "Yes" : "No";
            case "NUMBER" -> plain(r.get(CHECKLIST_ANSWER.ANSWER_NUMBER));
            case "PHOTO" -> "Photo taken";
            default -> r.get(CHECKLIST_ANSWER.ANSWER_TEXT);
        });
    }

    private static String plain(BigDecimal n) {
        return Decimals.asGiven(n).toPlainString();
    }

    @Override
    public Optional<ServiceReport.Completion> completion(long workOrderId) {
        return dsl.select(COMPLETION_RECORD.COMPLETED_AT, APP_USER.DISPLAY_NAME, COMPLETION_RECORD.LAT,
                        COMPLETION_RECORD.LON, COMPLETION_RECORD.FIRST_TIME_FIX, COMPLETION_RECORD.CUSTOMER_CONFIRMED,
                        COMPLETION_RECORD.SUMMARY, COMPLETION_RECORD.SIGNATURE_ID)
                .from(COMPLETION_RECORD)
                .join(APP_USER).on(APP_USER.ID.eq(COMPLETION_RECORD.COMPLETED_BY))
                .where(COMPLETION_RECORD.WORK_ORDER_ID.eq(workOrderId))
                .fetchOptional(r -> new ServiceReport.Completion(r.get(COMPLETION_RECORD.COMPLETED_AT),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(COMPLETION_RECORD.LAT) == null ? Optional.empty()
                                : Optional.of(new GeoPoint(r.get(COMPLETION_RECORD.LAT), r.get(COMPLETION_RECORD.LON))),
                        r.get(COMPLETION_RECORD.FIRST_TIME_FIX), r.get(COMPLETION_RECORD.CUSTOMER_CONFIRMED),
                        Optional.ofNullable(r.get(COMPLETION_RECORD.SUMMARY)),
                        r.get(COMPLETION_RECORD.SIGNATURE_ID) == null ? OptionalLong.empty()
                                : OptionalLong.of(r.get(COMPLETION_RECORD.SIGNATURE_ID))));
    }
}
