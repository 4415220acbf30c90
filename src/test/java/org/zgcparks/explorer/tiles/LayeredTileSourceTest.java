package org.zgcparks.explorer.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tile stack against a real HTTP server on 127.0.0.1: policy, cache, failures, back-off, offline and back. */
class LayeredTileSourceTest {

    static final String UA = "ZGCParksExplorer/9.9 (+https://example.invalid/zgc)";
    static final TileKey KEY = new TileKey(12, 3372, 1552);
    static final int RED = Color.RED.getRGB();

    @TempDir
    Path dir;
    TestTileServer server;
    TestClock clock = new TestClock();
    List<LayeredTileSource> services = new ArrayList<>();
    final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    final Logger tilesLogger = Logger.getLogger("org.zgcparks.explorer.tiles");
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        server = new TestTileServer();
        tilesLogger.addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        tilesLogger.removeHandler(capture);
        services.forEach(LayeredTileSource::shutdown);
        server.close();
    }

    TileSourceFactory factory(int maxPerHost) {
        return new TileSourceFactory(dir.resolve("cache"), 50L << 20, UA, new OfflineBasemap(), Duration.ofSeconds(1),
                maxPerHost, clock);
    }

    LayeredTileSource service(String template) throws IOException {
        return service(factory(2), template);
    }

    LayeredTileSource service(TileSourceFactory f, String template) throws IOException {
        LayeredTileSource s = f.create(new TileSourceChoice.Xyz(UrlTemplate.parse(template, List.of(), ""), "Test tiles", ""), false);
        services.add(s);
        return s;
    }

    static Tile get(CompletableFuture<Tile> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void sendsTheAppsOwnUserAgentAndCachesTiles() throws Exception {
        Tile t = get(service(server.template()).load(KEY));
        assertEquals(Tile.Origin.NETWORK, t.origin());
        assertEquals(RED, t.raster().argb()[1000]);
        assertEquals(1, server.count());
        assertEquals("/12/3372/1552.png", server.requests.get(0).path());
        assertEquals(UA, server.requests.get(0).header("User-Agent"));
        assertNull(System.getProperty("http.agent"), "never the JVM-wide agent");

        // a second run (a new factory on the same cache folder) serves it from disk without a request
        Tile again = get(service(factory(2), server.template()).load(KEY));
        assertEquals(Tile.Origin.CACHE, again.origin());
        assertEquals(RED, again.raster().argb()[1000]);
        assertEquals(1, server.count());
    }

    @Test
    void expiredTilesAreRevalidatedAndA304KeepsTheCachedImage() throws Exception {
        server.handler = (ex, r) -> {
            if ("\"v1\"".equals(r.header("If-None-Match"))) {
                TestTileServer.send(ex, 304, null, Map.of("Cache-Control", "max-age=600"));
            } else {
                TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of("Cache-Control", "max-age=60",
                        "ETag", "\"v1\"", "Last-Modified", "Sun, 01 Nov 2026 00:00:00 GMT"));
            }
        };
        LayeredTileSource s = service(server.template());
        assertEquals(Tile.Origin.NETWORK, get(s.load(KEY)).origin());
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Tile.Origin.CACHE, get(s.load(KEY)).origin());
        assertEquals(1, server.count(), "fresh: no request");

        clock.advance(Duration.ofSeconds(60));
        Tile revalidated = get(s.load(KEY));
        assertEquals(2, server.count());
        assertEquals("\"v1\"", server.requests.get(1).header("If-None-Match"));
        assertEquals("Sun, 01 Nov 2026 00:00:00 GMT", server.requests.get(1).header("If-Modified-Since"));
        assertEquals(Tile.Origin.CACHE, revalidated.origin());
        assertFalse(revalidated.provisional());
        assertEquals(RED, revalidated.raster().argb()[5]);

        clock.advance(Duration.ofSeconds(300));
        assertEquals(Tile.Origin.CACHE, get(s.load(KEY)).origin());
        assertEquals(2, server.count(), "the 304's max-age renewed the tile");
    }

    @Test
    void withoutCacheHeadersATileStaysFreshForSevenDays() throws Exception {
        server.handler = (ex, r) -> TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of());
        LayeredTileSource s = service(server.template());
        get(s.load(KEY));
        clock.advance(Duration.ofDays(6));
        get(s.load(KEY));
        assertEquals(1, server.count());
        clock.advance(Duration.ofDays(2));
        get(s.load(KEY));
        assertEquals(2, server.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"404", "500", "not-an-image", "truncated", "timeout", "slow-body", "too-large"})
    void everyFailureEndsInAnOfflineTileAndAWarning(String failure) throws Exception {
        server.handler = (ex, r) -> {
            switch (failure) {
                case "404" -> TestTileServer.send(ex, 404, "no such tile".getBytes(), Map.of());
                case "500" -> TestTileServer.send(ex, 500, "oops".getBytes(), Map.of());
                case "not-an-image" -> TestTileServer.send(ex, 200, "<html>login</html>".getBytes(), Map.of());
                case "truncated" -> {
                    byte[] png = TestTileServer.png(Color.RED);
                    ex.sendResponseHeaders(200, png.length);
                    ex.getResponseBody().write(png, 0, png.length / 3);
                    ex.getResponseBody().flush();
                    throw new IOException("connection dropped");
                }
                case "timeout" -> server.awaitRelease();
                case "slow-body" -> {
                    ex.sendResponseHeaders(200, 100_000);
                    ex.getResponseBody().write(new byte[10]);
                    ex.getResponseBody().flush();
                    server.awaitRelease();
                }
                default -> TestTileServer.send(ex, 200, new byte[HttpTileFetcher.MAX_BODY_BYTES + 10], Map.of());
            }
        };
        LayeredTileSource s = service(server.template());
        CompletableFuture<Tile> f = s.load(KEY);
        Tile t = get(f);
        assertFalse(f.isCompletedExceptionally());
        assertEquals(Tile.Origin.OFFLINE_BASEMAP, t.origin());
        assertTrue(t.provisional(), "worth loading again later");
        assertNotEquals(0, t.raster().argb()[0] >>> 24, "an opaque basemap tile, not a blank");
        waitUntil(() -> !warnings.isEmpty(), "a warning is logged");
        assertTrue(warnings.stream().anyMatch(w -> w.getMessage().contains(KEY.toString())), warnings.toString());
        assertEquals(0, s.stats().pending());
    }

    @Test
    void a429MakesTheAppWaitAsLongAsRetryAfterSays() throws Exception {
        server.handler = (ex, r) -> TestTileServer.send(ex, 429, new byte[0], Map.of("Retry-After", "120"));
        LayeredTileSource s = service(server.template());
        assertEquals(Tile.Origin.OFFLINE_BASEMAP, get(s.load(KEY)).origin());
        assertEquals(1, server.count());
        for (int i = 0; i < 5; i++) {
            get(s.load(new TileKey(12, 3373 + i, 1552)));
        }
        assertEquals(1, server.count(), "no request while backing off");
        clock.advance(Duration.ofSeconds(121));
        server.handler = (ex, r) -> TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of());
        assertEquals(Tile.Origin.NETWORK, get(s.load(new TileKey(12, 3380, 1552))).origin());
        assertEquals(2, server.count());
    }

    @Test
    void aFailedTileIsAskedForAgainAfterABackOffThatDoublesAndNeverSooner() throws Exception {
        server.handler = (ex, r) -> TestTileServer.send(ex, 500, "oops".getBytes(), Map.of());
        LayeredTileSource s = service(server.template());
        Tile first = get(s.load(KEY));
        assertTrue(first.provisional());
        assertEquals(Duration.ofSeconds(2), first.retryIn());
        Tile early = get(s.load(KEY));
        assertEquals(1, server.count(), "no request before the back-off has passed");
        assertEquals(Duration.ofSeconds(2), early.retryIn());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(4), get(s.load(KEY)).retryIn(), "the second failure doubles the wait");
        assertEquals(2, server.count());
        clock.advance(Duration.ofSeconds(4));
        server.handler = (ex, r) -> TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of());
        Tile healed = get(s.load(KEY));
        assertEquals(Tile.Origin.NETWORK, healed.origin());
        assertNull(healed.retryIn());
    }

    @Test
    void aTileRefusedWith429IsAskedForAgainOnlyOnceRetryAfterHasPassed() throws Exception {
        server.handler = (ex, r) -> TestTileServer.send(ex, 429, new byte[0], Map.of("Retry-After", "120"));
        LayeredTileSource s = service(server.template());
        assertEquals(Duration.ofSeconds(120), get(s.load(KEY)).retryIn());
        Tile other = get(s.load(new TileKey(12, 3373, 1552)));
        assertEquals(Duration.ofSeconds(120), other.retryIn(), "a tile held back by the pause waits as long");
        assertEquals(1, server.count());
    }

    /** Makes the server hold each request until the test releases a permit. */
    Semaphore holdRequests() {
        Semaphore proceed = new Semaphore(0);
        server.handler = (ex, r) -> {
            proceed.acquireUninterruptibly();
            TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of());
        };
        return proceed;
    }

    @Test
    void atMostTwoRequestsAreInFlightPerHost() throws Exception {
        Semaphore proceed = holdRequests();
        LayeredTileSource s = service(server.template());
        List<CompletableFuture<Tile>> loads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            loads.add(s.load(new TileKey(12, 3370 + i, 1552)));
        }
        for (int served = 0; served < 6; served++) {
            int expected = Math.min(6, served + 2);
            waitUntil(() -> server.count() == expected, expected + " requests arrived");
            assertTrue(server.maxActive.get() <= 2, "at most 2 at once, saw " + server.maxActive.get());
            proceed.release();
        }
        for (CompletableFuture<Tile> f : loads) {
            assertEquals(Tile.Origin.NETWORK, get(f).origin());
        }
        assertEquals(2, server.maxActive.get());
        assertEquals(6, server.count());
    }

    @Test
    void queuedRequestsForTilesThatLeftTheViewAreNeverSent() throws Exception {
        Semaphore proceed = holdRequests();
        LayeredTileSource s = service(server.template());
        s.setViewport(new TileViewport(12, 3370, 3380, 1550, 1555));
        List<CompletableFuture<Tile>> inView = List.of(s.load(new TileKey(12, 3372, 1552)), s.load(new TileKey(12, 3373, 1552)));
        waitUntil(() -> server.count() == 2, "two requests in flight");
        List<CompletableFuture<Tile>> scrolledAway = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scrolledAway.add(s.load(new TileKey(12, 3374 + i, 1552)));
        }
        s.setViewport(new TileViewport(12, 100, 110, 100, 110));
        for (CompletableFuture<Tile> f : scrolledAway) {
            Tile t = get(f);
            assertEquals(Tile.Origin.OFFLINE_BASEMAP, t.origin());
            assertTrue(t.provisional());
        }
        proceed.release(10);
        for (CompletableFuture<Tile> f : inView) {
            get(f);
        }
        assertEquals(2, server.count(), "the dropped tiles were never requested");
    }

    @Test
    void aCorruptCacheFileIsDiscardedAndFetchedAgain() throws Exception {
        TileSourceFactory f = factory(2);
        LayeredTileSource s = service(f, server.template());
        get(s.load(KEY));
        String source = UrlTemplate.parse(server.template(), List.of(), "").cacheKey();
        Path file = f.cache().pathOf(source, KEY);
        assertTrue(Files.isRegularFile(file));
        Files.write(file, "garbage, not a tile".getBytes());

        Tile t = get(service(factory(2), server.template()).load(KEY));
        assertEquals(Tile.Origin.NETWORK, t.origin());
        assertEquals(2, server.count());
        assertTrue(f.cache().get(source, KEY).isPresent(), "the refetched tile replaced the corrupt file");
        assertTrue(warnings.stream().anyMatch(w -> w.getMessage().contains("corrupt")));
    }

    @Test
    void anUnreachableServerMeansOfflineUntilItAnswersAgain() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String template = "http://127.0.0.1:" + port + "/{z}/{x}/{y}.png";
        LayeredTileSource s = service(template);
        List<NetworkStatus> statuses = new CopyOnWriteArrayList<>();
        AtomicInteger reloads = new AtomicInteger();
        s.addListener(new TileSource.Listener() {
            @Override
            public void statusChanged(NetworkStatus st) {
                statuses.add(st);
            }

            @Override
            public void reloadProvisional() {
                reloads.incrementAndGet();
            }
        });
        Tile first = get(s.load(KEY));
        assertEquals(Tile.Origin.OFFLINE_BASEMAP, first.origin());
        assertTrue(first.provisional());
        assertEquals(NetworkStatus.OFFLINE, s.status());
        assertEquals(List.of(NetworkStatus.OFFLINE), statuses);

        try (TestTileServer back = new TestTileServer(port)) {
            // offline: no request until the probe interval has passed or the user retries
            get(s.load(new TileKey(12, 3373, 1552)));
            assertEquals(0, back.count());
            s.retry();
            assertEquals(1, reloads.get(), "Retry asks the map to reload its provisional tiles");
            Tile t = get(s.load(KEY));
            assertEquals(Tile.Origin.NETWORK, t.origin());
            assertEquals(NetworkStatus.ONLINE, s.status());
            assertEquals(List.of(NetworkStatus.OFFLINE, NetworkStatus.ONLINE), statuses);
            assertEquals(2, reloads.get(), "back online: provisional tiles are reloaded");
        }
    }

    @Test
    void stayingOfflineServesTheCacheAndNeverAsks() throws Exception {
        TileSourceFactory f = factory(2);
        get(service(f, server.template()).load(KEY));
        LayeredTileSource offline = f.create(new TileSourceChoice.Xyz(UrlTemplate.parse(server.template(), List.of(), ""), "", ""), true);
        services.add(offline);
        assertEquals(NetworkStatus.OFFLINE, offline.status());
        clock.advance(Duration.ofDays(30));
        Tile cached = get(offline.load(KEY));
        assertEquals(Tile.Origin.STALE_CACHE, cached.origin());
        assertEquals(RED, cached.raster().argb()[0]);
        assertEquals(Tile.Origin.OFFLINE_BASEMAP, get(offline.load(new TileKey(12, 1, 1))).origin());
        assertEquals(1, server.count());
    }
}
