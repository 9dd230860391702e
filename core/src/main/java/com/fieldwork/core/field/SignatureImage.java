package com.fieldwork.core.field;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** How a phone captures a signature: a rendered PNG, or the pen strokes as SVG. */
public sealed interface SignatureImage {

    byte[] bytes();

    String mimeType();

    String fileExtension();

    record Png(byte[] bytes) implements SignatureImage {
        public Png {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String mimeType() {
            return ImageType.PNG.mimeType();
        }

        @Override
        public String fileExtension() {
            return "png";
        }
    }

    record SvgStrokes(String svg) implements SignatureImage {
        public SvgStrokes {
            Objects.requireNonNull(svg, "svg");
        }

        @Override
        public byte[] bytes() {
            return svg.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String mimeType() {
            return "image/svg+xml";
        }

        @Override
        public String fileExtension() {
            return "svg";
        }
    }
}
