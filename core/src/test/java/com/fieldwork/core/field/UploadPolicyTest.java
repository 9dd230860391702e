package com.fieldwork.core.field;

import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadPolicyTest {

    @Test
    void photosAllowFifteenMegabytesOfEveryType() {
        UploadPolicy policy = UploadPolicy.photos();

        assertThat(policy.maxBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(policy.allowed()).containsExactlyInAnyOrder(ImageType.values());
        policy.checkSize(15L * 1024 * 1024);
        assertThatThrownBy(() -> policy.checkSize(15L * 1024 * 1024 + 1))
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("15 MB")
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("upload_too_large"));
    }

    @Test
    void theTypeComesFromTheBytes() {
        UploadPolicy policy = UploadPolicy.photos();

        assertThat(policy.requireType(ImageTypeTest.PNG)).isEqualTo(ImageType.PNG);
        assertThat(policy.requireType(ImageTypeTest.heic("heic"))).isEqualTo(ImageType.HEIC);
        assertThatThrownBy(() -> policy.requireType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .hasMessageContaining("JPEG, PNG or HEIC")
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("unsupported_media_type"));
    }

    @Test
    void aRecognisedTypeOutsideThePolicyIsRefused() {
        UploadPolicy jpegOnly = new UploadPolicy(1024, EnumSet.of(ImageType.JPEG));

        assertThat(jpegOnly.requireType(ImageTypeTest.JPEG)).isEqualTo(ImageType.JPEG);
        assertThatThrownBy(() -> jpegOnly.requireType(ImageTypeTest.PNG))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .hasMessageContaining("PNG image is not accepted");
    }

    @Test
    void aPolicyNeedsAPositiveLimitAndSomeType() {
        assertThatThrownBy(() -> new UploadPolicy(0, EnumSet.allOf(ImageType.class)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new UploadPolicy(10, Set.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void contentHashIsTheSha256OfTheBytes() {
        // The SHA-256 test vector for "abc" (FIPS 180-2).
        assertThat(ContentHash.of("abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> new ContentHash("ABC")).isInstanceOf(ValidationException.class);
    }
}
