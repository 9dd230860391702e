package com.fieldwork.db.fieldjob;

import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;

/** The office's read of a job's records: one query per list, whatever the job holds. */
public final class JooqJobRecordReads implements JobRecordReads {

    private static final String RETURN = "RETURN";

    private final DSLContext dsl;

    public JooqJobRecordReads(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<AttachmentInfo> attachments(long workOrderId) {
        return FieldJobRows.attachments(dsl, workOrderId);
    }

    @Override
    public List<PartUsedOnJob> partsUsed(long workOrderId) {
        var m = STOCK_MOVEMENT;
        // parts used leave a location, parts given back enter one: either way that is the location to show
        var location = DSL.coalesce(m.FROM_LOCATION_ID, m.TO_LOCATION_ID);
        return dsl.select(m.ID, m.KIND, m.QUANTITY, m.OCCURRED_AT, PART.ID, PART.SKU, PART.NAME, PART.UNIT,
                        PART.UNIT_PRICE, STOCK_LOCATION.CODE, STOCK_LOCATION.NAME, APP_USER.DISPLAY_NAME)
                .from(m)
                .join(PART).on(PART.ID.eq(m.PART_ID))
                .join(STOCK_LOCATION).on(STOCK_LOCATION.ID.eq(location))
                .join(APP_USER).on(APP_USER.ID.eq(m.ACTOR_ID))
                .where(m.WORK_ORDER_ID.eq(workOrderId))
                .and(m.KIND.in("CONSUME", RETURN))
                .orderBy(m.OCCURRED_AT, m.ID)
                .fetch(r -> new PartUsedOnJob(r.get(m.ID), r.get(PART.ID), r.get(PART.SKU), r.get(PART.NAME),
                        r.get(PART.UNIT), FieldJobRows.plain(r.get(m.QUANTITY)), RETURN.equals(r.get(m.KIND)),
                        r.get(STOCK_LOCATION.CODE), r.get(STOCK_LOCATION.NAME), r.get(APP_USER.DISPLAY_NAME),
                        r.get(m.OCCURRED_AT), r.get(PART.UNIT_PRICE)));
    }
}
