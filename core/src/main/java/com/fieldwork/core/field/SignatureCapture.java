package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a signature image by its content, stores it, and records it. SVG is served back to browsers,
 * so anything that could run there (scripts, event handlers, external references) is refused.
 */
public final class SignatureCapture {

    /** A signature's strokes are a few kB; this leaves room for a large PNG rendering. */
    public static final long MAX_BYTES = 1024L * 1024;
    /** find(), not matches(".*…"): a leading .* over a megabyte of strokes backtracks for ages. */
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=");

    private final ContentStore store;
    private final SignatureRepository signatures;

    public SignatureCapture(ContentStore store, SignatureRepository signatures) {
        this.store = Objects.requireNonNull(store, "store");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    public Signature capture(NewSignature signature, Actor actor) {
        Objects.requireNonNull(signature, "signature");
        byte[] bytes = signature.image().bytes();
        if (bytes.length > MAX_BYTES) {
            throw new UploadTooLargeException(MAX_BYTES);
        }
        check(signature.image());
        return signatures.capture(signature, store.put(bytes), actor);
    }

    static void check(SignatureImage image) {
        if (image instanceof SignatureImage.Png png) {
            if (ImageType.detect(png.bytes()).filter(ImageType.PNG::equals).isEmpty()) {
                throw new UnsupportedMediaTypeException("The signature is not a PNG image");
            }
        } else if (image instanceof SignatureImage.SvgStrokes strokes) {
            String svg = strokes.svg().strip().toLowerCase(Locale.ROOT);
            if (!(svg.startsWith("<svg") || svg.startsWith("<?xml")) || !svg.contains("<svg")) {
                throw new UnsupportedMediaTypeException("The signature strokes are not an SVG document");
            }
            if (svg.contains("<script") || svg.contains("javascript:") || svg.contains("<!entity")
                    || svg.contains("<foreignobject") || EVENT_HANDLER.matcher(svg).find()
                    || svg.contains("href=\"http") || svg.contains("href='http")) {
                throw new UnsupportedMediaTypeException("The signature strokes may hold only drawing, no scripts or links");
            }
        }
    }
}
