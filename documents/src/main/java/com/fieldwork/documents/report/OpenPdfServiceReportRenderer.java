package com.fieldwork.documents.report;

import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.report.ServiceReport;
import com.fieldwork.core.report.ServiceReportRenderer;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The service report on A4 with OpenPDF: a header with the company and the work order number, then who and
 * where, the visits, the work done, the checklist, the parts with their total, the photos as a grid of
 * thumbnails, and the sign-off with the signature image and the completion proof. Sections without content
 * are left out, so a small job fits on one page.
 */
public final class OpenPdfServiceReportRenderer implements ServiceReportRenderer {

    @Override
    public byte[] render(ServiceReport report, ContentStore images) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(new ReportFooter(report.header().number() + " · " + report.header().company()));
            document.addTitle("Service report " + report.header().number());
            document.addAuthor(report.header().company());
            document.open();
            write(document, report, new ReportImages(images), new ReportText(report.zone()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Drawing the service report of " + report.header().number(), e);
        }
        return bytes.toByteArray();
    }

    private static void write(Document document, ServiceReport report, ReportImages images, ReportText text) {
        ReportSections s = new ReportSections(document, text);
        ServiceReport.Header h = report.header();
        s.header(h, report.generatedAt());
        s.facts(List.of(
                new String[]{"Customer", h.customerName() + " (" + h.customerNumber() + ")"},
                new String[]{"Site", h.siteName() + "\n" + ReportText.address(h.address())},
                new String[]{"Equipment", h.asset().orElse("–")},
                new String[]{"Technician", report.technicians().isEmpty() ? "–" : String.join(", ", report.technicians())},
                new String[]{"Job", h.title()}));
        if (!report.visits().isEmpty()) {
            s.heading("Visits");
            PdfPTable table = s.table(new float[]{3, 3, 2, 2, 2}, "Technician", "Planned", "Arrived", "Left", "Status");
            for (ServiceReport.VisitLine v : report.visits()) {
                s.row(table, v.technician().orElse("–"), text.dateTime(v.plannedStart()), text.dateTime(v.arrived()),
                        text.timeOn(v.left(), v.arrived()), v.status());
            }
            s.add(table);
        }
        workDone(s, report);
        if (!report.checklist().isEmpty()) {
            s.heading("Checklist");
            PdfPTable table = s.table(new float[]{7, 3}, "Question", "Answer");
            report.checklist().forEach(c -> s.row(table, c.question(), c.answer().orElse("not answered")));
            s.add(table);
        }
        if (!report.parts().isEmpty()) {
            s.heading("Parts used");
            PdfPTable table = s.table(new float[]{2, 5, 1.4f, 1.6f, 1.6f}, "SKU", "Part", "Qty", "Unit price", "Total");
            for (ServiceReport.PartLine p : report.parts()) {
                s.row(table, p.sku(), p.name(), ReportText.quantity(p.quantity()) + " " + p.unit(),
                        ReportText.money(p.unitPrice()), ReportText.money(p.lineTotal()));
            }
            s.totalRow(table, "Parts total", ReportText.money(report.partsTotal()));
            s.add(table);
        }
        if (!report.photos().isEmpty()) {
            s.heading("Photos");
            s.add(new PhotoGrid(images, text).table(report.photos()));
        }
        signOff(s, report, images, text);
        if (!report.statuses().isEmpty()) {
            s.heading("Status timeline");
            PdfPTable table = s.table(new float[]{3, 3, 3, 3}, "Status", "When", "By", "Position");
            report.statuses().forEach(st -> s.row(table, st.status(), text.dateTime(st.at()), st.by(),
                    st.position().map(p -> ReportText.position(Optional.of(p))).orElse("")));
            s.add(table);
        }
    }

    private static void workDone(ReportSections s, ServiceReport report) {
        Optional<String> summary = report.completion().flatMap(ServiceReport.Completion::summary);
        if (summary.isEmpty() && report.notes().isEmpty() && report.header().description().isEmpty()) {
            return;
        }
        s.heading("Work done");
        report.header().description().ifPresent(d -> s.paragraph("Reported: " + d));
        summary.ifPresent(s::paragraph);
        report.notes().forEach(n -> s.paragraph("• " + n));
    }

    private static void signOff(ReportSections s, ServiceReport report, ReportImages images, ReportText text) {
        Paragraph heading = ReportSections.headingOf("Completion and sign-off");
        Element proof = report.completion().<Element>map(c -> ReportSections.factsOf(List.of(
                        new String[]{"Completed", text.dateTime(c.completedAt()) + " by " + c.completedBy()},
                        new String[]{"Position", ReportText.position(c.location())},
                        new String[]{"First-time fix", ReportText.yesNo(c.firstTimeFix())},
                        new String[]{"Customer confirmed", ReportText.yesNo(c.customerConfirmed())})))
                .orElseGet(() -> new Paragraph("Completion recorded by the office; no proof was captured on site.",
                        ReportSections.BODY));
        Element signature = report.signature().<Element>map(sig -> ReportSections.signatureOf(
                        images.signature(sig.image()), "Signed by " + sig.signer() + " on "
                                + text.dateTime(sig.signedAt()) + " at " + ReportText.position(sig.location())))
                .orElseGet(() -> new Paragraph("Not signed by the customer.", ReportSections.BODY));
        s.together(heading, proof, signature);
    }
}
