package com.fieldwork.packaging;

import com.fieldwork.console.setup.DatabaseChoice;
import com.fieldwork.console.setup.DatabaseSetup;
import com.fieldwork.db.config.FieldworkConfig;

import java.io.IOException;
import java.io.Writer;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The first-run dialog's connection test and its configuration file: one JDBC connection to the office server,
 * opened and closed, with the failure put in words a dispatcher can act on; and {@code fieldwork.properties}
 * in the data folder, readable by this user only (it holds the database password).
 */
public final class OfficeDatabaseSetup implements DatabaseSetup {

    static final int LOGIN_TIMEOUT_SECONDS = 5;
    private static final Set<String> WRONG_PASSWORD = Set.of("28P01", "28000");
    /** PostgreSQL's "database does not exist"; H2's "not found, and remote creation is not allowed". */
    private static final Set<String> NO_SUCH_DATABASE = Set.of("3D000", "90146", "90013");

    private final Path dataDir;

    public OfficeDatabaseSetup(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    @Override
    public String test(DatabaseChoice.OfficeServer server) throws ConnectionProblem {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ConnectionProblem(explain(e, server), e);
        }
    }

    static String explain(SQLException e, DatabaseChoice.OfficeServer server) {
        String where = hostAndPort(server.url());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "Cannot find the computer " + host(where) + ": check the server's name in the URL";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return "Nothing answers at " + where + ": is the office server on, its database running, and the "
                        + "port open in its firewall?";
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (WRONG_PASSWORD.contains(sql.getSQLState())) {
                    return "The office server refused user " + server.user() + ": wrong user or password";
                }
                if (NO_SUCH_DATABASE.contains(sql.getSQLState())) {
                    return "The office server at " + where + " has no such database: check the name at the end of "
                            + "the URL";
                }
            }
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return "Cannot reach " + where + ": " + oneLine(e.getMessage());
        }
        return "Cannot connect to " + where + ": " + oneLine(e.getMessage());
    }

    /** "office-pc:5432" from jdbc:postgresql://office-pc:5432/fieldwork or jdbc:h2:tcp://office-pc:9092/fieldwork. */
    static String hostAndPort(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return url;
        }
        String rest = url.substring(start + 2);
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static String host(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }

    @Override
    public void save(DatabaseChoice choice) throws ConnectionProblem {
        Path file = dataDir.resolve(FieldworkConfig.FILE_NAME);
        Properties settings = new Properties();
        String comment;
        if (choice instanceof DatabaseChoice.OfficeServer server) {
            settings.setProperty("db.url", server.url());
            settings.setProperty("db.user", server.user());
            settings.setProperty("db.password", server.password());
            comment = "Fieldwork: this workstation uses the office server's database (chosen at first start)";
        } else {
            comment = "Fieldwork: this computer keeps its own database in " + dataDir.resolve("db")
                    + " (chosen at first start; set db.url to use an office server)";
        }
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                settings.store(writer, comment);
            }
        } catch (IOException e) {
            throw new ConnectionProblem("Cannot write the settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
