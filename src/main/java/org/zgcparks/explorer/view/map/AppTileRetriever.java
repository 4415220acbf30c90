package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import org.zgcparks.explorer.tiles.TileKey;

/**
 * The map's tile retriever, registered in {@code META-INF/services} so that Gluon Maps uses it instead of its
 * built-in OpenStreetMap downloader (which sends a library User-Agent, sets the JVM-wide {@code http.agent},
 * ignores cache headers and leaves blank tiles on failure).
 *
 * <p>Gluon creates this class itself through {@link java.util.ServiceLoader} and keeps one instance in a static
 * field, so it cannot receive its {@link MapTiles} through a constructor. The composition root hands it over
 * with {@link #install}; its two static fields (the installed tiles and a neutral tile made on first use) are the
 * app's only static mutable state, and they exist because of that SPI. Every future returned completes normally (never already failed: Gluon calls {@code getNow()}).
 */
public final class AppTileRetriever implements TileRetriever {

    private static final Logger LOG = Logger.getLogger(AppTileRetriever.class.getName());
    private static volatile MapTiles tiles;
    private static volatile Image neutralTile;

    /** Makes the map load its tiles through {@code mapTiles} (null: neutral tiles only). */
    public static void install(MapTiles mapTiles) {
        tiles = mapTiles;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        MapTiles t = tiles;
        TileKey key;
        try {
            key = new TileKey(zoom, i, j);
        } catch (IllegalArgumentException outsideWorld) {
            return CompletableFuture.completedFuture(neutralTile());
        }
        if (t == null) {
            return CompletableFuture.completedFuture(neutralTile());
        }
        try {
            return t.load(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tile " + key + " could not be requested; showing a neutral tile", e);
            return CompletableFuture.completedFuture(neutralTile());
        }
    }

    /** A plain light tile: what the map shows outside the world or before the app is wired. */
    static Image neutralTile() {
        Image img = neutralTile;
        if (img == null) {
            img = MapTiles.imageOf(MapTiles.NEUTRAL);
            neutralTile = img;
        }
        return img;
    }
}
