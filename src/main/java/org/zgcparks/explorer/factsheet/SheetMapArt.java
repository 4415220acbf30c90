package org.zgcparks.explorer.factsheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.zgcparks.explorer.model.Park;

/**
 * A sheet's map and locator inset, rendered and JPEG-encoded away from the PDF document, so that a booklet can
 * render the maps of the next parks on other cores while it writes the current one (a PDFBox document is not
 * thread-safe; rendering and encoding the images are, and they are most of a sheet's cost).
 */
record SheetMapArt(byte[] mapJpeg, byte[] insetJpeg, Box box, double metresPerPoint, boolean sourceTilesUsed) {

    private static final float QUALITY = 0.88f;

    /** The size of the map and its inset, in points, for a page size. */
    record Box(float width, float height, float insetWidth, float insetHeight) {
        static Box forPage(PDRectangle page) {
            float cw = page.getWidth() - 2 * ParkPage.MARGIN;
            float mapH = Math.min(265, (page.getHeight() - 2 * ParkPage.MARGIN) * 0.34f);
            float insetW = Math.min(120, cw * 0.24f);
            return new Box(cw, mapH, insetW, insetW * 0.78f);
        }
    }

    /** Renders the park's map and inset for a page size; safe to call from any thread. */
    static SheetMapArt render(ParkMapRenderer maps, List<Park> allParks, Park park, PDRectangle page) {
        Box box = Box.forPage(page);
        ParkMapRenderer.MapImage map = maps.parkMap(allParks, park, box.width(), box.height());
        byte[] mapJpeg = jpeg(map.image());
        byte[] insetJpeg = jpeg(maps.locator(allParks, park, map, box.insetWidth(), box.insetHeight()));
        return new SheetMapArt(mapJpeg, insetJpeg, box, map.metresPerPoint(), map.sourceTilesUsed());
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 << 10);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
