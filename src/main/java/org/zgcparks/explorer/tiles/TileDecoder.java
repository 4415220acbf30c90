package org.zgcparks.explorer.tiles;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.zgcparks.explorer.geo.WebMercator;

/**
 * Turns a tile's bytes (PNG, JPEG, GIF, BMP) into a 256-pixel raster; anything else is an error, never a blank.
 * The image's size is read from its header before a single pixel is decoded, and only 256- or 512-pixel square
 * tiles are accepted: a small file can declare a huge picture (a "decompression bomb": 1.7 MB of PNG that decodes
 * to 21000×21000 pixels, gigabytes of memory), and no tile server sends anything else.
 */
public final class TileDecoder {

    /** The tile sizes servers send: standard and high-density ("@2x") tiles. */
    static final int[] ACCEPTED_SIZES = {WebMercator.TILE_SIZE, 2 * WebMercator.TILE_SIZE};

    private TileDecoder() {
    }

    public static RasterTile decode(byte[] bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            throw new IOException("empty tile");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not an image (" + bytes.length + " bytes)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0), height = reader.getHeight(0);
                if (width != height || !accepted(width)) {
                    throw new IOException("the tile is " + width + "×" + height + " pixels, not 256 or 512 square;"
                            + " refused without decoding it");
                }
                BufferedImage img = reader.read(0);
                return toRaster(img);
            } catch (RuntimeException e) {
                // a reader's own failure on malformed data (e.g. an index out of bounds in a broken chunk)
                throw new IOException("not a readable image (" + e.getClass().getSimpleName() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean accepted(int size) {
        for (int s : ACCEPTED_SIZES) {
            if (size == s) {
                return true;
            }
        }
        return false;
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
