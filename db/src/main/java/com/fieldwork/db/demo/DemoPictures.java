package com.fieldwork.db.demo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * Pictures for the demo's completed jobs, drawn rather than shipped: a piece of equipment against a wall as a
 * phone would photograph it, and a customer's handwritten-looking signature. The same random gives the same
 * bytes. No text is drawn, so no font has to be installed.
 */
final class DemoPictures {

    private static final int PHOTO_WIDTH = 640;
    private static final int PHOTO_HEIGHT = 480;
    private static final Color[] WALLS = {new Color(0xD9D4C7), new Color(0xBFC7CC), new Color(0xE3DCCB), new Color(0xA9B3A5)};
    private static final Color[] UNITS = {new Color(0xE8E8E4), new Color(0x8A9199), new Color(0x5B6770), new Color(0xC9CCC8)};

    private DemoPictures() {
    }

    /** A JPEG of a unit on a wall: its casing, a control panel, pipes; {@code closeUp} shows its data plate. */
    static byte[] photo(boolean closeUp, SplittableRandom random) {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color wall = WALLS[random.nextInt(WALLS.length)];
            g.setPaint(new GradientPaint(0, 0, wall.brighter(), PHOTO_WIDTH, PHOTO_HEIGHT, wall.darker()));
            g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
            g.setColor(wall.darker().darker());
            g.fillRect(0, PHOTO_HEIGHT - 70, PHOTO_WIDTH, 70);
            if (closeUp) {
                dataPlate(g, random);
            } else {
                unit(g, random);
            }
        } finally {
            g.dispose();
        }
        return encode(image, "jpg");
    }

    private static void unit(Graphics2D g, SplittableRandom random) {
        int width = 220 + random.nextInt(120);
        int height = 260 + random.nextInt(100);
        int x = 120 + random.nextInt(PHOTO_WIDTH - width - 200);
        int y = PHOTO_HEIGHT - 70 - height + 20;
        Color casing = UNITS[random.nextInt(UNITS.length)];
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new RoundRectangle2D.Double(x + 12, y + 12, width, height, 18, 18));
        g.setPaint(new GradientPaint(x, y, casing.brighter(), x + width, y, casing.darker()));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 18, 18));
        g.setColor(casing.darker().darker());
        g.setStroke(new BasicStroke(2f));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 18, 18));
        // the control panel with its display and two knobs
        g.setColor(new Color(0x2B2F33));
        g.fillRoundRect(x + 24, y + 28, width - 48, 56, 10, 10);
        g.setColor(new Color(0x6FD08C));
        g.fillRect(x + 38, y + 42, 70, 26);
        g.setColor(new Color(0xCCCCCC));
        g.fillOval(x + width - 90, y + 40, 30, 30);
        g.fillOval(x + width - 54, y + 40, 30, 30);
        // vents
        g.setColor(casing.darker());
        for (int i = 0; i < 6; i++) {
            g.fillRect(x + 30, y + 120 + i * 18, width - 60, 7);
        }
        // pipes down to the floor
        g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xB87333));
        g.drawLine(x + width / 3, y + height, x + width / 3, PHOTO_HEIGHT);
        g.setColor(new Color(0x9EA3A8));
        g.drawLine(x + 2 * width / 3, y + height, x + 2 * width / 3, PHOTO_HEIGHT);
    }

    private static void dataPlate(Graphics2D g, SplittableRandom random) {
        int x = 90 + random.nextInt(60);
        int y = 70 + random.nextInt(40);
        int width = 420;
        int height = 260;
        g.setColor(new Color(0x6E7378));
        g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT - 70);
        g.setPaint(new GradientPaint(x, y, new Color(0xE9ECEE), x + width, y + height, new Color(0xAEB4B9)));
        g.fillRoundRect(x, y, width, height, 12, 12);
        g.setColor(new Color(0x555A5E));
        g.fillOval(x + 10, y + 10, 12, 12);
        g.fillOval(x + width - 22, y + 10, 12, 12);
        g.fillOval(x + 10, y + height - 22, 12, 12);
        g.fillOval(x + width - 22, y + height - 22, 12, 12);
        // engraved lines of the plate, as the phone's camera would blur them
        g.setColor(new Color(0x2F3337));
        g.fillRect(x + 40, y + 34, 200, 18);
        for (int i = 0; i < 7; i++) {
            int label = 60 + random.nextInt(60);
            g.fillRect(x + 40, y + 72 + i * 24, label, 8);
            g.fillRect(x + 40 + label + 20, y + 72 + i * 24, 80 + random.nextInt(140), 8);
        }
    }

    /** A PNG of a signature: a few joined, slanted loops on a white pad with a baseline. */
    static byte[] signature(SplittableRandom random) {
        BufferedImage image = new BufferedImage(480, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 480, 160);
            g.setColor(new Color(0xC8CCD0));
            g.drawLine(30, 122, 450, 122);
            g.setColor(new Color(0x1B2A6B));
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(stroke(random));
        } finally {
            g.dispose();
        }
        return encode(image, "png");
    }

    private static Path2D stroke(SplittableRandom random) {
        Path2D path = new Path2D.Double();
        double x = 50;
        double base = 110;
        path.moveTo(x, base - 10);
        int loops = 7 + random.nextInt(5);
        for (int i = 0; i < loops; i++) {
            double tall = i == 0 ? 80 : 20 + random.nextInt(i % 3 == 0 ? 55 : 30);
            double step = 22 + random.nextInt(18);
            path.curveTo(x + step * 0.9, base - tall * 1.2, x - step * 0.2, base - tall, x + step * 0.4, base);
            x += step;
            if (i == loops / 2 && random.nextBoolean()) {
                x += 20;
                path.moveTo(x, base - 30);
            }
        }
        path.curveTo(x + 40, base + 10, x + 60, base - 20, x + 30, base - 5);
        return path;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
