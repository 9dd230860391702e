package com.fieldwork.db.backup;

import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.Engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An online backup of an H2 database and the stored files, while the console and the API keep working.
 *
 * <p>{@code SCRIPT} rather than {@code BACKUP TO}: the SQL it writes creates every table, index, identity
 * position and row (Flyway's history too) in an <em>empty</em> database, of this or a later H2 version, whereas
 * {@code BACKUP} copies the engine's file, which only the same H2 version opens. {@code SCRIPT} is one statement,
 * which H2 reads from one snapshot; it also runs in a SNAPSHOT transaction, so the tables agree with each other as
 * of one moment even while others write (H2BackupTest writes pairs of rows during a backup). The files are
 * copied after the script: a photo uploaded in between is in the archive without a row, which is harmless
 * (content-addressed, never shown); a row is never without its file, since files are stored before their rows.
 */
public final class H2Backup {

    private H2Backup() {
    }

    /**
     * Writes {@code archive} (which must not exist yet) from the database and {@code filesDir}.
     *
     * @throws BackupException NOT_EMPTY when the archive exists, DATABASE when the database cannot be read,
     *                         BAD_FILE when the archive cannot be written
     */
    public static BackupSummary write(DatabaseConfig database, Path filesDir, Path archive, Clock clock) {
        requireH2(database);
        Objects.requireNonNull(archive, "archive");
        OutputStream file;
        try {
            file = Files.newOutputStream(archive, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(BackupException.Reason.NOT_EMPTY, archive + " already exists; a backup never "
                    + "overwrites a file, choose a new name", e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.BAD_FILE, "cannot write " + archive + ": " + e, e);
        }
        boolean complete = false;
        String version;
        int fileCount;
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            version = writeScript(database, zip);
            List<Path> files = storedFiles(filesDir);
            fileCount = files.size();
            for (Path stored : files) {
                zip.putNextEntry(new ZipEntry(BackupArchive.FILES + filesDir.relativize(stored).toString().replace('\\', '/')));
                Files.copy(stored, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            BackupArchive.writeManifest(zip, version, files.size(), clock.instant());
            zip.closeEntry();
            zip.finish();
            complete = true;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.BAD_FILE, "cannot write " + archive + ": " + e, e);
        } finally {
            if (!complete) {
                deleteQuietly(archive);
            }
        }
        try {
            return new BackupSummary(version, fileCount, Files.size(archive));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writeScript(DatabaseConfig database, ZipOutputStream zip) throws IOException {
        try (Connection connection = connect(database, true)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            connection.setAutoCommit(false);
            String version = schemaVersion(connection);
            zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE));
            Writer sql = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            try (Statement statement = connection.createStatement();
                 ResultSet script = statement.executeQuery("SCRIPT")) {
                while (script.next()) {
                    String line = script.getString(1);
                    sql.write(line);
                    sql.write(line.endsWith(";") ? "\n" : ";\n");
                }
            }
            sql.flush();
            zip.closeEntry();
            connection.commit();
            return version;
        } catch (SQLException e) {
            throw new BackupException(BackupException.Reason.DATABASE, "cannot read the database " + database.displayUrl()
                    + ": " + oneLine(e), e);
        }
    }

    static void requireH2(DatabaseConfig database) {
        if (database.engine() != Engine.H2) {
            throw new IllegalArgumentException("H2 backups only: " + database.displayUrl());
        }
    }

    /**
     * A plain JDBC connection, no pool and no migration: a backup must not change the database it saves, and a
     * restore fills a database before Flyway may look at it.
     *
     * @param mustExist for a file database, fail instead of creating an empty one
     */
    static Connection connect(DatabaseConfig database, boolean mustExist) throws SQLException {
        String url = database.url();
        if (mustExist && url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")) {
            url += ";IFEXISTS=TRUE";
        }
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    /** The newest successful Flyway version, or "none" for a database Flyway never touched. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables "
                     + "where table_schema = 'PUBLIC' and table_name = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return "none";
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select \"version\" from \"flyway_schema_history\" "
                     + "where \"success\" and \"version\" is not null order by \"installed_rank\" desc limit 1")) {
            return version.next() ? version.getString(1) : "none";
        }
    }

    private static List<Path> storedFiles(Path filesDir) throws IOException {
        if (!Files.isDirectory(filesDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(filesDir)) {
            // a .part file is an upload still arriving (or one a crash cut off): not a stored file yet
            return walk.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the failure being reported matters more than a half-written archive left behind
        }
    }
}
