package com.fieldwork.console.workorder.records;

import com.fieldwork.core.field.PhotoUploads;
import javafx.scene.image.Image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads an attachment's picture through core (any thread but the FX one), scaled to fit a box. JavaFX does not
 * throw on bytes it cannot decode, it flags the image: that becomes an exception here, so every failure ends
 * up in the same place and a tile shows it in words.
 */
final class ImageBytes {

    private final PhotoUploads files;

    ImageBytes(PhotoUploads files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /** @param width 0 and height 0 read the picture at its own size */
    Image read(long attachmentId, double width, double height) {
        PhotoUploads.Download download = files.download(attachmentId);
        try (InputStream in = download.content()) {
            Image image = new Image(in, width, height, true, true);
            if (image.isError() || image.getWidth() <= 0) {
                throw new IllegalStateException("the file is not a picture this console can read ("
                        + download.attachment().mimeType() + ")", image.getException());
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
