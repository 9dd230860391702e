package com.fieldwork.core.field;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The photo formats phones send, recognised by their first bytes: a name or a declared content type
 * costs nothing to fake, the bytes are what a viewer will actually try to decode.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    /** HEIF family (iPhones): one type, since browsers and converters treat the brands alike. */
    HEIC("image/heic", "heic");

    /** Enough bytes to recognise every type: a HEIF 'ftyp' box with a few compatible brands. */
    public static final int HEADER_BYTES = 64;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1");

    private final String mimeType;
    private final String extension;

    ImageType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /**
     * @param head the first bytes of the content (at least {@link #HEADER_BYTES} when there are that many)
     * @return the type the bytes are, or empty for anything else, including input too short to tell
     */
    public static Optional<ImageType> detect(byte[] head) {
        Objects.requireNonNull(head, "head");
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return isHeif(head) ? Optional.of(HEIC) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * ISO-BMFF: a 4-byte big-endian box size, then 'ftyp', the major brand, a minor version and the
     * compatible brands up to the box end. Some encoders put a generic major brand (mif1) first and
     * the specific one among the compatible brands, so all of them are looked at.
     */
    private static boolean isHeif(byte[] head) {
        if (head.length < 12 || !"ftyp".equals(ascii(head, 4))) {
            return false;
        }
        long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        if (boxSize < 16) {
            return false;
        }
        if (HEIF_BRANDS.contains(ascii(head, 8))) {
            return true;
        }
        int end = (int) Math.min(boxSize, head.length);
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            if (HEIF_BRANDS.contains(ascii(head, offset))) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
