package org.zgcparks.explorer.tiles;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.zgcparks.explorer.geo.WebMercator;

/** Turns a tile's bytes (PNG, JPEG, GIF, BMP) into a 256-pixel raster; anything else is an error, never a blank. */
public final class TileDecoder {

    private TileDecoder() {
    }

    public static RasterTile decode(byte[] bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            throw new IOException("empty tile");
        }
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) {
            throw new IOException("not an image (" + bytes.length + " bytes)");
        }
        return toRaster(img);
    }

    /** Any image as a 256×256 ARGB raster (scaled if the server sends 512-pixel tiles). */
    public static RasterTile toRaster(BufferedImage img) {
        int size = WebMercator.TILE_SIZE;
        BufferedImage argb = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return new RasterTile(size, size, ((DataBufferInt) argb.getRaster().getDataBuffer()).getData());
    }
}
