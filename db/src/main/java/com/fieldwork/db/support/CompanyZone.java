package com.fieldwork.db.support;

import org.jooq.DSLContext;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static com.fieldwork.db.jooq.Tables.COMPANY;

/** The company's time zone, in which days, years and printed times are decided; UTC before set-up. */
public final class CompanyZone {

    private CompanyZone() {
    }

    public static ZoneId of(DSLContext dsl) {
        String zone = dsl.select(COMPANY.TIME_ZONE).from(COMPANY).orderBy(COMPANY.ID).limit(1).fetchOne(COMPANY.TIME_ZONE);
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }
}
