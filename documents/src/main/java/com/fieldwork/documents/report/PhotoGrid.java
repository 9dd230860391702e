package com.fieldwork.documents.report;

import com.fieldwork.core.report.ServiceReport;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.List;
import java.util.Optional;

/** Photos four to a row, each with its caption, time and position under it. */
final class PhotoGrid {

    static final int COLUMNS = 4;
    private static final float THUMB_WIDTH = 118;
    private static final float THUMB_HEIGHT = 84;

    private final ReportImages images;
    private final ReportText text;

    PhotoGrid(ReportImages images, ReportText text) {
        this.images = images;
        this.text = text;
    }

    PdfPTable table(List<ServiceReport.Picture> photos) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        for (ServiceReport.Picture photo : photos) {
            table.addCell(cell(photo));
        }
        table.getDefaultCell().setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        table.completeRow();
        return table;
    }

    private PdfPCell cell(ServiceReport.Picture photo) {
        PdfPCell cell = ReportSections.plain();
        cell.setPadding(4);
        Optional<byte[]> thumbnail = images.thumbnail(photo);
        if (thumbnail.isPresent()) {
            Image image = ReportSections.image(thumbnail.get());
            image.scaleToFit(THUMB_WIDTH, THUMB_HEIGHT);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
        } else {
            cell.addElement(new Paragraph("(" + photo.mimeType() + " photo, not shown)", ReportSections.SMALL));
        }
        String caption = photo.caption().map(c -> c + "\n").orElse("") + text.dateTime(photo.takenAt())
                + photo.location().map(p -> "\n" + ReportText.position(Optional.of(p))).orElse("");
        Paragraph under = new Paragraph(caption, ReportSections.SMALL);
        under.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(under);
        return cell;
    }
}
