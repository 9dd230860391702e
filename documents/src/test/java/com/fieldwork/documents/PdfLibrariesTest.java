package com.fieldwork.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer and the reader this module relies on work together on Java 17. */
class PdfLibrariesTest {

    @Test
    void textWrittenByOpenPdfIsReadBackByPdfBox() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, bytes);
        document.open();
        document.add(new Paragraph("WO-2026-000123 Harbour Dental"));
        document.close();

        try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("WO-2026-000123 Harbour Dental");
        }
    }
}
