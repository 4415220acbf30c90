package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileService;

/**
 * The map's tile retriever, registered in {@code META-INF/services} so that Gluon Maps uses it instead of its
 * built-in OpenStreetMap downloader (which sends a library User-Agent and leaves blank tiles on failure).
 *
 * <p>Gluon creates this class itself through {@link java.util.ServiceLoader} and keeps one instance in a static
 * field, so it cannot receive its {@link TileService} through a constructor. The composition root hands it over
 * with {@link #install}; this one static reference is the only shared state in the app, and it exists because of
 * that SPI. Every future returned completes normally: with the tile, or with a neutral grid tile.
 */
public final class AppTileRetriever implements TileRetriever {

    private static final Logger LOG = Logger.getLogger(AppTileRetriever.class.getName());
    private static volatile TileService service;
    private static volatile Image neutralTile;

    /** Makes the map load its tiles from {@code tileService} (null: neutral tiles only). */
    public static void install(TileService tileService) {
        service = tileService;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileService s = service;
        TileKey key;
        try {
            key = new TileKey(zoom, i, j);
        } catch (IllegalArgumentException outsideWorld) {
            return CompletableFuture.completedFuture(neutralTile());
        }
        if (s == null) {
            return CompletableFuture.completedFuture(neutralTile());
        }
        CompletableFuture<RasterTile> tile;
        try {
            tile = s.load(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tile source failed for " + key, e);
            return CompletableFuture.completedFuture(neutralTile());
        }
        return tile.thenApply(AppTileRetriever::toImage).exceptionally(e -> {
            LOG.log(Level.WARNING, "Tile " + key + " could not be loaded; showing a neutral tile", e);
            return neutralTile();
        });
    }

    /** Converts a raster to a JavaFX image; safe off the FX thread (the image is not yet in a scene). */
    static Image toImage(RasterTile tile) {
        WritableImage img = new WritableImage(tile.width(), tile.height());
        img.getPixelWriter().setPixels(0, 0, tile.width(), tile.height(), PixelFormat.getIntArgbInstance(),
                tile.argb(), 0, tile.width());
        return img;
    }

    /** A plain light tile with a faint grid: what the map shows where nothing better is available. */
    static Image neutralTile() {
        Image img = neutralTile;
        if (img == null) {
            int size = 256;
            int[] px = new int[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean line = x % 64 == 0 || y % 64 == 0;
                    px[y * size + x] = line ? 0xFFDDD8CC : 0xFFF3F0E8;
                }
            }
            img = toImage(new RasterTile(size, size, px));
            neutralTile = img;
        }
        return img;
    }
}
