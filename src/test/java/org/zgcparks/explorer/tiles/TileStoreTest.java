package org.zgcparks.explorer.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache's eviction, MBTiles reading, URL templates and freshness rules. */
class TileStoreTest {

    @TempDir
    Path dir;
    final TestClock clock = new TestClock();
    static final CacheMeta META = new CacheMeta(Instant.parse("2030-01-01T00:00:00Z"), "", "");

    @Test
    void theCacheCapEvictsTheLeastRecentlyUsedTiles() {
        byte[] tile = new byte[1000];
        long entry = entrySize(tile);
        DiskTileCache cache = new DiskTileCache(dir, 3 * entry, clock);
        TileKey a = new TileKey(5, 1, 1), b = new TileKey(5, 1, 2), c = new TileKey(5, 1, 3), d = new TileKey(5, 1, 4);
        cache.put("s", a, tile, META);
        clock.advance(Duration.ofSeconds(1));
        cache.put("s", b, tile, META);
        clock.advance(Duration.ofSeconds(1));
        cache.put("s", c, tile, META);
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.get("s", a).isPresent()); // a is now the most recently used
        clock.advance(Duration.ofSeconds(1));
        cache.put("s", d, tile, META);
        assertFalse(cache.get("s", b).isPresent(), "b was the least recently used");
        assertTrue(cache.get("s", a).isPresent());
        assertTrue(cache.get("s", c).isPresent());
        assertTrue(cache.get("s", d).isPresent());
        assertEquals(3 * entry, cache.sizeBytes());

