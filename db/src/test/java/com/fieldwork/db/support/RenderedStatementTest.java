package com.fieldwork.db.support;

import com.fieldwork.db.testing.DatabaseTest;
import org.jooq.Field;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.support.RenderedStatement.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderedStatementTest extends DatabaseTest {

    private static final Instant AT = Instant.parse("2026-03-02T14:15:16.123456Z");
    private static final Field<?>[] COLUMNS = {CHANGE_FEED.ENTITY, CHANGE_FEED.ENTITY_ID, CHANGE_FEED.OP,
            CHANGE_FEED.ACTOR_ID, CHANGE_FEED.AT};

    private final RenderedStatement insert = RenderedStatement.of(dsl -> dsl.insertInto(CHANGE_FEED)
            .set(CHANGE_FEED.ENTITY, param(CHANGE_FEED.ENTITY))
            .set(CHANGE_FEED.ENTITY_ID, param(CHANGE_FEED.ENTITY_ID))
            .set(CHANGE_FEED.OP, param(CHANGE_FEED.OP))
            .set(CHANGE_FEED.ACTOR_ID, param(CHANGE_FEED.ACTOR_ID))
            .set(CHANGE_FEED.AT, param(CHANGE_FEED.AT)));
    private final RenderedStatement byEntity = RenderedStatement.of(dsl -> dsl.select(COLUMNS).from(CHANGE_FEED)
            .where(CHANGE_FEED.ENTITY.eq(param(CHANGE_FEED.ENTITY)))
            .orderBy(CHANGE_FEED.SEQ));

    @Test
    void bindsNullsAndInstantsAndReadsThemBackTyped() {
        assertThat(insert.execute(dsl(), "customer", "7", "UPDATE", null, AT)).isEqualTo(1);
        assertThat(insert.execute(dsl(), "customer", "8", "INSERT", 42L, AT.plusSeconds(60))).isEqualTo(1);
        insert.execute(dsl(), "site", "9", "DELETE", null, AT);

        List<Record> rows = byEntity.fetch(dsl(), COLUMNS, "customer");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(CHANGE_FEED.ENTITY_ID)).isEqualTo("7");
        assertThat(rows.get(0).get(CHANGE_FEED.ACTOR_ID)).isNull();
        assertThat(rows.get(0).get(CHANGE_FEED.AT)).isEqualTo(AT);
        assertThat(rows.get(1).get(CHANGE_FEED.ACTOR_ID)).isEqualTo(42L);
        assertThat(rows.get(1).get(CHANGE_FEED.AT)).isEqualTo(AT.plusSeconds(60));
        assertThat(RenderedStatement.of(dsl -> dsl.selectOne().from(CHANGE_FEED)
                .where(CHANGE_FEED.ENTITY_ID.eq(param(CHANGE_FEED.ENTITY_ID)))).exists(dsl(), "9")).isTrue();
    }

    @Test
    void aColumnUsedTwiceTakesTwoValuesInTheOrderOfTheSql() {
        insert.execute(dsl(), "customer", "7", "UPDATE", null, AT);
        insert.execute(dsl(), "customer", "8", "UPDATE", null, AT);
        RenderedStatement rename = RenderedStatement.of(dsl -> dsl.update(CHANGE_FEED)
                .set(CHANGE_FEED.ENTITY_ID, param(CHANGE_FEED.ENTITY_ID))
                .where(CHANGE_FEED.ENTITY_ID.eq(param(CHANGE_FEED.ENTITY_ID))));

        assertThat(rename.execute(dsl(), "70", "7")).isEqualTo(1);

        assertThat(byEntity.fetch(dsl(), COLUMNS, "customer")).extracting(r -> r.get(CHANGE_FEED.ENTITY_ID))
                .containsExactly("70", "8");
    }

    @Test
    void runsOnTheTransactionsConnectionSoARollbackTakesItBack() {
        assertThatThrownBy(() -> dsl().transaction(cfg -> {
            insert.execute(cfg.dsl(), "customer", "7", "UPDATE", null, AT);
            assertThat(byEntity.fetch(cfg.dsl(), COLUMNS, "customer")).hasSize(1);
            throw new IllegalStateException("roll back");
        })).hasMessageContaining("roll back");

        assertThat(byEntity.fetch(dsl(), COLUMNS, "customer")).isEmpty();
    }

    @Test
    void isRenderedOncePerDialect() {
        assertThat(insert.sql(dsl())).isSameAs(insert.sql(dsl())).contains("?");
    }

    @Test
    void refusesTheWrongNumberOfValues() {
        assertThatThrownBy(() -> insert.execute(dsl(), "customer", "7", "UPDATE", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 5 values, not 4");
    }

    @Test
    void refusesAValueThatIsNotAPlaceholder() {
        RenderedStatement literal = RenderedStatement.of(dsl -> dsl.selectOne().from(CHANGE_FEED)
                .where(CHANGE_FEED.ENTITY.eq("customer")).and(CHANGE_FEED.ENTITY_ID.eq(param(CHANGE_FEED.ENTITY_ID))));

        assertThatThrownBy(() -> literal.exists(dsl(), "7"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be a param(column)");
    }
}
