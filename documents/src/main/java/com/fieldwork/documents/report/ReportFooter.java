package com.fieldwork.documents.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The work order number and the page number at the foot of every page, so loose pages find their report. */
final class ReportFooter extends PdfPageEventHelper {

    private final String label;

    ReportFooter(String label) {
        this.label = label;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(label, ReportSections.SMALL), document.left(), document.bottom() - 20, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase("Page " + writer.getPageNumber(), ReportSections.SMALL), document.right(),
                document.bottom() - 20, 0);
    }
}
