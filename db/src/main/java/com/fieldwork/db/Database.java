package com.fieldwork.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An open connection pool to the database of truth, migrated to the newest schema.
 * Both applications reach the data only through this and the repositories built on it.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, config.engine().dialect(), settings());
    }

    /** Opens the pool and brings the schema up to date; fails with a readable message if the database is unreachable. */
    public static Database open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        HikariDataSource dataSource = new HikariDataSource(hikari(config));
        try {
            Database database = new Database(config, dataSource);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * One generated model serves H2 and PostgreSQL because names are never quoted: each engine
     * folds them to its own case, exactly as it did for the unquoted DDL.
     */
    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteWithOptimisticLocking(false)
                // jOOQ's LoggerListener runs on every statement even with debug logging off; a profile of the
                // load benchmark showed it, and statement logging is not how this product is diagnosed
                .withExecuteLogging(false);
    }

    static final int H2_LOCK_TIMEOUT_MS = 10_000;
    static final int H2_QUERY_CACHE_SIZE = 256;

    /**
     * H2 keeps the last 8 parsed statements per connection by default. One status change runs about fifteen
     * different statements, so every one was parsed and planned again: a profile of the load benchmark put 40 %
     * of the database time in H2's parser and optimizer. A larger cache keeps a whole request's statements.
     * An explicit QUERY_CACHE_SIZE in the configured URL wins.
     */
    static String withH2QueryCache(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? url
                : url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
    }

    private static HikariConfig hikari(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.engine() == Engine.H2 ? withH2QueryCache(config.url()) : config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setPoolName("fieldwork");
        hikari.setAutoCommit(true);
        hikari.setInitializationFailTimeout(10_000);
        if (config.engine() == Engine.H2) {
            // PostgreSQL waits for a row lock as long as it takes; H2 gives up after 1 s, which fails short
            // transactions queued on one gapless number row (a burst of intakes) that would succeed a moment later
            hikari.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS);
        }
        return hikari;
    }

    private void migrate() {
        MigrateResult result = flyway().migrate();
        log.info("Database {} at schema version {} ({} migrations applied now)",
                config.url(), schemaVersion().orElse("none"), result.migrationsExecuted);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** The newest applied schema version, for health checks. */
    public Optional<String> schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return Optional.ofNullable(current).map(info -> info.getVersion().getVersion());
    }

    /** True when no migration is waiting to be applied. */
    public boolean isMigrated() {
        return flyway().info().pending().length == 0;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Engine engine() {
        return config.engine();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
