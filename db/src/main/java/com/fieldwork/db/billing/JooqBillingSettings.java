package com.fieldwork.db.billing;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.billing.BillingSettings;
import com.fieldwork.core.billing.BillingSettingsStore;
import com.fieldwork.core.common.Actor;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.CompanyRecord;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.COMPANY;

/**
 * The billing settings in the company row, beside its currency and tax rate: the one company of this
 * database (the first row, as the rest of the code reads it).
 */
public final class JooqBillingSettings implements BillingSettingsStore {

    /** The audit log's and change feed's name of the company row. */
    static final String ENTITY = "company";
    private static final VersionedTable<CompanyRecord> COMPANIES = new VersionedTable<>("Company settings", ENTITY,
            COMPANY, COMPANY.ID, COMPANY.VERSION, COMPANY.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;

    public JooqBillingSettings(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BillingSettings current() {
        return settings(company(dsl));
    }

    @Override
    public BillingSettings save(BillingSettings settings, Actor actor) {
        Objects.requireNonNull(settings, "settings");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            CompanyRecord before = company(tx);
            CompanyRecord changes = tx.newRecord(COMPANY)
                    .setPaymentLinkTemplate(settings.paymentLinkTemplate().orElse(null))
                    .setPaymentTermsDays(settings.paymentTermsDays());
            // a template set back to none is a change too: write the null
            changes.changed(COMPANY.PAYMENT_LINK_TEMPLATE, true);
            COMPANIES.update(tx, before.getId(), settings.version(), now, changes);
            CompanyRecord after = company(tx);
            AuditTrail.record(tx, actor, now, ENTITY, after.getId(), ChangeOperation.UPDATE, "billing settings",
                    before, after, null);
            return settings(after);
        });
    }

    private static CompanyRecord company(DSLContext dsl) {
        return dsl.selectFrom(COMPANY).orderBy(COMPANY.ID).limit(1).fetchOptional()
                .orElseThrow(() -> new IllegalStateException("The database has no company yet"));
    }

    private static BillingSettings settings(CompanyRecord row) {
        return new BillingSettings(Optional.ofNullable(row.getPaymentLinkTemplate()), row.getPaymentTermsDays(),
                row.getVersion());
    }
}
