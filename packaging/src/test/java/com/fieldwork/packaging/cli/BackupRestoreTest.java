package com.fieldwork.packaging.cli;

import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.packaging.logging.LogFiles;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company (with its photos, signatures and completed jobs) loaded by {@code load-demo} into an embedded
 * database, backed up with {@code backup}, restored with {@code restore} into an empty data folder: every work
 * order, photo's bytes and signature is there again, and the restored database takes new rows.
 */
class BackupRestoreTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path source() {
        return shared.resolve("source");
    }

    @BeforeAll
    static void loadTheDemo() {
        Launch.Result loaded = new Launch(source()).run("load-demo");
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("Loaded the demo company");
        LogFiles.restoreDefault();
    }

    @AfterEach
    void closeLogFile() {
        LogFiles.restoreDefault();
    }

    @Test
    void loadDemoRefusesADatabaseThatHasACompany() {
        Launch.Result again = new Launch(source()).run("load-demo");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("already has a company (Front Range Field Services)").hasLineCount(1);
    }

    @Test
    void aBackupRestoredIntoAnEmptyDataFolderHasEveryWorkOrderPhotoAndSignature() throws IOException {
        Path backup = temp.resolve("fieldwork-backup.zip");
        Launch.Result saved = new Launch(source()).run("backup", backup.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("schema version 12");

        Path restored = temp.resolve("restored");
        Launch.Result back = new Launch(restored).run("restore", backup.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).contains("now at schema version 12");

        try (Database original = open(source()); Database copy = open(restored)) {
            assertThat(original.dsl().fetchCount(WORK_ORDER)).isEqualTo(2_000);
            assertThat(original.dsl().fetchCount(SIGNATURE)).isPositive();
            assertThat(original.dsl().fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("PHOTO"))).isPositive();
            assertThat(original.dsl().fetchCount(COMPLETION_RECORD)).isPositive();
            for (Table<?> table : List.of(WORK_ORDER, ATTACHMENT, SIGNATURE, COMPLETION_RECORD, APP_USER, AUDIT_LOG)) {
                assertThat(rows(copy, table)).as(table.getName()).isEqualTo(rows(original, table));
            }
            FileContentStore originalFiles = new FileContentStore(source().resolve("files"));
            FileContentStore copiedFiles = new FileContentStore(restored.resolve("files"));
            for (String key : original.dsl().selectDistinct(ATTACHMENT.STORAGE_KEY).from(ATTACHMENT).fetch(ATTACHMENT.STORAGE_KEY)) {
                assertThat(bytes(copiedFiles, key)).as(key).isEqualTo(bytes(originalFiles, key));
            }
        }

        // the identity columns go on after the restored rows: a new user is not a clash with an old id
        Path passwordFile = temp.resolve("pw.txt");
        Files.writeString(passwordFile, "restored-admin-pw");
        Launch.Result admin = new Launch(restored).run("create-admin", "after.restore", "After Restore",
                "--password-file", passwordFile.toString());
        assertThat(admin.exitCode()).as(admin.err()).isZero();
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedUnlessForced() {
        Path backup = temp.resolve("b.zip");
        assertThat(new Launch(source()).run("backup", backup.toString()).exitCode()).isZero();
        Launch.Result again = new Launch(source()).run("backup", backup.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("already exists").hasLineCount(1);

        Path target = temp.resolve("target");
        assertThat(new Launch(target).run("migrate").exitCode()).isZero();
        Launch.Result refused = new Launch(target).run("restore", backup.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("is not empty", "--force").hasLineCount(1);
        try (Database untouched = open(target)) {
            assertThat(untouched.dsl().fetchCount(WORK_ORDER)).isZero();
        }

        Launch.Result forced = new Launch(target).run("restore", backup.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        try (Database replaced = open(target)) {
            assertThat(replaced.dsl().fetchCount(WORK_ORDER)).isEqualTo(2_000);
        }
    }

    @Test
    void aFileThatIsNotABackupIsExitCode6() throws IOException {
        Path notABackup = temp.resolve("notes.txt");
        Files.writeString(notABackup, "not a zip");
        Launch.Result result = new Launch(temp.resolve("target")).run("restore", notABackup.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FILE);
        assertThat(result.err()).isEqualTo("fieldwork: " + notABackup + " is not a Fieldwork backup: it is not a ZIP file"
                + System.lineSeparator());
        Launch.Result missing = new Launch(temp.resolve("target")).run("restore", temp.resolve("none.zip").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FILE);
    }

    private static Database open(Path dataDir) {
        return Database.open(FieldworkConfig.load(Map.of("FIELDWORK_DATA_DIR", dataDir.toString()), dataDir).database());
    }

    private static List<Map<String, Object>> rows(Database database, Table<?> table) {
        return database.dsl().selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch().stream()
                .map(Record::intoMap).toList();
    }

    private static byte[] bytes(FileContentStore store, String key) {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
