package com.fieldwork.core.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureCaptureTest {

    @Test
    void strokesMustBePlainSvg() {
        assertThatCode(() -> SignatureCapture.check(new SignatureImage.SvgStrokes(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M1 1 L5 5\"/></svg>"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SignatureCapture.check(new SignatureImage.SvgStrokes("M1 1 L5 5")))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> SignatureCapture.check(new SignatureImage.SvgStrokes(
                "<svg><script>alert(1)</script></svg>"))).isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> SignatureCapture.check(new SignatureImage.SvgStrokes(
                "<svg onload=\"alert(1)\"><path d=\"M1 1\"/></svg>"))).isInstanceOf(UnsupportedMediaTypeException.class);
    }

    @Test
    void aPngSignatureMustBeAPng() {
        assertThatCode(() -> SignatureCapture.check(new SignatureImage.Png(ImageTypeTest.PNG))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SignatureCapture.check(new SignatureImage.Png(ImageTypeTest.JPEG)))
                .isInstanceOf(UnsupportedMediaTypeException.class);
    }
}
