package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an upload may be: how big and which types. One policy object so the API, the content store
 * and the tests agree on the limit.
 */
public record UploadPolicy(long maxBytes, Set<ImageType> allowed) {

    /** A modern phone photo is 2–8 MB; 15 MB leaves room without letting a video through. */
    public static final long DEFAULT_MAX_BYTES = 15L * 1024 * 1024;

    public UploadPolicy {
        if (maxBytes <= 0) {
            throw new ValidationException("maxBytes", "The upload limit must be positive, got " + maxBytes);
        }
        Objects.requireNonNull(allowed, "allowed");
        if (allowed.isEmpty()) {
            throw new ValidationException("allowed", "An upload policy must allow at least one type");
        }
        allowed = Set.copyOf(allowed);
    }

    /** Photos of any supported type up to 15 MB. */
    public static UploadPolicy photos() {
        return new UploadPolicy(DEFAULT_MAX_BYTES, EnumSet.allOf(ImageType.class));
    }

    /** @throws UploadTooLargeException when {@code sizeBytes} is over the limit */
    public void checkSize(long sizeBytes) {
        if (sizeBytes > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
    }

    /**
     * @param head the first bytes of the upload
     * @return the type the bytes show
     * @throws UnsupportedMediaTypeException when they are no allowed type, whatever the file is called
     */
    public ImageType requireType(byte[] head) {
        ImageType type = ImageType.detect(head)
                .orElseThrow(() -> new UnsupportedMediaTypeException("The file is not a " + names(allowed)
                        + " image (checked by its content, not its name)"));
        if (!allowed.contains(type)) {
            throw new UnsupportedMediaTypeException("A " + type + " image is not accepted here; send " + names(allowed));
        }
        return type;
    }

    private static String names(Set<ImageType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(", ", "", ""))
                .replaceFirst(", (\\w+)$", " or $1");
    }
}
