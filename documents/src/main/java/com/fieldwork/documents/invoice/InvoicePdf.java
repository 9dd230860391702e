package com.fieldwork.documents.invoice;

import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceParties;
import com.fieldwork.core.billing.InvoiceSheet;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.TaxAmount;
import com.fieldwork.core.common.Address;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * An invoice or credit note as a one-file A4 PDF: sender and customer, number and dates, the work order it bills,
 * its lines, tax per rate, totals with what is paid and still owed, the payment link, and why a job is not
 * billed when warranty or contract covers it. Only the PDF's standard fonts, so nothing is embedded or loaded.
 */
public final class InvoicePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceSheet sheet) {
        var bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, bytes);
            Invoice invoice = sheet.invoice();
            InvoiceParties parties = sheet.parties();
            document.addTitle(title(invoice));
            document.addCreator("Fieldwork");
            document.open();
            document.add(header(invoice, parties));
            document.add(lines(invoice));
            document.add(totals(invoice));
            footer(document, sheet);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF of " + sheet.invoice().label(), e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static String title(Invoice invoice) {
        String kind = invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note" : "Invoice";
        return invoice.number().map(n -> kind + " " + n).orElse("Draft " + kind.toLowerCase(Locale.ROOT));
    }

    private static PdfPTable header(Invoice invoice, InvoiceParties parties) {
        ZoneId zone = parties.timeZone();
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        PdfPCell from = cell(Element.ALIGN_LEFT);
        from.addElement(new Paragraph(parties.companyName(), BOLD));
        from.addElement(new Paragraph(parties.branchName(), NORMAL));
        address(from, parties.branchAddress());
        table.addCell(from);
        PdfPCell what = cell(Element.ALIGN_RIGHT);
        what.addElement(right(new Paragraph(title(invoice), TITLE)));
        if (invoice.status() == InvoiceStatus.DRAFT) {
            what.addElement(right(new Paragraph("DRAFT - not yet issued", BOLD)));
        }
        invoice.issuedAt().ifPresent(at -> what.addElement(right(labelled("Date", date(at, zone)))));
        invoice.dueAt().ifPresent(at -> what.addElement(right(labelled("Due", date(at, zone)))));
        invoice.workOrderNumber().ifPresent(wo -> what.addElement(right(labelled("Work order", wo))));
        table.addCell(what);
        PdfPCell to = cell(Element.ALIGN_LEFT);
        to.setPaddingTop(18);
        to.addElement(new Paragraph("Bill to", SMALL));
        to.addElement(new Paragraph(parties.customerName(), BOLD));
        to.addElement(new Paragraph("Customer " + parties.customerNumber(), NORMAL));
        address(to, parties.billingAddress());
        table.addCell(to);
        table.addCell(cell(Element.ALIGN_LEFT));
        table.setSpacingAfter(16);
        return table;
    }

    private static PdfPTable lines(Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {6, 1.3f, 1.6f, 1.1f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Description", "Qty", "Unit price", "Tax", "Amount"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setHorizontalAlignment(heading.equals("Description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(text(line.description(), Element.ALIGN_LEFT));
            table.addCell(text(quantity(line.quantity()), Element.ALIGN_RIGHT));
            table.addCell(text(money(line.unitPrice()), Element.ALIGN_RIGHT));
            table.addCell(text(percent(line.taxRate()), Element.ALIGN_RIGHT));
            table.addCell(text(money(line.lineTotal()), Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(12);
        return table;
    }

    private static PdfPTable totals(Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {3, 1.4f});
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        row(table, "Subtotal", money(invoice.totals().subtotal()), NORMAL);
        for (TaxAmount tax : invoice.totals().taxes()) {
            row(table, "Tax " + percent(tax.rate()) + " on " + money(tax.base()), money(tax.tax()), NORMAL);
        }
        row(table, "Total " + invoice.currency(), money(invoice.totals().total()), BOLD);
        if (invoice.kind() == InvoiceKind.INVOICE && invoice.status() != InvoiceStatus.DRAFT) {
            if (invoice.paid().signum() > 0) {
                row(table, "Paid", money(invoice.paid()), NORMAL);
            }
            if (invoice.credited().signum() > 0) {
                row(table, "Credited", money(invoice.credited()), NORMAL);
            }
            row(table, "Amount due " + invoice.currency(), money(invoice.outstanding().max(BigDecimal.ZERO)), BOLD);
        }
        return table;
    }

    private static void footer(Document document, InvoiceSheet sheet) throws DocumentException {
        Invoice invoice = sheet.invoice();
        Paragraph footer = new Paragraph();
        footer.setSpacingBefore(18);
        invoice.coverage().ifPresent(coverage -> footer.add(new Paragraph(coverage.label()
                + ": this work is not billed to you.", BOLD)));
        invoice.notes().ifPresent(notes -> footer.add(new Paragraph(notes, NORMAL)));
        Optional<String> link = sheet.paymentLink();
        link.ifPresent(url -> {
            footer.add(new Paragraph("Pay online:", BOLD));
            footer.add(new Paragraph(new Chunk(url, NORMAL).setAnchor(url)));
        });
        if (invoice.kind() == InvoiceKind.INVOICE && invoice.number().isPresent()) {
            footer.add(new Paragraph("Please quote " + invoice.number().get() + " with your payment.", SMALL));
        }
        document.add(footer);
    }

    private static void address(PdfPCell cell, Address address) {
        cell.addElement(new Paragraph(address.street(), NORMAL));
        cell.addElement(new Paragraph(address.postalCode() + " " + address.city() + ", " + address.country(), NORMAL));
    }

    private static Paragraph labelled(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", SMALL));
        paragraph.add(new Chunk(value, NORMAL));
        return paragraph;
    }

    private static Paragraph right(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static PdfPCell cell(int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell text(String value, int alignment) {
        return text(value, alignment, NORMAL);
    }

    private static PdfPCell text(String value, int alignment, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static void row(PdfPTable table, String label, String amount, Font font) {
        table.addCell(text(label, Element.ALIGN_LEFT, font));
        table.addCell(text(amount, Element.ALIGN_RIGHT, font));
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String quantity(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %";
    }

    private static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }
}