        // recency survives a restart: a new cache on the same folder evicts the oldest use first (c)
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.get("s", a).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.get("s", d).isPresent());
        clock.advance(Duration.ofSeconds(1));
        DiskTileCache restarted = new DiskTileCache(dir, 3 * entry, clock);
        restarted.put("s", new TileKey(5, 1, 5), tile, META);
        assertFalse(restarted.get("s", c).isPresent());
        assertTrue(restarted.get("s", a).isPresent());

        restarted.setCapBytes(entry);
        assertEquals(entry, restarted.sizeBytes());
        restarted.clear();
        assertEquals(0, restarted.sizeBytes());
    }

    private long entrySize(byte[] tile) {
        DiskTileCache probe = new DiskTileCache(dir.resolve("probe"), 1L << 30, clock);
        probe.put("s", new TileKey(0, 0, 0), tile, META);
        return probe.sizeBytes();
    }

    @Test
    void aTruncatedCacheFileIsAMissAndIsDeleted() throws IOException {
        DiskTileCache cache = new DiskTileCache(dir, 1L << 20, clock);
        TileKey k = new TileKey(3, 2, 1);
        cache.put("s", k, new byte[500], META);
        Path file = cache.pathOf("s", k);
        byte[] raw = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(raw, raw.length - 100));
        assertFalse(cache.get("s", k).isPresent());
        assertFalse(Files.exists(file));
        assertTrue(Files.list(file.getParent()).noneMatch(p -> p.toString().endsWith(".tmp")), "no temp files left");
    }

    @Test
    void mbtilesReadsTheRightTileForZxyWithTheTmsRowFlip() throws Exception {
        Path file = dir.resolve("pack.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                st.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
                st.execute("INSERT INTO metadata VALUES ('name', 'Beijing pack'), ('attribution', '<a href=\"x\">© Pack makers</a>')");
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                Object[][] rows = {{1, 0, 1, Color.RED}, {1, 0, 0, Color.BLUE}, {1, 1, 1, Color.GREEN}};
                for (Object[] r : rows) {
                    ins.setInt(1, (Integer) r[0]);
                    ins.setInt(2, (Integer) r[1]);
                    ins.setInt(3, (Integer) r[2]);
                    ins.setBytes(4, TestTileServer.png((Color) r[3]));
                    ins.executeUpdate();
                }
            }
        }
        TileSourceFactory f = new TileSourceFactory(dir.resolve("cache"), 1L << 20, "test", new OfflineBasemap());
        LayeredTileSource s = f.create(new TileSourceChoice.MbTiles(file, ""), false);
        try {
            assertEquals("Beijing pack", s.info().name());
            assertEquals("© Pack makers", s.info().attribution());
            assertEquals(NetworkStatus.LOCAL, s.status());
            // XYZ row 0 at zoom 1 is TMS row 1
            assertEquals(Color.RED.getRGB(), load(s, new TileKey(1, 0, 0)).raster().argb()[0]);
            assertEquals(Color.BLUE.getRGB(), load(s, new TileKey(1, 0, 1)).raster().argb()[0]);
            assertEquals(Color.GREEN.getRGB(), load(s, new TileKey(1, 1, 0)).raster().argb()[0]);
            assertEquals(Tile.Origin.LOCAL_FILE, load(s, new TileKey(1, 1, 0)).origin());
            Tile missing = load(s, new TileKey(1, 1, 1));
            assertEquals(Tile.Origin.OFFLINE_BASEMAP, missing.origin());
            assertFalse(missing.provisional());
        } finally {
            s.shutdown();
        }
        Path notSqlite = Files.writeString(dir.resolve("bad.mbtiles"), "hello");
        IOException e = assertThrows(IOException.class, () -> f.create(new TileSourceChoice.MbTiles(notSqlite, ""), false));
        assertTrue(e.getMessage().contains("not an MBTiles file"), e.getMessage());
        IOException gone = assertThrows(IOException.class,
                () -> f.create(new TileSourceChoice.MbTiles(dir.resolve("none.mbtiles"), ""), false));
        assertTrue(gone.getMessage().contains("not found"));
    }

    static Tile load(TileSource s, TileKey k) throws Exception {
        return s.load(k).get(10, TimeUnit.SECONDS);
    }

    @Test
    void urlTemplatesExpandAndReportWhatIsWrong() {
        UrlTemplate t = UrlTemplate.parse("https://{s}.tiles.example.com/{z}/{x}/{-y}.png?key={apikey}", List.of(), "K1");
        assertEquals(List.of("a", "b", "c"), t.subdomains());
        assertEquals("https://c.tiles.example.com/3/2/7.png?key=K1", t.expand(new TileKey(3, 2, 0)).toString());
        assertEquals("https://a.tiles.example.com/3/1/5.png?key=K1", t.expand(new TileKey(3, 1, 2)).toString());
        assertFalse(t.isOpenStreetMap());
        assertFalse(t.cacheKey().contains("K1"), "the API key stays out of folder names");
        assertTrue(new TileSourceChoice.Osm().template().isOpenStreetMap());
        assertEquals("https://tile.openstreetmap.org/5/26/12.png", new TileSourceChoice.Osm().template()
                .expand(new TileKey(5, 26, 12)).toString());

        assertMessage("needs {z}, {x} and {y}", () -> UrlTemplate.parse("https://x.org/{z}/{x}.png", List.of(), ""));
        assertMessage("https:// or http://", () -> UrlTemplate.parse("ftp://x.org/{z}/{x}/{y}", List.of(), ""));
        assertMessage("unknown placeholder {zoom}", () -> UrlTemplate.parse("https://x.org/{zoom}/{x}/{y}", List.of(), ""));
        assertMessage("no key was given", () -> UrlTemplate.parse("https://x.org/{z}/{x}/{y}?k={apikey}", List.of(), ""));
        assertMessage("empty", () -> UrlTemplate.parse(" ", List.of(), ""));
    }

    @Test
    void anApiKeyIsPercentEncodedInTheUrlAndNeverShownInAMessage() {
        UrlTemplate t = UrlTemplate.parse("https://tiles.example.com/{z}/{x}/{y}.png?key={apikey}", List.of(), "s3cret key%&#x");
        URI uri = t.expand(new TileKey(3, 2, 1));
        assertEquals("https://tiles.example.com/3/2/1.png?key=s3cret%20key%25%26%23x", uri.toString());
        assertEquals("key=s3cret key%&#x", uri.getQuery(), "the server reads the key as typed");
        assertFalse(t.toString().contains("s3cret"));

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> UrlTemplate.parse("https://tiles.example.com/{z}/{x}/{y}.png?key={apikey}&x=<{s}>", List.of("a"), "s3cret key%"));
        assertFalse(bad.getMessage().contains("s3cret"), bad.getMessage());
    }

    static void assertMessage(String part, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void freshnessFollowsCacheControlThenExpiresThenSevenDays() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        assertEquals(now.plusSeconds(3600), meta(now, Map.of("Cache-Control", "public, max-age=3600")).expires());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"),
                meta(now, Map.of("Expires", "Tue, 03 Nov 2026 00:00:00 GMT")).expires());
        assertEquals(now, meta(now, Map.of("Cache-Control", "no-cache", "ETag", "\"x\"")).expires());
        assertEquals(now.plus(Duration.ofDays(7)), meta(now, Map.of()).expires());
        assertEquals(now.plusSeconds(120), HttpTileFetcher.retryAfter("120", now));
        assertEquals(Instant.parse("2026-11-01T00:05:00Z"), HttpTileFetcher.retryAfter("Sun, 01 Nov 2026 00:05:00 GMT", now));
    }

    static CacheMeta meta(Instant now, Map<String, String> headers) {
        Map<String, List<String>> h = new HashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return CacheMeta.fromHeaders(HttpHeaders.of(h, (a, b) -> true), now);
    }

    @Test
    void theViewportFollowsGluonsTileZoomAndCountsEdgeTilesAsInView() {
        TileViewport v = TileViewport.around(39.95, 116.40, 11.9, 800, 600);
        assertEquals(12, v.zoom());
        assertTrue(v.maxX() - v.minX() >= 3 && v.maxX() - v.minX() <= 5, v.toString());
        assertTrue(v.contains(new TileKey(12, v.minX() - 1, v.minY())));
        assertFalse(v.contains(new TileKey(12, v.minX() - 2, v.minY())));
        assertFalse(v.contains(new TileKey(11, v.minX() / 2, v.minY() / 2)));
    }
}
