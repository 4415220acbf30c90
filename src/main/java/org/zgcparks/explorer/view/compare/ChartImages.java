package org.zgcparks.explorer.view.compare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.zgcparks.explorer.export.AtomicFile;
import org.zgcparks.explorer.export.ExportException;

/**
 * Charts as PNG files. The project has no {@code javafx.swing} (no SwingFXUtils), so a snapshot's pixels are copied
 * into a {@link BufferedImage} by hand and encoded with ImageIO, as the fact sheets' map images are.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /** A snapshot of the node on a white background, at {@code scale} times its size. Call on the FX thread. */
    public static BufferedImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(params, null);
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** Writes the image as PNG, atomically. Safe off the FX thread. */
    public static void writePng(BufferedImage image, Path file) throws ExportException {
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
