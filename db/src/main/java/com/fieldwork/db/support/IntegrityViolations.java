package com.fieldwork.db.support;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.ValidationException;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns a constraint the database enforced into the domain's own exception with a sentence a
 * user can act on, so no caller ever sees a raw SQL error. H2 and PostgreSQL use the same
 * SQLSTATE class (23) but different codes, hence the two spellings below.
 */
public final class IntegrityViolations {

    private IntegrityViolations() {
    }

    /** Runs the write; integrity violations become domain exceptions naming {@code what}. */
    public static <T> T translate(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            throw translate(what, e);
        }
    }

    public static RuntimeException translate(String what, DataAccessException e) {
        String state = sqlState(e);
        if (state == null || !state.startsWith("23")) {
            return e;
        }
        String detail = detail(e);
        return switch (state) {
            case "23505" -> new ConflictException(what + " already exists" + hint(detail), e);
            // 23503: PostgreSQL both ways, H2 "child exists"; 23506: H2 "parent missing"
            case "23503", "23506" -> new ConflictException(what + " refers to something that does not exist,"
                    + " or is still referred to by other records" + hint(detail), e);
            case "23502" -> new ValidationException(what, what + " is missing a required value" + hint(detail));
            // 23514: PostgreSQL; 23513: H2
            case "23514", "23513" -> new ValidationException(what, what + " breaks a rule" + hint(detail));
            default -> new ConflictException(what + " could not be saved" + hint(detail), e);
        };
    }

    private static String sqlState(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql != null ? sql.getSQLState() : e.sqlState();
    }

    /** The constraint name tells the user which rule: keep the part of the driver message that names it. */
    private static String detail(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String message = sql != null ? sql.getMessage() : e.getMessage();
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("").trim();
        int sqlStart = firstLine.toLowerCase(Locale.ROOT).indexOf("; sql statement");
        return sqlStart > 0 ? firstLine.substring(0, sqlStart) : firstLine;
    }

    private static String hint(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    /** True for the domain's own exceptions, which pass through transactions unchanged. */
    public static boolean isDomain(Throwable t) {
        return t instanceof DomainException;
    }
}
