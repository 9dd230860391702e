package com.fieldwork.db;

import org.jooq.SQLDialect;

/** The database engines the same schema and repositories run on. */
public enum Engine {
    H2("jdbc:h2:", SQLDialect.H2),
    POSTGRESQL("jdbc:postgresql:", SQLDialect.POSTGRES);

    private final String urlPrefix;
    private final SQLDialect dialect;

    Engine(String urlPrefix, SQLDialect dialect) {
        this.urlPrefix = urlPrefix;
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public static Engine of(String jdbcUrl) {
        for (Engine engine : values()) {
            if (jdbcUrl.startsWith(engine.urlPrefix)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl
                + "': use jdbc:h2:... (embedded) or jdbc:postgresql://host:port/database");
    }
}
