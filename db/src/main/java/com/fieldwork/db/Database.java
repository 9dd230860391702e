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
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionProvider;
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
    /**
     * On H2, transactions get connections of their own. H2 keeps parsed statements per connection, and the first
     * write to a table in a transaction walks every cached query of that connection to drop stale cached results
     * (SessionLocal.invalidateCachedResults): on a connection that also serves the many reads of the API and the
     * console, each write paid for all of them (a status change measured 0.9 ms CPU with a clean cache, 1.7 ms
     * with 100 other queries cached). Reads outside transactions keep the large cache that spares them parsing;
     * transaction connections only cache what transactions run. PostgreSQL has no such cost and keeps one pool.
     */
    private final HikariDataSource transactions;
    private final DSLContext dsl;

    private Database(DatabaseConfig config, HikariDataSource dataSource, HikariDataSource transactions) {
        this.config = config;
        this.dataSource = dataSource;
        this.transactions = transactions;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dataSource).set(config.engine().dialect()).set(settings());
        if (transactions != dataSource) {
            configuration.set(new DefaultTransactionProvider(new DataSourceConnectionProvider(transactions)));
        }
        this.dsl = DSL.using(configuration);
    }

    /** Opens the pool and brings the schema up to date; fails with a readable message if the database is unreachable. */
    public static Database open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        HikariDataSource dataSource = new HikariDataSource(hikari(config, "fieldwork"));
        HikariDataSource transactions = dataSource;
        try {
            if (config.engine() == Engine.H2) {
                transactions = new HikariDataSource(hikari(config, "fieldwork-tx"));
            }
            Database database = new Database(config, dataSource, transactions);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            transactions.close();
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
                .withExecuteLogging(false)
                // an IN list of 3, 5 or 7 ids is one statement (padded to 8), not three: each distinct text is parsed
                // and cached per connection by both engines, and on H2 every cached query makes writes dearer
                .withInListPadding(true);
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

    /**
     * An acknowledged write must survive the server being killed. H2 keeps committed changes in memory and writes
     * them to the file at most WRITE_DELAY ms later (500 by default): KillNineTest lost acknowledged notes that way
     * after a {@code kill -9}. With 0 each commit is written to the file (the operating system's cache) before it
     * returns, which a killed process cannot lose; a power cut still can (H2 does not fsync each commit; that is
     * what PostgreSQL is for). An explicit WRITE_DELAY in the configured URL wins.
     */
    static String withH2WriteThrough(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
    }

    static String h2Url(String url) {
        return withH2WriteThrough(withH2QueryCache(url));
    }

    private static HikariConfig hikari(DatabaseConfig config, String poolName) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.engine() == Engine.H2 ? h2Url(config.url()) : config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setPoolName(poolName);
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
                config.displayUrl(), schemaVersion().orElse("none"), result.migrationsExecuted);
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
        transactions.close();
        dataSource.close();
    }
}
