package com.fieldwork.api;

import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.field.FileContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

class DemoCompanySeederTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void theEmbeddedDefaultLoadsTheDemoCompanyOnceIntoItsFile() {
        FieldworkConfig config = FieldworkConfig.load(Map.of(), home);
        assertThat(config.isEmbedded()).isTrue();
        assertThat(DemoCompanySeeder.forConfig(config)).isInstanceOf(DemoCompanySeeder.class);

        try (Database database = Database.open(config.database())) {
            new DemoCompanySeeder(CLOCK, FileContentStore.in(config)).seedIfEmpty(database);
            assertThat(database.dsl().fetchCount(WORK_ORDER)).isEqualTo(DemoCompany.WORK_ORDERS);
            // the latest completed jobs have their pictures in the installation's files folder
            assertThat(database.dsl().fetchCount(SIGNATURE)).isPositive();
            assertThat(database.dsl().select(ATTACHMENT.STORAGE_KEY).from(ATTACHMENT).fetch(ATTACHMENT.STORAGE_KEY))
                    .isNotEmpty().allSatisfy(key -> assertThat(FileContentStore.in(config).exists(key)).isTrue());
            // and each signed job its service report, ready to open
            assertThat(database.dsl().fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT")))
                    .isEqualTo(DemoCompany.signedCompletions(database.dsl()).size()).isPositive();

            new DemoCompanySeeder(CLOCK, FileContentStore.in(config)).seedIfEmpty(database);
            assertThat(database.dsl().fetchCount(COMPANY)).isEqualTo(1);
            assertThat(database.dsl().fetchCount(WORK_ORDER)).isEqualTo(DemoCompany.WORK_ORDERS);
        }
        assertThat(home.resolve(".fieldwork/db/fieldwork.mv.db")).isRegularFile();
    }

    @Test
    void aDatabaseWithACompanyOfItsOwnIsLeftAlone() {
        FieldworkConfig config = FieldworkConfig.load(Map.of("FIELDWORK_DB_URL", "jdbc:h2:mem:own-company"), home);
        try (Database database = Database.open(config.database())) {
            database.dsl().insertInto(COMPANY).set(COMPANY.NAME, "Peak Plumbing").set(COMPANY.CURRENCY, "USD")
                    .set(COMPANY.DEFAULT_TAX_RATE, java.math.BigDecimal.ZERO).set(COMPANY.TIME_ZONE, "America/Denver")
                    .execute();

            new DemoCompanySeeder(CLOCK, FileContentStore.in(config)).seedIfEmpty(database);

            assertThat(database.dsl().fetchCount(WORK_ORDER)).isZero();
            assertThat(database.dsl().fetchValue(COMPANY.NAME)).isEqualTo("Peak Plumbing");
        }
    }

    @Test
    void theFlagTurnsTheDemoOff() {
        FieldworkConfig config = FieldworkConfig.load(Map.of("FIELDWORK_DEMO_DATA", "false"), home);
        assertThat(DemoCompanySeeder.forConfig(config)).isSameAs(DatabaseSeeder.NONE);
    }

    @Test
    void aSharedPostgresDatabaseStartsEmptyUnlessTheDemoIsAskedFor() {
        String url = "jdbc:postgresql://dbhost:5432/fieldwork";
        assertThat(DemoCompanySeeder.forConfig(FieldworkConfig.load(Map.of("FIELDWORK_DB_URL", url), home)))
                .isSameAs(DatabaseSeeder.NONE);
        assertThat(DemoCompanySeeder.forConfig(FieldworkConfig.load(
                Map.of("FIELDWORK_DB_URL", url, "FIELDWORK_DEMO_DATA", "true"), home)))
                .isInstanceOf(DemoCompanySeeder.class);
    }
}
