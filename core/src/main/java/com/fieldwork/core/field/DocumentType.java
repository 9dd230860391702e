package com.fieldwork.core.field;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the office attaches to a work order — a quote, a permit, a drawing, a picture the customer mailed —
 * recognised by its first bytes like a phone's photo: the name a file carries costs nothing to fake.
 */
public enum DocumentType {
    PDF("application/pdf"),
    JPEG(ImageType.JPEG.mimeType()),
    PNG(ImageType.PNG.mimeType());

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String mimeType;

    DocumentType(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** @return the type the bytes are, or empty for anything else (a Word file, a ZIP, an executable) */
    public static Optional<DocumentType> detect(byte[] head) {
        if (head.length >= PDF_MAGIC.length && Arrays.equals(head, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of(PDF);
        }
        return ImageType.detect(head).flatMap(image -> switch (image) {
            case JPEG -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            case HEIC -> Optional.empty(); // an office PC opens few of these; a phone's photo goes through the app
        });
    }
}
