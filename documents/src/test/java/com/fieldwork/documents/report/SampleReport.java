package com.fieldwork.documents.report;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.report.ServiceReport;
import com.fieldwork.core.workorder.WorkOrderNumber;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A furnace service with three photos, a checklist, two parts and the customer's signature. */
final class SampleReport {

    static final Instant DONE = Instant.parse("2026-03-02T17:40:00Z");
    static final GeoPoint SITE = new GeoPoint(39.7392, -104.9903);

    private SampleReport() {
    }

    static ServiceReport of(ContentStore store, String signatureMime, byte[] signature) {
        List<ServiceReport.Picture> photos = List.of(
                photo(store, "Unit as found", Color.DARK_GRAY, 0),
                photo(store, "Data plate", Color.GRAY, 10),
                photo(store, "Finished work", Color.LIGHT_GRAY, 50));
        var signatureImage = new ServiceReport.Picture(store.put(signature).storageKey(), signatureMime,
                Optional.empty(), DONE.minusSeconds(120), Optional.of(SITE));
        return new ServiceReport(
                new ServiceReport.Header("Mountain Air Services", 41, new WorkOrderNumber(2026, 123),
                        "Annual furnace service", "Completed", "Harbour Dental", "C-000042", "Harbour Dental Main St",
                        new Address("1200 Main St", "Denver", "80202", "US"),
                        Optional.of("Furnace Lennox EL296, serial 5912K40217"),
                        Optional.of("Furnace short-cycles in the morning")),
                ZoneId.of("America/Denver"), DONE.plus(Duration.ofMinutes(1)),
                List.of(new ServiceReport.VisitLine(Optional.of("Sam Rivera"), Optional.of(DONE.minusSeconds(3 * 3600)),
                        Optional.of(DONE.minusSeconds(2 * 3600)), Optional.of(DONE), "Done")),
                List.of(new ServiceReport.StatusLine("Assigned", DONE.minusSeconds(86_400), "Dana Dispatcher", Optional.empty()),
                        new ServiceReport.StatusLine("Completed", DONE, "Sam Rivera", Optional.of(SITE))),
                List.of("Customer asked for a quote for a new thermostat"),
                List.of(new ServiceReport.ChecklistLine("Gas supply turned off?", Optional.of("Yes")),
                        new ServiceReport.ChecklistLine("Inlet pressure (mbar)", Optional.of("20.5")),
                        new ServiceReport.ChecklistLine("Remarks", Optional.empty())),
                List.of(new ServiceReport.PartLine("IGN-220", "Hot surface igniter", BigDecimal.ONE, "pc",
                                new BigDecimal("48.50")),
                        new ServiceReport.PartLine("FLT-1625", "Air filter 16x25", new BigDecimal("2"), "pc",
                                new BigDecimal("12.25"))),
                photos,
                Optional.of(new ServiceReport.SignatureBlock("Dana Whitfield", DONE.minusSeconds(120), Optional.of(SITE),
                        signatureImage)),
                Optional.of(new ServiceReport.Completion(DONE, "Sam Rivera", Optional.of(SITE), true, true,
                        Optional.of("Replaced the igniter and both filters; furnace runs a full cycle."),
                        OptionalLong.of(7))));
    }

    static byte[] pngSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.drawLine(10, 80, 120, 20);
        g.drawLine(120, 20, 280, 70);
        g.dispose();
        return encode(image, "png");
    }

    private static ServiceReport.Picture photo(ContentStore store, String caption, Color colour, int minute) {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.ORANGE);
        g.fillOval(400, 300, 800, 600);
        g.dispose();
        return new ServiceReport.Picture(store.put(encode(image, "jpeg")).storageKey(), "image/jpeg",
                Optional.of(caption), DONE.minusSeconds(3600 - minute * 60L), Optional.of(SITE));
    }

    static byte[] encode(BufferedImage image, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
