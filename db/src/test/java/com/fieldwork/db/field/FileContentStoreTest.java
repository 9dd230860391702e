package com.fieldwork.db.field;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.field.UploadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileContentStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void contentIsStoredUnderItsSha256AndReadBack() throws Exception {
        FileContentStore store = new FileContentStore(dataDir.resolve("files"));
        byte[] bytes = "a photo's bytes".getBytes(StandardCharsets.UTF_8);

        StoredContent stored = store.put(bytes);

        String hex = ContentHash.of(bytes).hex();
        assertThat(stored.hash().hex()).isEqualTo(hex);
        assertThat(stored.sizeBytes()).isEqualTo(bytes.length);
        assertThat(stored.storageKey()).isEqualTo(hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex);
        assertThat(dataDir.resolve("files").resolve(stored.storageKey())).hasBinaryContent(bytes);
        assertThat(store.exists(stored.storageKey())).isTrue();
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(filesUnder(store.root())).containsExactly(store.root().resolve(stored.storageKey()));
    }

    @Test
    void theSameBytesAreNotWrittenTwice() throws Exception {
        FileContentStore store = new FileContentStore(dataDir);
        byte[] bytes = {1, 2, 3};
        StoredContent first = store.put(bytes);
        Path file = dataDir.resolve(first.storageKey());
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, longAgo);

        StoredContent second = store.put(bytes);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(longAgo);
        assertThat(filesUnder(dataDir)).hasSize(1);
    }

    @Test
    void anOversizeStreamIsCutOffAndLeavesNoFile() throws Exception {
        FileContentStore store = new FileContentStore(dataDir);
        EndlessStream gigabyte = new EndlessStream(1L << 30);

        assertThatThrownBy(() -> store.put(gigabyte, 1024 * 1024))
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("1 MB");

        // Reading stopped right after the limit (one buffer past it at most), not at the end of the gigabyte.
        assertThat(gigabyte.served).isLessThanOrEqualTo(1024 * 1024 + 64 * 1024);
        assertThat(filesUnder(dataDir)).isEmpty();
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        FileContentStore store = new FileContentStore(dataDir);
        assertThat(store.put(new EndlessStream(4096), 4096).sizeBytes()).isEqualTo(4096);
    }

    @Test
    void onlyKeysOfTheStoresOwnShapeAreOpened() throws Exception {
        FileContentStore store = new FileContentStore(dataDir.resolve("files"));
        Files.writeString(dataDir.resolve("fieldwork.properties"), "db.password=secret");

        assertThatThrownBy(() -> store.open("../fieldwork.properties")).isInstanceOf(NotFoundException.class);
        assertThat(store.exists("../fieldwork.properties")).isFalse();
        assertThatThrownBy(() -> store.open("ab/cd/" + "0".repeat(64))).isInstanceOf(NotFoundException.class);
    }

    static List<Path> filesUnder(Path root) throws Exception {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Produces {@code length} bytes without holding them, and counts how many were taken. */
    static final class EndlessStream extends InputStream {
        private final long length;
        long served;

        EndlessStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            served++;
            return 0x42;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 0x42);
            served += n;
            return n;
        }
    }
}
