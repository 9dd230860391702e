package com.fieldwork.documents.report;

import com.fieldwork.core.report.ServiceReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The report read back with PDFBox: what a customer must find on it, and the pictures really embedded. */
class OpenPdfServiceReportRendererTest {

    private final MemoryContentStore store = new MemoryContentStore();
    private final OpenPdfServiceReportRenderer renderer = new OpenPdfServiceReportRenderer();

    @Test
    void theTextNamesCustomerWorkOrderSignerPartsAndTotal() throws Exception {
        byte[] pdf = renderer.render(SampleReport.of(store, "image/png", SampleReport.pngSignature()), store);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            look(document, "service-report");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mountain Air Services", "Service report", "WO-2026-000123",
                    "Harbour Dental (C-000042)", "1200 Main St, 80202 Denver, US", "Furnace Lennox EL296",
                    "Sam Rivera", "Gas supply turned off?", "20.5", "not answered",
                    "Hot surface igniter", "IGN-220", "48.50", "Air filter 16x25", "24.50", "Parts total", "73.00",
                    "Signed by Dana Whitfield on 2 Mar 2026 10:38", "39.73920, -104.99030",
                    "First-time fix", "Customer confirmed", "Replaced the igniter",
                    "Customer asked for a quote");
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
        }
    }

    @Test
    void thumbnailsAndTheSignatureAreEmbeddedAsImages() throws Exception {
        ServiceReport report = SampleReport.of(store, "image/png", SampleReport.pngSignature());
        byte[] pdf = renderer.render(report, store);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = images(document);
            assertThat(images).hasSize(report.photos().size() + 1);
            // thumbnails, not the 1600 px originals: the report stays small enough to mail
            assertThat(images).allSatisfy(i -> assertThat(Math.max(i.getWidth(), i.getHeight()))
                    .isLessThanOrEqualTo(ReportImages.THUMBNAIL_PIXELS * 2));
            assertThat(images).filteredOn(i -> i.getWidth() == 300 && i.getHeight() == 100).hasSize(1);
        }
        assertThat(pdf.length).isLessThan(300_000);
    }

    @Test
    void aSignatureCapturedAsPenStrokesIsDrawnIntoAnImage() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\">"
                + "<path d=\"M10 80 L60 20 L110 75\"/><path d=\"m150 60 l20 -30 l20 30\"/></svg>";
        ServiceReport report = SampleReport.of(store, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));

        try (PDDocument document = Loader.loadPDF(renderer.render(report, store))) {
            assertThat(images(document)).hasSize(report.photos().size() + 1);
            assertThat(new PDFTextStripper().getText(document)).contains("Signed by Dana Whitfield")
                    .doesNotContain("could not be read");
        }
    }

    @Test
    void aPhotoThatIsNoReadableImageIsNamedInsteadOfFailingTheReport() throws Exception {
        ServiceReport sample = SampleReport.of(store, "image/png", SampleReport.pngSignature());
        var heic = new ServiceReport.Picture(store.put(new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'})
                .storageKey(), "image/heic", Optional.of("From an iPhone"), SampleReport.DONE, Optional.empty());
        ServiceReport report = new ServiceReport(sample.header(), sample.zone(), sample.generatedAt(), sample.visits(),
                sample.statuses(), sample.notes(), sample.checklist(), sample.parts(), List.of(heic),
                sample.signature(), sample.completion());

        try (PDDocument document = Loader.loadPDF(renderer.render(report, store))) {
            assertThat(new PDFTextStripper().getText(document)).contains("(image/heic photo, not shown)", "From an iPhone");
            assertThat(images(document)).hasSize(1);
        }
    }

    private static List<PDImageXObject> images(PDDocument document) throws Exception {
        List<PDImageXObject> found = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), found);
        }
        return found;
    }

    /** Images sit in the page's resources or in form XObjects (table cells) inside them. */
    private static void collect(PDResources resources, List<PDImageXObject> found) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                found.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), found);
            }
        }
    }

    /** Writes the pages as PNGs under target/ to look at the layout. */
    private static void look(PDDocument document, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "report-pages"));
        PDFRenderer pages = new PDFRenderer(document);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            ImageIO.write(pages.renderImageWithDPI(i, 80), "png", new File(dir.toFile(), name + "-" + (i + 1) + ".png"));
        }
    }
}
