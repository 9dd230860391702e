package com.fieldwork.db.support;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A statement written once with jOOQ's DSL, rendered once per SQL dialect, and after that only bound and run over
 * JDBC on the caller's connection (inside a transaction, the transaction's own). For the few statements that every
 * request runs: a profile of the field API's load benchmark put a quarter of a status change's database time in
 * building and rendering jOOQ queries whose text never changes, and H2 still parses a text it has cached by
 * hashing it, so the text is also kept as one string instance.
 *
 * <p>The statement's values are {@link #param(Field)} placeholders, bound in the order they appear in the SQL.
 * Results are read back by jOOQ ({@link DSLContext#fetch(ResultSet, Field[])}), so columns keep their generated
 * types and converters.
 */
public final class RenderedStatement {

    private static final AtomicLong PARAMS = new AtomicLong();

    private final Function<DSLContext, Query> definition;
    private final Map<SQLDialect, Rendered> rendered = new ConcurrentHashMap<>();

    private RenderedStatement(Function<DSLContext, Query> definition) {
        this.definition = definition;
    }

    /** @param definition builds the statement with {@link #param(Field)} wherever a value goes */
    public static RenderedStatement of(Function<DSLContext, Query> definition) {
        return new RenderedStatement(Objects.requireNonNull(definition, "definition"));
    }

    /** {@code insert into table (columns) values (?, ...)}: the values go in the order of {@code columns}. */
    public static RenderedStatement insert(Table<?> table, Field<?>... columns) {
        List<Field<?>> into = List.of(columns);
        return of(dsl -> dsl.insertInto(table).columns(into)
                .values(into.stream().map(RenderedStatement::param).toArray(Field<?>[]::new)));
    }

    /**
     * {@code update table set columns = ? ... where keys = ? and ...}: the values go in the order of {@code columns},
     * then of {@code keys}.
     */
    public static RenderedStatement update(Table<?> table, List<Field<?>> columns, List<Field<?>> keys) {
        return of(dsl -> {
            Map<Field<?>, Field<?>> values = new LinkedHashMap<>();
            columns.forEach(column -> values.put(column, param(column)));
            return dsl.update(table).set(values).where(keys.stream().map(RenderedStatement::equalsParam).toList());
        });
    }

    private static <T> Condition equalsParam(Field<T> key) {
        return key.eq(param(key));
    }

    /** A placeholder for a value of {@code column}'s type. */
    public static <T> Param<T> param(Field<T> column) {
        // jOOQ lists a query's parameters by name: a name of their own keeps a column used twice as two values
        return DSL.param(column.getName() + "#" + PARAMS.incrementAndGet(), column.getDataType());
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public int execute(DSLContext dsl, Object... values) {
        return run(dsl, values, PreparedStatement::executeUpdate);
    }

    /** Runs a query and reads its rows as {@code columns}, which must be the columns it selects, in order. */
    public Result<Record> fetch(DSLContext dsl, Field<?>[] columns, Object... values) {
        return run(dsl, values, prepared -> {
            try (ResultSet rows = prepared.executeQuery()) {
                return dsl.fetch(rows, columns);
            }
        });
    }

    /** Whether a query finds at least one row. */
    public boolean exists(DSLContext dsl, Object... values) {
        return run(dsl, values, prepared -> {
            try (ResultSet rows = prepared.executeQuery()) {
                return rows.next();
            }
        });
    }

    private interface Execution<T> {
        T on(PreparedStatement prepared) throws SQLException;
    }

    /** Prepares the statement on {@code dsl}'s connection (a transaction's own inside one), binds and runs it. */
    private <T> T run(DSLContext dsl, Object[] values, Execution<T> execution) {
        Rendered statement = rendered(dsl);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql)) {
                statement.bind(prepared, values);
                return execution.on(prepared);
            }
        });
    }

    /** The SQL as it is sent to {@code dsl}'s database. */
    public String sql(DSLContext dsl) {
        return rendered(dsl).sql;
    }

    private Rendered rendered(DSLContext dsl) {
        return rendered.computeIfAbsent(dsl.dialect(), dialect -> {
            Query query = definition.apply(dsl);
            List<Param<?>> params = query.getParams().values().stream().filter(p -> !p.isInline()).toList();
            String sql = dsl.render(query);
            long placeholders = sql.chars().filter(c -> c == '?').count();
            // a plain value would be bound once, at rendering, and then again every time: always the first one
            boolean allPlaceholders = params.stream().allMatch(p -> p.getParamName() != null);
            if (!allPlaceholders || placeholders != params.size()) {
                throw new IllegalStateException("Every value of a rendered statement must be a param(column) (or "
                        + "DSL.inline for a constant): " + sql);
            }
            return new Rendered(sql, params.stream().map(p -> p.getDataType().getSQLType()).toList());
        });
    }

    private record Rendered(String sql, List<Integer> sqlTypes) {

        void bind(PreparedStatement statement, Object[] values) throws SQLException {
            if (values.length != sqlTypes.size()) {
                throw new IllegalArgumentException("The statement takes " + sqlTypes.size() + " values, not "
                        + values.length + ": " + sql);
            }
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, sqlTypes.get(i));
                } else if (value instanceof Instant instant) {
                    // as jOOQ binds an Instant: a timestamp with time zone, in UTC
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }
    }
}
