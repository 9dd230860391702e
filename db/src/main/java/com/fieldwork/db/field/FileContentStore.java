package com.fieldwork.db.field;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.ContentHash;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.field.StoredContent;
import com.fieldwork.core.field.UploadTooLargeException;
import com.fieldwork.db.config.FieldworkConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * File contents under {@code <dataDir>/files/ab/cd/<sha256>}: two folder levels keep any one folder
 * small, and a backup of the data folder holds the files next to the database.
 *
 * <p>Bytes go to a temporary file in the store's root (same file system) while being hashed and counted,
 * and are moved into place atomically only when complete: a reader never sees half a file, a crash leaves
 * only a {@code .part} file, and an over-limit upload is cut off and deleted without ever being held whole.
 */
public final class FileContentStore implements ContentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileContentStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The installation's store: {@code files} in the data folder. */
    public static FileContentStore in(FieldworkConfig config) {
        return new FileContentStore(config.dataDir().resolve("files"));
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) {
        Objects.requireNonNull(content, "content");
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest digest = ContentHash.newDigest();
            long size = copyAtMost(content, temp, digest, maxBytes);
            ContentHash hash = ContentHash.of(digest);
            String key = keyOf(hash);
            moveIntoPlace(temp, root.resolve(key));
            temp = null;
            return new StoredContent(hash, size, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload in " + root, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String storageKey) {
        Path file = fileOf(storageKey);
        try {
            return Files.newInputStream(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundException("stored file", storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    @Override
    public boolean exists(String storageKey) {
        return KEY.matcher(storageKey).matches() && Files.isRegularFile(root.resolve(storageKey));
    }

    public Path root() {
        return root;
    }

    static String keyOf(ContentHash hash) {
        String hex = hash.hex();
        return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    /** Keys come back from the database and the API; only our own shape may touch the disk (no "../"). */
    private Path fileOf(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new NotFoundException("stored file", storageKey);
        }
        return root.resolve(storageKey);
    }

    private static long copyAtMost(InputStream in, Path temp, MessageDigest digest, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    // Stop reading here: the rest of a 1 GB body is never pulled through.
                    throw new UploadTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    /** Same hash, same bytes: an existing file is kept as is, never rewritten under a reader. */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            Files.delete(temp);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another upload of the same bytes won the race; its file is identical.
            Files.delete(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover .part file is harmless; the original failure is what the caller must see.
            }
        }
    }
}
