package org.zgcparks.explorer.tiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a {@link TileSource} for a {@link TileSourceChoice}. It owns what all of them share: one HTTP client, the
 * per-host request limits and back-off, and one disk cache (one folder per source, one size cap for all).
 */
public final class TileSourceFactory {

    /** The OpenStreetMap policy's default: at most two connections per tile server. */
    public static final int MAX_REQUESTS_PER_HOST = 2;
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final DiskTileCache cache;
    private final HttpTileFetcher fetcher;
    private final OfflineBasemap basemap;
    private final Clock clock;

    /**
     * @param cacheRoot  the folder of the disk cache (in the user's cache folder)
     * @param userAgent  sent with every request, e.g. {@code ZGCParksExplorer/0.1.0 (+https://…)}
     */
    public TileSourceFactory(Path cacheRoot, long cacheCapBytes, String userAgent, OfflineBasemap basemap,
                        Duration timeout, int maxPerHost, Clock clock) {
        this.cache = new DiskTileCache(cacheRoot, cacheCapBytes, clock);
        this.basemap = basemap;
        this.clock = clock;
        this.fetcher = new HttpTileFetcher(() -> {
            AtomicInteger n = new AtomicInteger();
            ExecutorService http = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "tiles-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            return HttpTileFetcher.newClient(http, timeout);
        }, userAgent, timeout, maxPerHost, clock);
    }

    /** The defaults of the app: 10 s timeout, two requests per host, the system clock. */
    public TileSourceFactory(Path cacheRoot, long cacheCapBytes, String userAgent, OfflineBasemap basemap) {
        this(cacheRoot, cacheCapBytes, userAgent, basemap, REQUEST_TIMEOUT, MAX_REQUESTS_PER_HOST, Clock.systemUTC());
    }

    public DiskTileCache cache() {
        return cache;
    }

    public OfflineBasemap basemap() {
        return basemap;
    }

    /**
     * A service for a source.
     *
     * @param stayOffline never contact a server: cached tiles and the offline basemap only
     * @throws IOException if an MBTiles file cannot be opened (the message says why)
     */
    public LayeredTileSource create(TileSourceChoice spec, boolean stayOffline) throws IOException {
        if (spec instanceof TileSourceChoice.MbTiles mb) {
            MbTilesSource file = MbTilesSource.open(mb.file());
            TileSourceChoice withCredit = mb.attribution().isBlank() && !file.attribution().isBlank()
                    ? new TileSourceChoice.MbTiles(mb.file(), file.attribution()) : mb;
            return new LayeredTileSource(withCredit, file.name(), null, null, file, basemap, false, clock);
        }
        String name = "Offline basemap";
        if (spec instanceof TileSourceChoice.Osm) {
            name = "OpenStreetMap";
        } else if (spec instanceof TileSourceChoice.Xyz xyz) {
            name = xyz.template().isOpenStreetMap() ? "OpenStreetMap" : xyz.template().expand(new TileKey(0, 0, 0)).getHost();
        }
        return new LayeredTileSource(spec, name, fetcher, cache, null, basemap, stayOffline, clock);
    }

    /** The offline basemap alone. */
    public static LayeredTileSource offlineOnly(OfflineBasemap basemap) {
        return new LayeredTileSource(new TileSourceChoice.Offline(), "Offline basemap", null, null, null, basemap,
                false, Clock.systemUTC());
    }
}
