package org.zgcparks.explorer.view.map;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.RasterTile;
import org.zgcparks.explorer.tiles.Tile;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileViewport;

/**
 * The bridge between a {@link TileSource} and the images Gluon Maps shows. Each tile the map asks for is a
 * {@link WritableImage} this class keeps (weakly) and may repaint later: when a provisional tile (offline basemap,
 * stale cache) can be replaced because the network is back, or when the user switches tile source. Only tiles in
 * view are ever reloaded, so nothing is fetched that the user is not looking at. All image work is on the FX thread.
 */
public final class MapTiles {

    /** What this class knows of an image it handed out; holds no reference to the image itself. */
    private static final class Live {
        final TileKey key;
        boolean provisional = true;
        int generation = -1;
        boolean loading;
        /** Counts the retries scheduled: only the latest one runs, so reloads never pile up timers. */
        int retry;

        Live(TileKey key) {
            this.key = key;
        }
    }

    private static final Logger LOG = Logger.getLogger(MapTiles.class.getName());
    /** A plain light tile with a faint grid, for a source that failed outright (a bug, not a network problem). */
    static final RasterTile NEUTRAL = neutral();
    /** Wakes the FX thread when a failed tile is due again; one daemon thread, idle between retries. */
    private final ScheduledThreadPoolExecutor retryTimer = retryTimer();

    private final ReadOnlyObjectWrapper<TileSource> service = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NetworkStatus> status = new ReadOnlyObjectWrapper<>(NetworkStatus.LOCAL);
    private final Map<WritableImage, Live> live = new WeakHashMap<>();
    private int generation;
    private TileViewport viewport;

    public MapTiles(TileSource initial) {
        use(initial);
    }

    public ReadOnlyObjectProperty<TileSource> sourceProperty() {
        return service.getReadOnlyProperty();
    }

    public TileSource source() {
        return service.get();
    }

    /** The current source's network status, updated on the FX thread. */
    public ReadOnlyObjectProperty<NetworkStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Switches to another tile source: the old one is shut down, and every tile on screen is repainted from the new
     * one (tiles off screen are repainted when they come back into view).
     */
    public void use(TileSource next) {
        TileSource old = service.get();
        generation++;
        next.setViewport(viewport);
        next.addListener(new TileSource.Listener() {
            @Override
            public void statusChanged(NetworkStatus s) {
                Platform.runLater(() -> {
                    if (service.get() == next) {
                        status.set(s);
                    }
                });
            }

            @Override
            public void reloadProvisional() {
                Platform.runLater(() -> {
                    if (service.get() == next) {
                        reloadInView();
                    }
                });
            }
        });
        service.set(next);
        status.set(next.status());
        if (old != null) {
            old.shutdown();
            reloadInView();
        }
    }

    /** Repaints every tile in view from the current source (the basemap's palette changed with the theme). */
    public void repaint() {
        generation++;
        reloadInView();
    }

    /** The map moved: tell the source what is in view and repaint stale tiles that came back into view. */
    public void setViewport(TileViewport v) {
        viewport = v;
        service.get().setViewport(v);
        reloadInView();
    }

    /** Called by the map's retriever (on any thread): a future completed on the FX thread with the image. */
    CompletableFuture<Image> load(TileKey key) {
        CompletableFuture<Image> result = new CompletableFuture<>();
        Runnable start = () -> {
            WritableImage image = new WritableImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
            Live state = new Live(key);
            live.put(image, state);
            fetch(image, state, () -> result.complete(image));
        };
        if (Platform.isFxApplicationThread()) {
            start.run();
        } else {
            Platform.runLater(start);
        }
        return result;
    }

    private void fetch(WritableImage image, Live state, Runnable done) {
        TileSource s = service.get();
        int gen = generation;
        state.loading = true;
        CompletableFuture<Tile> request;
        try {
            request = s.load(state.key);
        } catch (RuntimeException e) {
            request = CompletableFuture.failedFuture(e);
        }
        request.whenComplete((tile, error) -> Platform.runLater(() -> {
            state.loading = false;
            if (gen == generation || state.generation != generation) {
                if (tile != null) {
                    paint(image, tile.raster());
                    state.provisional = tile.provisional();
                    if (tile.provisional() && tile.retryIn() != null) {
                        retryLater(image, state, tile.retryIn());
                    }
                } else {
                    LOG.log(Level.WARNING, "Tile " + state.key + " failed; showing a neutral tile", error);
                    paint(image, NEUTRAL);
                    state.provisional = true;
                }
                state.generation = gen;
            }
            done.run();
        }));
    }

    /**
     * Asks again for a tile that failed, after the source's back-off, if it is still in view then and nothing else
     * reloaded it meanwhile: so a failed tile fills in by itself once the server delivers, without a pan. The timer
     * holds the image weakly, so a tile the map has dropped is not kept alive for it.
     */
    private void retryLater(WritableImage image, Live state, Duration delay) {
        WeakReference<WritableImage> ref = new WeakReference<>(image);
        int gen = generation;
        int token = ++state.retry;
        Runnable retry = () -> {
            WritableImage img = ref.get();
            if (img != null && token == state.retry && gen == generation && state.provisional && !state.loading
                    && viewport != null && viewport.contains(state.key)) {
                fetch(img, state, () -> { });
            }
        };
        if (delay.isZero()) {
            Platform.runLater(retry);
        } else {
            // a timer thread rather than an FX animation: a running animation keeps the FX pulse going
            retryTimer.schedule(() -> Platform.runLater(retry), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** How many tiles in view show a stand-in (offline basemap, stale copy) or are still loading. */
    public int provisionalInView() {
        if (viewport == null) {
            return 0;
        }
        return (int) live.values().stream().filter(l -> (l.provisional || l.loading) && viewport.contains(l.key)).count();
    }

    private void reloadInView() {
        if (viewport == null) {
            return;
        }
        List<Map.Entry<WritableImage, Live>> due = new ArrayList<>();
        for (Map.Entry<WritableImage, Live> e : live.entrySet()) {
            Live l = e.getValue();
            if (!l.loading && (l.provisional || l.generation != generation) && viewport.contains(l.key)) {
                due.add(e);
            }
        }
        due.forEach(e -> fetch(e.getKey(), e.getValue(), () -> { }));
    }

    private static ScheduledThreadPoolExecutor retryTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "tiles-map-retry");
            t.setDaemon(true);
            return t;
        });
        timer.setKeepAliveTime(30, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static RasterTile neutral() {
        int size = WebMercator.TILE_SIZE;
        int[] px = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                px[y * size + x] = x % 64 == 0 || y % 64 == 0 ? 0xFFDDD8CC : 0xFFF3F0E8;
            }
        }
        return new RasterTile(size, size, px);
    }

    /** A new image of a raster. */
    public static WritableImage imageOf(RasterTile raster) {
        WritableImage image = new WritableImage(raster.width(), raster.height());
        paint(image, raster);
        return image;
    }

    private static void paint(WritableImage image, RasterTile raster) {
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.argb(), 0, raster.width());
    }
}
