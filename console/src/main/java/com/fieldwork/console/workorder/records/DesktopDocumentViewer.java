package com.fieldwork.console.workorder.records;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The operating system's viewer through {@link Desktop#open}: it works on Windows, macOS and Linux desktops
 * without a JavaFX {@code HostServices}, which only the Application object has.
 */
public final class DesktopDocumentViewer implements DocumentViewer {

    @Override
    public void open(Path file) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("This desktop cannot open files with their viewer; the report is saved as " + file);
        }
        Desktop.getDesktop().open(file.toFile());
    }
}
