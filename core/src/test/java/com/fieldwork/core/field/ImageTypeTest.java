package com.fieldwork.core.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTest {

    /** Start of a real JFIF file: SOI, APP0 marker, length, "JFIF\0". */
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01);
    /** PNG signature followed by the IHDR chunk header. */
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

    /** An ISO-BMFF head as iPhones write it: the ftyp box with the brands given, then a meta box header. */
    static byte[] heic(String major, String... compatible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 16 + 4 * compatible.length;
        out.writeBytes(bytes(0, 0, 0, size));
        out.writeBytes(ascii("ftyp" + major));
        out.writeBytes(bytes(0, 0, 0, 0));
        for (String brand : compatible) {
            out.writeBytes(ascii(brand));
        }
        out.writeBytes(bytes(0, 0, 0, 0x22));
        out.writeBytes(ascii("meta"));
        return out.toByteArray();
    }

    @Test
    void recognisesEachTypeByItsMagicBytes() {
        assertThat(ImageType.detect(JPEG)).contains(ImageType.JPEG);
        assertThat(ImageType.detect(PNG)).contains(ImageType.PNG);
        assertThat(ImageType.detect(heic("heic", "mif1", "heic"))).contains(ImageType.HEIC);
        assertThat(ImageType.JPEG.mimeType()).isEqualTo("image/jpeg");
        assertThat(ImageType.PNG.mimeType()).isEqualTo("image/png");
        assertThat(ImageType.HEIC.mimeType()).isEqualTo("image/heic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"})
    void everyHeifMajorBrandIsHeic(String brand) {
        assertThat(ImageType.detect(heic(brand))).contains(ImageType.HEIC);
    }

    @Test
    void aHeifBrandAmongTheCompatibleOnesIsEnough() {
        assertThat(ImageType.detect(heic("abcd", "isom", "mif1"))).contains(ImageType.HEIC);
    }

    @Test
    void otherIsoMediaFilesAreNotImages() {
        // An MP4 video has the same box layout with video brands: it must not pass as a photo.
        assertThat(ImageType.detect(heic("isom", "isom", "iso2", "avc1", "mp41"))).isEmpty();
        assertThat(ImageType.detect(heic("qt  "))).isEmpty();
    }

    @Test
    void aTextFileNamedLikeAJpegIsNotAJpeg() {
        byte[] photoJpg = "this is not a photo, just named photo.jpg".getBytes(StandardCharsets.UTF_8);
        assertThat(ImageType.detect(photoJpg)).isEmpty();
        assertThat(ImageType.detect(ascii("GIF89a\1\0\1\0"))).isEmpty();
    }

    @Test
    void truncatedInputIsNotRecognised() {
        assertThat(ImageType.detect(new byte[0])).isEmpty();
        assertThat(ImageType.detect(Arrays.copyOf(JPEG, 2))).isEmpty();
        assertThat(ImageType.detect(Arrays.copyOf(PNG, 7))).isEmpty();
        assertThat(ImageType.detect(Arrays.copyOf(heic("heic"), 11))).isEmpty();
        // Just long enough: the full signature and nothing else is still the type.
        assertThat(ImageType.detect(Arrays.copyOf(JPEG, 3))).contains(ImageType.JPEG);
        assertThat(ImageType.detect(Arrays.copyOf(PNG, 8))).contains(ImageType.PNG);
    }

    @Test
    void aCompatibleBrandBeyondTheBoxIsIgnored() {
        // Box size 16 says: no compatible brands; the "mif1" after it belongs to the next box.
        byte[] bytes = heic("isom");
        byte[] withTrailer = Arrays.copyOf(bytes, bytes.length + 4);
        System.arraycopy(ascii("mif1"), 0, withTrailer, 16, 4);
        assertThat(ImageType.detect(withTrailer)).isEmpty();
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
