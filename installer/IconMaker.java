import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the ZGC Parks Explorer icon and writes it in every format the installers need: PNGs (16–512 px) for
 * Linux and the window, an ICO for Windows and an ICNS for macOS (both hold PNG images). Run from the
 * repository root: {@code java installer/IconMaker.java resources/icons}.
 *
 * The icon: a map tile in the app's sub-park blue, a graticule, two park outlines (one highlighted in E-Town
 * orange) and a location pin.
 */
public final class IconMaker {

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            byte[] png = png(draw(size));
            pngs.put(size, png);
            Files.write(out.resolve("zgc-parks-explorer-" + size + ".png"), png);
        }
        Files.write(out.resolve("zgc-parks-explorer.ico"), ico(pngs, 16, 32, 48, 256));
        Files.write(out.resolve("zgc-parks-explorer.icns"), icns(pngs));
        System.out.println("icons written to " + out);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);
        RoundRectangle2D tile = new RoundRectangle2D.Double(24, 24, 464, 464, 104, 104);
        g.setPaint(new GradientPaint(0, 24, new Color(0x3A, 0x7F, 0xC8), 0, 488, new Color(0x1F, 0x4E, 0x8C)));
        g.fill(tile);
        g.setClip(tile);
        if (size >= 48) {
            g.setColor(new Color(255, 255, 255, 45));
            g.setStroke(new BasicStroke(6));
            for (int v = 24 + 116; v < 488; v += 116) {
                g.drawLine(v, 24, v, 488);
                g.drawLine(24, v, 488, v);
            }
        }
        Path2D.Double west = poly(96, 300, 170, 236, 250, 262, 238, 356, 150, 380);
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(west);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(west);
        Path2D.Double east = poly(278, 330, 372, 300, 420, 368, 380, 430, 290, 414);
        g.setColor(new Color(0xE8, 0x7A, 0x36, 230));
        g.fill(east);
        g.setColor(Color.WHITE);
        g.draw(east);
        g.setClip(null);
        // the pin
        Path2D.Double pin = new Path2D.Double();
        pin.moveTo(330, 292);
        pin.curveTo(300, 240, 250, 200, 250, 150);
        pin.curveTo(250, 104, 286, 70, 330, 70);
        pin.curveTo(374, 70, 410, 104, 410, 150);
        pin.curveTo(410, 200, 360, 240, 330, 292);
        pin.closePath();
        g.setColor(new Color(0, 0, 0, 50));
        g.translate(6, 8);
        g.fill(pin);
        g.translate(-6, -8);
        g.setColor(Color.WHITE);
        g.fill(pin);
        g.setColor(new Color(0xE8, 0x7A, 0x36));
        g.fill(new Ellipse2D.Double(300, 120, 60, 60));
        g.dispose();
        return img;
    }

    static Path2D.Double poly(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose images are PNG-compressed (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int offset = 6 + 16 * sizes.length;
        writeLe(out, 0, 2);
        writeLe(out, 1, 2);
        writeLe(out, sizes.length, 2);
        for (int s : sizes) {
            byte[] png = pngs.get(s);
            out.write(s >= 256 ? 0 : s);
            out.write(s >= 256 ? 0 : s);
            out.write(0);
            out.write(0);
            writeLe(out, 1, 2);
            writeLe(out, 32, 2);
            writeLe(out, png.length, 4);
            writeLe(out, offset, 4);
            offset += png.length;
        }
        for (int s : sizes) {
            out.write(pngs.get(s));
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] png = pngs.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(png.length + 8);
            d.write(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(out);
        h.writeBytes("icns");
        h.writeInt(body.size() + 8);
        h.write(body.toByteArray());
        return out.toByteArray();
    }

    static void writeLe(ByteArrayOutputStream out, int v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((v >>> (8 * i)) & 0xFF);
        }
    }
}
