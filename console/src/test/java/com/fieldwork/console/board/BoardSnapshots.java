package com.fieldwork.console.board;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scene as a PNG under target/screenshots, to look at the board as a dispatcher would. */
public final class BoardSnapshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private BoardSnapshots() {
    }

    /** Call on the FX thread. */
    public static Path write(Scene scene, String name) {
        try {
            Files.createDirectories(FOLDER);
            WritableImage image = scene.snapshot(null);
            Path file = FOLDER.resolve(name + ".png").toAbsolutePath();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
