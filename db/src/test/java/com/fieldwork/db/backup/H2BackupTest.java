package com.fieldwork.db.backup;

import com.fieldwork.core.field.StoredContent;
import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.field.FileContentStore;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;
import static com.fieldwork.db.jooq.Tables.SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** H2's online backup on its own: consistent while others write, a file store alongside, older schemas restored. */
class H2BackupTest {

    @TempDir
    Path temp;

    /** A private in-memory database that outlives its connections, as a file database does. */
    private static DatabaseConfig memory() {
        DatabaseConfig config = TestDatabases.empty(TestEngine.H2);
        return new DatabaseConfig(config.url() + ";DB_CLOSE_DELAY=-1", config.user(), config.password(), 4);
    }

    @Test
    void aBackupTakenWhileTransactionsCommitHoldsEachOneWholeOrNotAtAll() throws Exception {
        DatabaseConfig source = memory();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        try (Database database = Database.open(source)) {
            // each transaction adds a skill and a counter, in two tables; a backup that cut one in half (one table read
            // before the commit, the other after) would hold more of one than of the other
            Thread writer = new Thread(() -> {
                for (int n = 0; writing.get(); n++) {
                    int pair = n;
                    database.dsl().transaction(cfg -> {
                        cfg.dsl().insertInto(SKILL, SKILL.CODE, SKILL.NAME).values("S" + pair, "skill " + pair).execute();
                        cfg.dsl().insertInto(NUMBER_SEQUENCE, NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.NEXT_VALUE)
                                .values("seq" + pair, 1L).execute();
                    });
                    committed.incrementAndGet();
                }
            });
            writer.start();
            while (committed.get() < 20) {
                Thread.onSpinWait();
            }
            Path archive = temp.resolve("online.zip");
            BackupSummary summary = H2Backup.write(source, temp.resolve("no-files"), archive, Clock.systemUTC());
            writing.set(false);
            writer.join();

            DatabaseConfig target = memory();
            H2Restore.restore(archive, target, temp.resolve("restored-files"), false);
            try (Database restored = Database.open(target)) {
                int skills = restored.dsl().fetchCount(SKILL);
                assertThat(skills).isGreaterThanOrEqualTo(20);
                assertThat(restored.dsl().fetchCount(NUMBER_SEQUENCE)).isEqualTo(skills);
                assertThat(summary.schemaVersion()).isEqualTo(restored.schemaVersion().orElseThrow());
                assertThat(summary.files()).isZero();
            }
        }
    }

    @Test
    void storedFilesComeBackWithTheirBytesAndAnOlderSchemaIsMigratedWhenOpened() throws Exception {
        DatabaseConfig source = memory();
        Flyway.configure().dataSource(source.url(), source.user(), source.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        FileContentStore files = new FileContentStore(temp.resolve("files"));
        byte[] photo = "not really a photo, but bytes all the same".getBytes(StandardCharsets.UTF_8);
        StoredContent stored = files.put(new ByteArrayInputStream(photo), 1_000);

        Path archive = temp.resolve("v1.zip");
        BackupSummary summary = H2Backup.write(source, temp.resolve("files"), archive, Clock.systemUTC());
        assertThat(summary.schemaVersion()).isEqualTo("1");
        assertThat(summary.files()).isEqualTo(1);

        DatabaseConfig target = memory();
        Path restoredFiles = temp.resolve("restored").resolve("files");
        H2Restore.restore(archive, target, restoredFiles, false);
        try (InputStream in = new FileContentStore(restoredFiles).open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        try (Database restored = Database.open(target)) {
            assertThat(restored.isMigrated()).isTrue();
            assertThat(restored.schemaVersion()).isPresent().get().isNotEqualTo("1");
        }
        // and a second restore into the now migrated database is refused, leaving it as it was
        assertThatThrownBy(() -> H2Restore.restore(archive, target, restoredFiles, false))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not empty")
                .extracting(e -> ((BackupException) e).reason()).isEqualTo(BackupException.Reason.NOT_EMPTY);
        try (Database untouched = Database.open(target)) {
            assertThat(untouched.schemaVersion()).isPresent().get().isNotEqualTo("1");
        }
    }

    @Test
    void aScriptThatFailsHalfWayLeavesTheDatabaseEmpty() throws Exception {
        Path archive = temp.resolve("broken.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE));
            zip.write("create table half_done (id int);\ninsert into nowhere values (1);\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            BackupArchive.writeManifest(zip, "11", 0, Instant.EPOCH);
        }
        DatabaseConfig target = memory();

        assertThatThrownBy(() -> H2Restore.restore(archive, target, temp.resolve("files"), false))
                .isInstanceOf(BackupException.class).hasMessageContaining("cannot restore into")
                .extracting(e -> ((BackupException) e).reason()).isEqualTo(BackupException.Reason.DATABASE);
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             ResultSet tables = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }
}
