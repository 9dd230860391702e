package com.fieldwork.documents.report;

import com.fieldwork.core.field.ContentStore;
import com.fieldwork.core.report.ServiceReport;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's pictures as small JPEG/PNG bytes for the PDF: photos shrunk to thumbnails (a phone's 4 MB photo
 * would make a 40 MB report), a signature captured as SVG pen strokes drawn into a PNG. A picture that cannot
 * be read (HEIC, a broken file) is left out and the report says so, rather than failing the whole report.
 */
final class ReportImages {

    static final int THUMBNAIL_PIXELS = 480;
    private static final Pattern PATH_DATA = Pattern.compile("\\sd\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PATH_TOKEN = Pattern.compile("[MLml]|-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?");

    private final ContentStore store;

    ReportImages(ContentStore store) {
        this.store = store;
    }

    /** A JPEG no larger than {@link #THUMBNAIL_PIXELS} on its long side; empty when the bytes are no image. */
    Optional<byte[]> thumbnail(ServiceReport.Picture picture) {
        return decode(picture).map(image -> jpeg(scaled(image, THUMBNAIL_PIXELS)));
    }

    /** The signature as PNG: drawn from its strokes when it was captured as SVG. */
    Optional<byte[]> signature(ServiceReport.Picture picture) {
        if (picture.mimeType().equals("image/svg+xml")) {
            return strokes(new String(read(picture.storageKey()), StandardCharsets.UTF_8)).map(ReportImages::png);
        }
        return decode(picture).map(image -> png(scaled(image, 600)));
    }

    private Optional<BufferedImage> decode(ServiceReport.Picture picture) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(read(picture.storageKey()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] read(String storageKey) {
        try (InputStream in = store.open(storageKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + storageKey + " for a service report", e);
        }
    }

    private static BufferedImage scaled(BufferedImage image, int longSide) {
        double factor = Math.min(1.0, (double) longSide / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** The absolute and relative move/line commands of every path, which is what a signature pad writes. */
    static Optional<BufferedImage> strokes(String svg) {
        Path2D.Double path = new Path2D.Double();
        Matcher data = PATH_DATA.matcher(svg);
        while (data.find()) {
            Matcher t = PATH_TOKEN.matcher(data.group(1));
            char command = 'M';
            double x = 0;
            double y = 0;
            while (t.find()) {
                String token = t.group();
                if (Character.isLetter(token.charAt(0))) {
                    command = token.charAt(0);
                    continue;
                }
                if (!t.find()) {
                    break;
                }
                double a = Double.parseDouble(token);
                double b = Double.parseDouble(t.group());
                boolean relative = Character.isLowerCase(command);
                x = relative ? x + a : a;
                y = relative ? y + b : b;
                if (Character.toUpperCase(command) == 'M' || path.getCurrentPoint() == null) {
                    path.moveTo(x, y);
                    command = relative ? 'l' : 'L'; // further pairs after a move are lines, as in SVG
                } else {
                    path.lineTo(x, y);
                }
            }
        }
        if (path.getCurrentPoint() == null) {
            return Optional.empty();
        }
        Rectangle2D bounds = path.getBounds2D();
        double scale = Math.min(4.0, 560 / Math.max(1.0, Math.max(bounds.getWidth(), bounds.getHeight())));
        int w = (int) Math.ceil(bounds.getWidth() * scale) + 20;
        int h = (int) Math.ceil(bounds.getHeight() * scale) + 20;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(10 - bounds.getX() * scale, 10 - bounds.getY() * scale);
        g.scale(scale, scale);
        g.setColor(new Color(0x1a, 0x23, 0x7e));
        g.setStroke(new BasicStroke((float) (2.5 / scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.dispose();
        return Optional.of(out);
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
