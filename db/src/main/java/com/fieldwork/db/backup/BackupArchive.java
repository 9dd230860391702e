package com.fieldwork.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The layout of a backup file: one ZIP holding a description ({@value #MANIFEST}), the database as SQL
 * ({@value #DATABASE}, H2's {@code SCRIPT} output, Flyway's history table included) and every stored file
 * (photos, signatures, PDFs) under {@value #FILES}, keyed as in the data folder's {@code files} store.
 */
final class BackupArchive {

    static final String MANIFEST = "fieldwork-backup.properties";
    static final String DATABASE = "database.sql";
    static final String FILES = "files/";
    static final String FORMAT = "1";

    private BackupArchive() {
    }

    static void writeManifest(OutputStream out, String schemaVersion, int files, Instant at) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("engine", "H2");
        manifest.setProperty("schemaVersion", schemaVersion);
        manifest.setProperty("files", Integer.toString(files));
        manifest.setProperty("createdAt", at.toString());
        manifest.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Fieldwork backup");
    }

    static Properties readManifest(InputStream in) throws IOException {
        Properties manifest = new Properties();
        manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        return manifest;
    }

    /** The store key of a files entry, or null when the entry would land outside the store (a forged archive). */
    static Path fileTarget(Path filesDir, String entryName) {
        Path target = filesDir.resolve(entryName.substring(FILES.length())).normalize();
        return target.startsWith(filesDir) && !target.equals(filesDir) ? target : null;
    }
}
