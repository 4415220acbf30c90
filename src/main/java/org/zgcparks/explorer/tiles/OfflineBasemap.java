package org.zgcparks.explorer.tiles;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.basemap.BasemapStyle;
import org.zgcparks.explorer.basemap.ReservedLabel;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/**
 * The map's offline basemap: Beijing's districts, water, towns and stations drawn by {@link BasemapRenderer} from
 * the bundled data, wherever no real tile can be had. It draws no parks (the park layer does; a second copy in the
 * tiles would show as a ghost while tiles of another zoom are scaled), but keeps room for the park labels, which
 * win over its own. Pure Java2D on off-screen images, so it runs on any thread and without a display.
 *
 * <p>The data is read and prepared in the background, on an executor the caller gives ({@link #loadInBackground},
 * {@link #deferred}: the app's task runner's); a tile asked for before it is ready waits for it on the tile thread
 * (never on the UI thread). Data that cannot be loaded gives tiles of a
 * plain background and one logged warning.
 */
public final class OfflineBasemap {

    private static final Logger LOG = Logger.getLogger(OfflineBasemap.class.getName());
    /** The longest a tile waits for the data to be ready before it is drawn as a plain background. */
    private static final long WAIT_SECONDS = 60;

    /** The renderer in the current language; replaced (never mutated) by {@link #setLanguage}. */
    private volatile CompletableFuture<BasemapRenderer> renderer;
    private volatile BasemapStyle.Palette palette = BasemapStyle.Palette.LIGHT;
    private final AtomicBoolean warned = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private Runnable loader;
    /** Where the data is read and renderers in other languages are prepared (none for a basemap without data). */
    private volatile Executor background = Runnable::run;
    /** Set for a basemap without data, which draws the plain background without ever loading anything. */
    private final boolean noData;
    private volatile List<Park> parks = List.of();

    /**
     * A basemap without data: every tile is the plain background (for tests, tools and the start-up floor; it loads
     * no geometry classes until a tile is drawn).
     */
    public OfflineBasemap() {
        this.renderer = new CompletableFuture<>();
        this.noData = true;
    }

    /** A basemap drawn by the renderer this future gives (a failed future draws the plain background). */
    public OfflineBasemap(CompletableFuture<BasemapRenderer> renderer) {
        this.renderer = renderer;
        this.noData = false;
        renderer.thenAccept(this::reserve);
    }

    /** The renderer of no data, made when first needed. */
    private static final class Plain {
        static final BasemapRenderer RENDERER = new BasemapRenderer(Basemap.EMPTY, Locale.ENGLISH);
    }

    /**
     * Starts reading the bundled basemap (or {@code replacement}, a file in the same format, if given) and preparing
     * it for drawing on {@code background}, labelled in this language (zh, en or ru; see {@link BasemapRenderer}).
     */
    public static OfflineBasemap loadInBackground(Locale language, Optional<Path> replacement, Executor background) {
        OfflineBasemap basemap = deferred(language, replacement, background);
        basemap.start();
        return basemap;
    }

