package com.fieldwork.db.demo;

import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.UploadPolicy;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's drawn pictures: the same seed gives the same bytes, and they pass the phones' own upload check. */
class DemoPicturesTest {

    @Test
    void theSameSeedDrawsTheSamePhotoAndSignature() {
        assertThat(DemoPictures.photo(false, new SplittableRandom(7))).isEqualTo(DemoPictures.photo(false, new SplittableRandom(7)));
        assertThat(DemoPictures.signature(new SplittableRandom(7))).isEqualTo(DemoPictures.signature(new SplittableRandom(7)));
        assertThat(DemoPictures.signature(new SplittableRandom(7))).isNotEqualTo(DemoPictures.signature(new SplittableRandom(8)));
    }

    @Test
    void theyAreImagesOfAPhonesSizeThatAnUploadWouldAccept() throws Exception {
        byte[] photo = DemoPictures.photo(true, new SplittableRandom(1));
        byte[] signature = DemoPictures.signature(new SplittableRandom(1));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo));
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(480);
        assertThat(UploadPolicy.photos().requireType(Arrays.copyOf(photo, ImageType.HEADER_BYTES))).isEqualTo(ImageType.JPEG);
        assertThat(UploadPolicy.photos().requireType(Arrays.copyOf(signature, ImageType.HEADER_BYTES))).isEqualTo(ImageType.PNG);
        assertThat(photo.length).isLessThan(60_000);
    }
}
