package com.fieldwork.db.catalog;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.catalog.NewPriceList;
import com.fieldwork.core.catalog.NewPriceListItem;
import com.fieldwork.core.catalog.PriceItemKind;
import com.fieldwork.core.catalog.PriceList;
import com.fieldwork.core.catalog.PriceListItem;
import com.fieldwork.core.catalog.PriceListRepository;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.PriceListItemRecord;
import com.fieldwork.db.jooq.tables.records.PriceListRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.PRICE_LIST;
import static com.fieldwork.db.jooq.Tables.PRICE_LIST_ITEM;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** Price lists in SQL; writes audited and on the change feed. */
public final class JooqPriceListRepository implements PriceListRepository {

    private static final String ENTITY = "price_list";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqPriceListRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PriceList create(NewPriceList priceList, Actor actor) {
        return IntegrityViolations.translate("Price list " + priceList.name(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PriceListRecord row = tx.newRecord(PRICE_LIST).setName(priceList.name()).setCurrency(priceList.currency())
                    .setValidFrom(priceList.validFrom()).setValidUntil(priceList.validUntil().orElse(null));
            row.store();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toPriceList(row, List.of());
        }));
    }

    @Override
    public Optional<PriceList> find(long id) {
        return dsl.selectFrom(PRICE_LIST).where(PRICE_LIST.ID.eq(id)).fetchOptional()
                .map(r -> toPriceList(r, dsl.selectFrom(PRICE_LIST_ITEM).where(PRICE_LIST_ITEM.PRICE_LIST_ID.eq(id))
                        .orderBy(PRICE_LIST_ITEM.ID).fetch(JooqPriceListRepository::toItem)));
    }

    @Override
    public PriceListItem addItem(long priceListId, NewPriceListItem item, Actor actor) {
        return IntegrityViolations.translate("Price list item", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // Locking the list serialises additions to it, so the one-price-per-part check cannot race.
            if (tx.selectFrom(PRICE_LIST).where(PRICE_LIST.ID.eq(priceListId)).forUpdate().fetchOne() == null) {
                throw new NotFoundException("price list", priceListId);
            }
            if (item.kind() == PriceItemKind.PART && tx.fetchExists(PRICE_LIST_ITEM, PRICE_LIST_ITEM.PRICE_LIST_ID
                    .eq(priceListId).and(PRICE_LIST_ITEM.PART_ID.eq(item.partId().getAsLong())))) {
                throw new ConflictException("Price list " + priceListId + " already prices part "
                        + item.partId().getAsLong() + "; change that row instead");
            }
            PriceListItemRecord row = tx.newRecord(PRICE_LIST_ITEM).setPriceListId(priceListId)
                    .setItemKind(item.kind().name()).setPartId(orNull(item.partId()))
                    .setServiceTypeId(orNull(item.serviceTypeId())).setUnitPrice(item.unitPrice());
            row.store();
            row.refresh();
            AuditTrail.record(tx, actor, clock.instant(), "price_list_item", row.getId(), ChangeOperation.INSERT,
                    "add price", null, row, null);
            return toItem(row);
        }));
    }

    @Override
    public Optional<BigDecimal> priceOf(long priceListId, long partId) {
        return dsl.select(PRICE_LIST_ITEM.UNIT_PRICE).from(PRICE_LIST_ITEM)
                .where(PRICE_LIST_ITEM.PRICE_LIST_ID.eq(priceListId)
                        .and(PRICE_LIST_ITEM.ITEM_KIND.eq(PriceItemKind.PART.name()))
                        .and(PRICE_LIST_ITEM.PART_ID.eq(partId)))
                .orderBy(PRICE_LIST_ITEM.ID.desc()).limit(1)
                .fetchOptional(PRICE_LIST_ITEM.UNIT_PRICE);
    }

    private static PriceList toPriceList(PriceListRecord r, List<PriceListItem> items) {
        return new PriceList(r.getId(), r.getName(), r.getCurrency(), r.getValidFrom(),
                Optional.ofNullable(r.getValidUntil()), items);
    }

    private static PriceListItem toItem(PriceListItemRecord r) {
        return new PriceListItem(r.getId(), PriceItemKind.valueOf(r.getItemKind()), ofLong(r.getPartId()),
                ofLong(r.getServiceTypeId()), r.getUnitPrice());
    }
}