    /**
     * Like {@link #loadInBackground}, but the loading begins only at {@link #start()} (the app starts it once its
     * window is complete, so that the work does not compete with the start-up for the processor); tiles asked for
     * before then wait for it on their own threads.
     */
    public static OfflineBasemap deferred(Locale language, Optional<Path> replacement, Executor background) {
        CompletableFuture<BasemapRenderer> future = new CompletableFuture<>();
        OfflineBasemap basemap = new OfflineBasemap(future);
        basemap.background = background;
        basemap.loader = () -> background.execute(() -> {
            try {
                BasemapLoader loader = new BasemapLoader();
                Basemap data = replacement.map(loader::load).orElseGet(loader::loadBundled);
                future.complete(new BasemapRenderer(data, language));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        });
        return basemap;
    }

    /**
     * Labels the map in another language from now on (the window's language was switched): a renderer for the same
     * data in that language is prepared in the background, and tiles asked for meanwhile wait for it. Does nothing
     * for a basemap without data or one already in that language.
     */
    public synchronized void setLanguage(Locale language) {
        if (noData) {
            return;
        }
        CompletableFuture<BasemapRenderer> next = renderer.thenApplyAsync(
                r -> r.language().equals(language) ? r : new BasemapRenderer(r.basemap(), language), background);
        next.thenAccept(this::reserve);
        renderer = next;
    }

    /**
     * Draws the map's tiles in this palette from now on (the window's theme was switched); fact sheets ask for
     * {@link #renderer()} and stay in the light one.
     *
     * @return whether the palette changed (the tiles on screen then need drawing again)
     */
    public boolean setPalette(BasemapStyle.Palette palette) {
        boolean changed = this.palette != palette;
        this.palette = palette;
        return changed;
    }

    /** Begins loading a {@link #deferred} basemap; does nothing if it was started before or is not deferred. */
    public void start() {
        if (loader != null && started.compareAndSet(false, true)) {
            loader.run();
        }
    }

    /**
     * The renderer, once the data is ready (waiting for it up to a minute: call off the UI thread); empty if
     * it failed or is late. The renderer of a basemap that could not be loaded draws the plain background.
     */
    public Optional<BasemapRenderer> renderer() {
        if (noData) {
            return Optional.of(Plain.RENDERER);
        }
        try {
            return Optional.of(renderer.get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            if (warned.compareAndSet(false, true)) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                // one line, no stack trace: the export command logs to the terminal
                LOG.warning("The offline basemap is not available (" + (cause.getMessage() == null
                        ? cause.getClass().getSimpleName() : cause.getMessage()) + "); the map shows a plain background");
            }
            return Optional.empty();
        }
    }

    /**
     * Completes with the renderer once the data is ready (exceptionally if it could not be prepared), without
     * blocking: for callers such as a district layer that want the {@link Basemap} on their own thread when it comes.
     */
    public CompletableFuture<BasemapRenderer> ready() {
        return noData ? CompletableFuture.completedFuture(Plain.RENDERER) : renderer.copy();
    }

    /**
     * The credit line the basemap's data requires, to show wherever the basemap is visible; without waiting: the
     * bundled data's credit while it loads, empty once it is known that there is no data to credit.
     */
    public String attribution() {
        return hasNoData() ? "" : renderer.isDone() ? renderer.join().basemap().attribution()
                : BasemapLoader.bundledAttribution();
    }

    /** The same credit in one short line, for the corner of the map (the full text on hover); empty as above. */
    public String shortAttribution() {
        return hasNoData() ? "" : BasemapLoader.bundledShortAttribution();
    }

    /** Whether it is known, without waiting, that there is no data (no renderer, or one of an empty basemap). */
    private boolean hasNoData() {
        return noData
                || renderer.isDone() && (renderer.isCompletedExceptionally() || renderer.join().basemap().isEmpty());
    }

    /** Keeps room for these parks' labels (drawn by the park layer, over the basemap) from now on. */
    public void setParks(List<Park> parks) {
        this.parks = List.copyOf(parks);
        renderer.thenAccept(this::reserve);
    }

    private synchronized void reserve(BasemapRenderer r) {
        List<ReservedLabel> boxes = new ArrayList<>();
        for (Park p : parks) {
            boxes.add(reservation(p, r.language()));
        }
        r.reserveParkLabels(boxes);
    }

    /**
     * The room a park's label takes, roughly as the park layer lays it out (12 px type in a box up to 170 px wide,
     * wrapped when longer; centred on an outlined park, just below a marker), from the zoom at which the park layer
     * starts to label that kind of park.
     */
    static ReservedLabel reservation(Park p, Locale language) {
        String name = p.names().in(language);
        double width = 10;
        for (int i = 0; i < name.length(); i++) {
            width += Character.isIdeographic(name.codePointAt(i)) ? 12.5 : 7;
        }
        double lines = Math.ceil(width / 170);
        double height = lines * 16 + 4;
        if (p.outline().isEmpty()) {
            height = 2 * (height + 8); // the label hangs below the marker: a box centred on it covers both
        }
        int minZoom = switch (p.kind()) {
            case DEVELOPMENT_ZONE, SUB_PARK -> 0;
            case SCIENCE_CITY, CLUSTER -> 11;
            default -> 13;
        };
        GeoPoint c = p.centre();
        return new ReservedLabel(c.lon(), c.lat(), Math.min(width, 170), height, minZoom);
    }

    /** Renders one 256-pixel tile. */
    public RasterTile render(TileKey key) {
        int size = WebMercator.TILE_SIZE;
        BufferedImage img = renderImage(key.zoom(), key.x() * (double) size, key.y() * (double) size, size, size);
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        return new RasterTile(size, size, argb);
    }

    /**
     * Renders a window of the map at an integer zoom, whose top-left corner is at world pixel ({@code left},
     * {@code top}). Used for tiles and for larger images such as fact-sheet maps.
     */
    public BufferedImage renderImage(int zoom, double left, double top, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            renderer().orElse(Plain.RENDERER).withPalette(palette).draw(g, zoom, left, top, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * An outline's rings as a Java2D path in the pixels of a map window at an integer zoom whose top-left corner is
     * world pixel ({@code left}, {@code top}); holes and separate parts follow the even-odd rule.
     */
    public static Path2D.Double path(List<Ring> parts, int zoom, double left, double top) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Ring ring : parts) {
            boolean first = true;
            for (GeoPoint p : ring.points()) {
                double x = WebMercator.lonToPixelX(p.lon(), zoom) - left;
                double y = WebMercator.latToPixelY(p.lat(), zoom) - top;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }
}
