package org.zgcparks.explorer.tiles;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The map's tile stack: the chosen source (a tile server or an MBTiles file), then the disk cache, then the
 * offline basemap. A fresh cached tile is shown without asking the server; a stale one is revalidated; when the
 * server cannot be reached the stale copy or the offline basemap stands in, marked provisional, and the service
 * goes {@link NetworkStatus#OFFLINE}: from then on it sends one probe request at most every
 * {@link #PROBE_INTERVAL} (or at once on {@link #retry()}) and tells its listeners to reload provisional tiles
 * when the server answers again. A tile the server refuses or spoils (an HTTP error, a broken, short or non-image
 * body) is marked to be asked for again after a back-off ({@link Tile#retryIn()}): 2 s, doubling up to 10 minutes,
 * never before the server's Retry-After, and not at all once it has left the view.
 */
public final class LayeredTileSource implements TileSource {

    private static final Logger LOG = Logger.getLogger(LayeredTileSource.class.getName());
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(30);
    /** The wait before a tile that failed (HTTP error, broken or non-image body) is asked for again; it doubles. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY = Duration.ofMinutes(10);
    private static final int MAX_FAILURES_KEPT = 10_000;

    private final TileSourceChoice spec;
    private final TileSourceInfo info;
    private final UrlTemplate template;
    private final HttpTileFetcher fetcher;
    private final DiskTileCache cache;
    private final String cacheSource;
    private final MbTilesSource mbtiles;
    private final OfflineBasemap basemap;
    private final boolean stayOffline;
    private final Clock clock;
    private final TileStats stats = new TileStats();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Tiles that failed, with how often and when they may be asked for again; cleared when one arrives. */
    private final ConcurrentHashMap<TileKey, Failure> failures = new ConcurrentHashMap<>();

    private record Failure(int count, Instant notBefore) {
    }

    private volatile TileViewport viewport;
    private volatile NetworkStatus status;
    private volatile Instant nextProbe = Instant.MIN;
    private volatile boolean closed;

    /**
     * @param fetcher     the HTTP side, for network sources (null otherwise)
     * @param cache       the disk cache for network sources (null: no cache)
     * @param mbtiles     the open file, for an MBTiles source (null otherwise)
     * @param stayOffline never contact the server (cached tiles and the offline basemap only)
     */
    LayeredTileSource(TileSourceChoice spec, String name, HttpTileFetcher fetcher, DiskTileCache cache,
                       MbTilesSource mbtiles, OfflineBasemap basemap, boolean stayOffline, Clock clock) {
        this.spec = spec;
        this.template = spec.urlTemplate().orElse(null);
        this.fetcher = template == null ? null : fetcher;
        this.cache = template == null ? null : cache;
        this.cacheSource = template == null ? null : template.cacheKey();
        this.mbtiles = mbtiles;
        this.basemap = basemap;
        this.stayOffline = stayOffline;
        this.clock = clock;
        this.info = new TileSourceInfo(name, template != null, spec.attribution(), spec.attributionUrl());
        this.status = template == null ? NetworkStatus.LOCAL : stayOffline ? NetworkStatus.OFFLINE : NetworkStatus.ONLINE;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> daemon(r, "tiles-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tiles-retry"));
        if (template != null && !stayOffline) {
            long period = PROBE_INTERVAL.toMillis();
            timer.scheduleWithFixedDelay(this::periodicRetry, period, period, TimeUnit.MILLISECONDS);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public TileSourceChoice spec() {
        return spec;
    }

    @Override
    public CompletableFuture<Tile> load(TileKey key) {
        stats.started();
        CompletableFuture<Tile> result;
        try {
            result = CompletableFuture.supplyAsync(() -> start(key), workers).thenCompose(f -> f);
        } catch (RejectedExecutionException shuttingDown) {
            result = CompletableFuture.completedFuture(offline(key, true));
        }
        return result.exceptionally(e -> {
            if (closed) {
                return offline(key, true);
            }
            LOG.log(Level.WARNING, "Tile " + key + " failed unexpectedly; showing the offline basemap", e);
            return offline(key, true);
        }).whenComplete((t, e) -> stats.finished(t == null ? null : t.origin()));
    }

    private CompletableFuture<Tile> start(TileKey key) {
        if (closed) {
            return CompletableFuture.completedFuture(offline(key, true));
        }
        if (mbtiles != null) {
            return CompletableFuture.completedFuture(fromFile(key));
        }
        if (template == null) {
            return CompletableFuture.completedFuture(offline(key, false));
        }
        Cached cached = readCache(key).orElse(null);
        Instant now = clock.instant();
        if (cached != null && cached.meta().isFresh(now)) {
            return CompletableFuture.completedFuture(new Tile(cached.raster(), Tile.Origin.CACHE, false));
        }
        if (stayOffline) {
            return CompletableFuture.completedFuture(fallback(key, cached, false));
        }
        Failure failure = failures.get(key);
        if (failure != null && now.isBefore(failure.notBefore())) {
            // never sooner than the back-off allows, whoever asks
            return CompletableFuture.completedFuture(fallback(key, cached, true)
                    .retryingIn(Duration.between(now, failure.notBefore())));
        }
        boolean probe = false;
        if (status == NetworkStatus.OFFLINE) {
            synchronized (this) {
                if (now.isBefore(nextProbe)) {
                    return CompletableFuture.completedFuture(fallback(key, cached, true));
                }
                nextProbe = now.plus(PROBE_INTERVAL);
                probe = true;
            }
        }
        boolean isProbe = probe;
        URI uri = template.expand(key);
        return fetcher.fetch(uri, cached == null ? null : cached.meta(), () -> isProbe || wanted(key))
                .thenApplyAsync(r -> handle(key, uri, r, cached), workers);
    }

    private boolean wanted(TileKey key) {
        TileViewport v = viewport;
        return status != NetworkStatus.OFFLINE && (v == null || v.contains(key));
    }

    private Tile handle(TileKey key, URI uri, FetchResult result, Cached cached) {
        Instant now = clock.instant();
        if (result instanceof FetchResult.Ok ok) {
            setStatus(NetworkStatus.ONLINE);
            try {
                RasterTile raster = TileDecoder.decode(ok.body());
                if (cache != null) {
                    cache.put(cacheSource, key, ok.body(), CacheMeta.fromHeaders(ok.headers(), now));
                }
                failures.remove(key);
                return new Tile(raster, Tile.Origin.NETWORK, false);
            } catch (IOException e) {
                Duration retry = failed(key, uri, now);
                LOG.warning("Tile " + key + " from " + uri.getHost() + " is unusable (" + e.getMessage()
                        + "); showing " + (cached != null ? "the cached copy" : "the offline basemap")
                        + "; asking again in " + retry.toSeconds() + " s");
                return fallback(key, cached, true).retryingIn(retry);
            }
        }
        if (result instanceof FetchResult.NotModified nm) {
            setStatus(NetworkStatus.ONLINE);
            failures.remove(key);
            if (cached != null) {
                cache.put(cacheSource, key, cached.bytes(), cached.meta().renewedBy(nm.headers(), now));
                return new Tile(cached.raster(), Tile.Origin.CACHE, false);
            }
            LOG.warning("Tile server " + uri.getHost() + " answered 304 to an unconditional request for " + key);
            return fallback(key, null, true);
        }
        if (result instanceof FetchResult.Failed failed) {
            setStatus(failed.networkDown() ? NetworkStatus.OFFLINE : NetworkStatus.ONLINE);
            String showing = cached != null ? "the cached copy" : "the offline basemap";
            if (failed.networkDown()) {
                // the server is unreachable: the offline probe brings every tile back when it answers again
                LOG.warning("Tile " + key + " from " + uri.getHost() + " failed: " + failed.reason() + "; showing " + showing);
                return fallback(key, cached, true);
            }
            Duration retry = failed(key, uri, now);
            LOG.warning("Tile " + key + " from " + uri.getHost() + " failed: " + failed.reason() + "; showing "
                    + showing + "; asking again in " + retry.toSeconds() + " s");
            return fallback(key, cached, true).retryingIn(retry);
        }
        FetchResult.Skipped skipped = (FetchResult.Skipped) result;
        LOG.fine(() -> "Tile " + key + " not requested: " + skipped.reason());
        if (status == NetworkStatus.OFFLINE) {
            return fallback(key, cached, true);
        }
        Duration wait = skipped.until() == null ? Duration.ZERO : Duration.between(now, skipped.until());
        return fallback(key, cached, true).retryingIn(wait.isNegative() ? Duration.ZERO : wait);
    }

    /**
     * Notes a failure of a tile and says when to ask again: {@link #FIRST_RETRY}, doubled at each failure in a row
     * up to {@link #MAX_RETRY}, and never before the host's Retry-After has passed.
     */
    private Duration failed(TileKey key, URI uri, Instant now) {
        if (failures.size() > MAX_FAILURES_KEPT) {
            failures.clear();
        }
        Failure f = failures.compute(key, (k, old) -> {
            int count = old == null ? 1 : Math.min(old.count() + 1, 30);
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(count - 1, 20));
            Instant at = now.plus(wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait);
            Instant hostWait = fetcher.backoffUntil(uri);
            return new Failure(count, hostWait.isAfter(at) ? hostWait : at);
        });
        return Duration.between(now, f.notBefore());
    }

    private Tile fromFile(TileKey key) {
        try {
            Optional<byte[]> bytes = mbtiles.read(key);
            if (bytes.isPresent()) {
                return new Tile(TileDecoder.decode(bytes.get()), Tile.Origin.LOCAL_FILE, false);
            }
        } catch (IOException e) {
            LOG.warning("Tile " + key + " of " + mbtiles.file() + " is unusable: " + e.getMessage());
        }
        return offline(key, false);
    }

    /** A cached tile and its decoded pixels. */
    private record Cached(byte[] bytes, CacheMeta meta, RasterTile raster) {
    }

    private Optional<Cached> readCache(TileKey key) {
        if (cache == null) {
            return Optional.empty();
        }
        Optional<DiskTileCache.Entry> entry = cache.get(cacheSource, key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cached(entry.get().bytes(), entry.get().meta(), TileDecoder.decode(entry.get().bytes())));
        } catch (IOException e) {
            LOG.warning("Cached tile " + key + " is unusable (" + e.getMessage() + "); discarding it");
            cache.remove(cacheSource, key);
            return Optional.empty();
        }
    }

    private Tile fallback(TileKey key, Cached cached, boolean provisional) {
        return cached != null ? new Tile(cached.raster(), Tile.Origin.STALE_CACHE, provisional) : offline(key, provisional);
    }

    private Tile offline(TileKey key, boolean provisional) {
        return new Tile(basemap.render(key), Tile.Origin.OFFLINE_BASEMAP, provisional);
    }

    private void setStatus(NetworkStatus s) {
        NetworkStatus old = status;
        if (old == s) {
            return;
        }
        status = s;
        if (s == NetworkStatus.OFFLINE) {
            synchronized (this) {
                nextProbe = clock.instant().plus(PROBE_INTERVAL);
            }
            LOG.warning("Tile server for " + info.name() + " cannot be reached; showing cached tiles and the offline basemap");
            fetcher.prune();
        }
        listeners.forEach(l -> l.statusChanged(s));
        if (old == NetworkStatus.OFFLINE && s == NetworkStatus.ONLINE) {
            LOG.info("Tile server for " + info.name() + " is reachable again");
            listeners.forEach(Listener::reloadProvisional);
        }
    }

    private void periodicRetry() {
        if (status == NetworkStatus.OFFLINE) {
            listeners.forEach(Listener::reloadProvisional);
        }
    }

    @Override
    public void setViewport(TileViewport v) {
        viewport = v;
        if (fetcher != null) {
            fetcher.prune();
        }
    }

    @Override
    public TileStats stats() {
        return stats;
    }

    @Override
    public TileSourceInfo info() {
        return info;
    }

    @Override
    public NetworkStatus status() {
        return status;
    }

    @Override
    public boolean isStayingOffline() {
        return stayOffline;
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void retry() {
        if (template == null || stayOffline) {
            return;
        }
        synchronized (this) {
            nextProbe = Instant.MIN;
        }
        failures.clear(); // the user asks now: only the server's own Retry-After still holds
        listeners.forEach(Listener::reloadProvisional);
    }

    @Override
    public void shutdown() {
        closed = true;
        workers.shutdown();
        timer.shutdownNow();
        if (mbtiles != null) {
            mbtiles.close();
        }
    }
}
