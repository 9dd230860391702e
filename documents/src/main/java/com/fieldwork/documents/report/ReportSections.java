package com.fieldwork.documents.report;

import com.fieldwork.core.report.ServiceReport;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The report's building blocks in one look: fonts, colours, headings, two-column facts and ruled tables. */
final class ReportSections {

    static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    static final Color SHADE = new Color(0xf2, 0xf5, 0xf8);
    static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, ACCENT);
    static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
    static final Font LABEL = new Font(Font.HELVETICA, 8.5f, Font.BOLD, Color.DARK_GRAY);
    static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.BLACK);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.BLACK);
    static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, Color.DARK_GRAY);

    private final Document document;
    private final ReportText text;

    ReportSections(Document document, ReportText text) {
        this.document = document;
        this.text = text;
    }

    /** Company and title on the left, the work order number (what the customer quotes) large on the right. */
    void header(ServiceReport.Header h, Instant generatedAt) {
        PdfPTable table = new PdfPTable(new float[]{3, 2});
        table.setWidthPercentage(100);
        PdfPCell left = plain();
        left.addElement(new Paragraph(h.company(), new Font(Font.HELVETICA, 12, Font.BOLD, Color.DARK_GRAY)));
        left.addElement(new Paragraph("Service report", TITLE));
        PdfPCell right = plain();
        Paragraph number = new Paragraph(h.number().toString(), new Font(Font.HELVETICA, 14, Font.BOLD, Color.BLACK));
        number.setAlignment(Element.ALIGN_RIGHT);
        Paragraph status = new Paragraph("Status: " + h.status() + "\nIssued " + text.dateTime(generatedAt), SMALL);
        status.setAlignment(Element.ALIGN_RIGHT);
        right.addElement(number);
        right.addElement(status);
        table.addCell(left);
        table.addCell(right);
        PdfPCell rule = plain();
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColor(ACCENT);
        rule.setBorderWidth(1.5f);
        rule.setFixedHeight(6);
        table.addCell(rule);
        add(table);
    }

    void heading(String title) {
        add(headingOf(title));
    }

    static Paragraph headingOf(String title) {
        Paragraph p = new Paragraph(title, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    /** Several blocks that move to the next page together rather than leave a heading alone at the foot. */
    void together(Element... blocks) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        for (Element block : blocks) {
            PdfPCell cell = plain();
            cell.setPadding(0);
            cell.addElement(block);
            table.addCell(cell);
        }
        add(table);
    }

    void paragraph(String body) {
        Paragraph p = new Paragraph(body, BODY);
        p.setSpacingAfter(2);
        add(p);
    }

    /** Label and value pairs in two columns of pairs, so five facts take three lines. */
    void facts(List<String[]> pairs) {
        add(factsOf(pairs));
    }

    static PdfPTable factsOf(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[]{1.7f, 3.3f, 1.7f, 3.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String[] pair : pairs) {
            PdfPCell label = plain();
            label.setPhrase(new Phrase(pair[0], LABEL));
            PdfPCell value = plain();
            value.setPhrase(new Phrase(pair[1], BODY));
            table.addCell(label);
            table.addCell(value);
        }
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.completeRow();
        return table;
    }

    PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = cell(heading, LABEL);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        return table;
    }

    void row(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, BODY));
        }
    }

    void totalRow(PdfPTable table, String label, String amount) {
        PdfPCell name = cell(label, BOLD);
        name.setColspan(table.getNumberOfColumns() - 1);
        name.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(name);
        table.addCell(cell(amount, BOLD));
    }

    /** The signature image above a line naming the signer, as on a paper form. */
    static PdfPTable signatureOf(Optional<byte[]> png, String caption) {
        PdfPTable table = new PdfPTable(new float[]{2, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        PdfPCell image = plain();
        image.setBorder(Rectangle.BOTTOM);
        image.setBorderColor(Color.GRAY);
        image.setFixedHeight(62);
        if (png.isPresent()) {
            Image picture = image(png.get());
            picture.scaleToFit(200, 56);
            image.addElement(new Chunk(picture, 0, 0, true));
        } else {
            image.setPhrase(new Phrase("(signature image could not be read)", SMALL));
        }
        table.addCell(image);
        table.addCell(plain());
        PdfPCell under = plain();
        under.setPhrase(new Phrase(caption, SMALL));
        under.setColspan(2);
        table.addCell(under);
        return table;
    }

    static Image image(byte[] bytes) {
        try {
            return Image.getInstance(bytes);
        } catch (BadElementException e) {
            throw new IllegalStateException("A report image OpenPDF cannot read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(Element element) {
        document.add(element);
    }

    static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        return cell;
    }
}
