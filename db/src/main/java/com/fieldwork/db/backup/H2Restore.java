package com.fieldwork.db.backup;

import com.fieldwork.db.DatabaseConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts an {@link H2Backup} back into an <em>empty</em> H2 database and the data folder's file store. A database
 * that already has tables is refused unless the caller asks to replace it: a restore is a way back after a loss,
 * not a merge. The caller opens the database normally afterwards, so Flyway validates the restored history (and
 * migrates a backup made by an older version).
 */
public final class H2Restore {

    private H2Restore() {
    }

    /**
     * @param replace drop everything in the target database first, instead of refusing a non-empty one
     * @throws BackupException BAD_FILE for a missing or foreign archive, NOT_EMPTY for a database with tables,
     *                         DATABASE when the script cannot be run
     */
    public static BackupSummary restore(Path archive, DatabaseConfig database, Path filesDir, boolean replace) {
        H2Backup.requireH2(database);
        try (ZipFile zip = open(archive)) {
            Properties manifest = manifest(zip, archive);
            ZipEntry script = zip.getEntry(BackupArchive.DATABASE);
            if (script == null) {
                throw notABackup(archive, "it has no " + BackupArchive.DATABASE);
            }
            runScript(zip, script, database, replace);
            int files = restoreFiles(zip, filesDir);
            return new BackupSummary(manifest.getProperty("schemaVersion", "none"), files, Files.size(archive));
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.BAD_FILE, "cannot read " + archive + ": " + e, e);
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BackupException(BackupException.Reason.BAD_FILE, "there is no backup file " + archive, e);
        } catch (ZipException e) {
            throw notABackup(archive, "it is not a ZIP file");
        }
    }

    private static Properties manifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        if (entry == null) {
            throw notABackup(archive, "it has no " + BackupArchive.MANIFEST);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Properties manifest = BackupArchive.readManifest(in);
            if (!BackupArchive.FORMAT.equals(manifest.getProperty("format"))) {
                throw notABackup(archive, "its format is '" + manifest.getProperty("format") + "', this version reads "
                        + BackupArchive.FORMAT);
            }
            return manifest;
        }
    }

    private static BackupException notABackup(Path archive, String why) {
        return new BackupException(BackupException.Reason.BAD_FILE, archive + " is not a Fieldwork backup: " + why);
    }

    private static void runScript(ZipFile zip, ZipEntry script, DatabaseConfig database, boolean replace)
            throws IOException {
        Path sql = Files.createTempFile("fieldwork-restore-", ".sql");
        try (InputStream in = zip.getInputStream(script)) {
            Files.copy(in, sql, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = H2Backup.connect(database, false);
                 Statement statement = connection.createStatement()) {
                int tables = tableCount(statement);
                if (tables > 0 && !replace) {
                    throw new BackupException(BackupException.Reason.NOT_EMPTY, "the database " + database.displayUrl()
                            + " is not empty (" + tables + " tables): a backup is restored into an empty database only");
                }
                if (tables > 0) {
                    statement.execute("DROP ALL OBJECTS");
                }
                runOrEmptyAgain(statement, sql);
            } catch (SQLException e) {
                throw new BackupException(BackupException.Reason.DATABASE, "cannot restore into " + database.displayUrl() + ": "
                        + H2Backup.oneLine(e), e);
            }
        } finally {
            Files.deleteIfExists(sql);
        }
    }

    /** A script that fails half-way leaves an empty database again, not half a company. */
    private static void runOrEmptyAgain(Statement statement, Path sql) throws SQLException {
        try {
            statement.execute("RUNSCRIPT FROM '" + sql.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            try {
                statement.execute("DROP ALL OBJECTS");
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static int tableCount(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery(
                "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** Content-addressed: a file already there under its key has the same bytes and is kept. */
    private static int restoreFiles(ZipFile zip, Path filesDir) throws IOException {
        Path root = filesDir.toAbsolutePath().normalize();
        int restored = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(BackupArchive.FILES)) {
                continue;
            }
            Path target = BackupArchive.fileTarget(root, entry.getName());
            if (target == null) {
                continue;
            }
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
            restored++;
        }
        return restored;
    }
}
