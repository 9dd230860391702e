package com.fieldwork.console.workorder.records;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file with the desktop's own viewer (a PDF in the PDF reader). Called off the FX thread, as opening may
 * wait for the other program. Behind a port so tests, which run headless, record the file instead.
 */
@FunctionalInterface
public interface DocumentViewer {

    /** @throws IOException when there is no viewer for the file or it would not start */
    void open(Path file) throws IOException;
}
