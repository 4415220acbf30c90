package org.zgcparks.explorer.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.basemap.BasemapStyle;
import org.zgcparks.explorer.basemap.PlacedLabel;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

class OfflineBasemapTest {

    /** Where the basemaps under test load in the background (the app gives its task runner's pool). */
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static TileKey tileAt(double lon, double lat, int z) {
        return new TileKey(z, (long) (WebMercator.lonToPixelX(lon, z) / 256), (long) (WebMercator.latToPixelY(lat, z) / 256));
    }

    @Test
    void theBasemapDrawsNoParksOnlyKeepsRoomForTheirLabels() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        OfflineBasemap withParks = new OfflineBasemap(CompletableFuture.completedFuture(
                new BasemapRenderer(new BasemapLoader().loadBundled(), Locale.ENGLISH)));
        withParks.setParks(ds.parks());
        OfflineBasemap without = new OfflineBasemap(CompletableFuture.completedFuture(
                new BasemapRenderer(new BasemapLoader().loadBundled(), Locale.ENGLISH)));
        int compared = 0;
        for (Park park : ds.parks()) {
            if (park.outline().isEmpty()) {
                continue;
            }
            for (int z : new int[] {11, 13, 15}) {
                TileKey key = tileAt(park.centre().lon(), park.centre().lat(), z);
                int[] a = withParks.render(key).argb();
                int[] b = without.render(key).argb();
                // the two differ only where a basemap label was moved out of a park label's way
                List<PlacedLabel> labels = new ArrayList<>();
                labels.addAll(withParks.renderer().orElseThrow().labels(z, key.x() * 256.0, key.y() * 256.0, 256, 256));
                labels.addAll(without.renderer().orElseThrow().labels(z, key.x() * 256.0, key.y() * 256.0, 256, 256));
                for (int i = 0; i < a.length; i++) {
                    double px = key.x() * 256.0 + i % 256, py = key.y() * 256.0 + i / 256;
                    if (a[i] != b[i]) {
                        assertTrue(labels.stream().anyMatch(l -> l.meets(px - 4, py - 4, 8, 8)),
                                park.id() + " z" + z + ": a pixel outside every label differs, so the park is drawn");
                    }
                }
                compared++;
            }
        }
        assertTrue(compared > 30);
    }

    @Test
    void aCorruptBasemapFileGivesPlainBackgroundTilesAndAWarning(@TempDir Path dir) throws IOException {
        byte[] data;
        try (InputStream in = BasemapLoader.class.getResourceAsStream(BasemapLoader.RESOURCE)) {
            data = in.readAllBytes();
        }
        Path file = dir.resolve("basemap.bin");
        Files.write(file, Arrays.copyOf(data, data.length - 100));
        List<LogRecord> warnings = new ArrayList<>();
        Handler h = new Handler() {
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
        Logger log = Logger.getLogger(BasemapLoader.class.getName());
        log.addHandler(h);
        try {
            OfflineBasemap basemap = OfflineBasemap.loadInBackground(Locale.ENGLISH, Optional.of(file), background);
            RasterTile tile = basemap.render(tileAt(116.31, 39.98, 12));
            assertEquals(1, Arrays.stream(tile.argb()).distinct().count(), "one flat colour");
            assertEquals(BasemapStyle.OUTSIDE.getRGB(), tile.argb()[0]);
            assertEquals(1, warnings.size());
            assertTrue(basemap.attribution().isEmpty(), "no data, nothing to credit");
        } finally {
            log.removeHandler(h);
        }
    }

    @Test
    void aFailedLoadGivesPlainBackgroundTilesNotAnError() {
        OfflineBasemap basemap = new OfflineBasemap(CompletableFuture.failedFuture(new IllegalStateException("boom")));
        RasterTile tile = basemap.render(tileAt(116.31, 39.98, 12));
        assertEquals(1, Arrays.stream(tile.argb()).distinct().count());
        assertTrue(basemap.renderer().isEmpty());
    }

    @Test
    void theBundledBasemapIsCreditedAndDrawsBeijing() {
        OfflineBasemap basemap = OfflineBasemap.loadInBackground(Locale.ENGLISH, Optional.empty(), background);
        assertTrue(basemap.attribution().contains("OpenStreetMap"), "credited at once, while it loads");
        RasterTile tile = basemap.render(tileAt(116.31, 39.98, 9));
        assertTrue(Arrays.stream(tile.argb()).distinct().count() > 20, "lines, labels and areas");
        assertFalse(basemap.renderer().orElseThrow().basemap().isEmpty());
        assertTrue(basemap.attribution().contains("GeoNames"));
        assertEquals(Basemap.EMPTY, new OfflineBasemap().renderer().orElseThrow().basemap());
    }

    @Test
    void theServiceCountsTilesAndNeverFails() throws Exception {
        LayeredTileSource service = TileSourceFactory.offlineOnly(new OfflineBasemap());
        try {
            Tile t = service.load(new TileKey(10, 843, 388)).get(10, TimeUnit.SECONDS);
            assertEquals(256, t.raster().width());
            assertEquals(Tile.Origin.OFFLINE_BASEMAP, t.origin());
            assertFalse(t.provisional(), "the offline source has nothing better to offer");
            assertEquals(NetworkStatus.LOCAL, service.status());
            assertEquals(1, service.stats().loaded());
            assertEquals(0, service.stats().pending());
        } finally {
            service.shutdown();
        }
    }

    @Test
    void switchingTheLanguageRelabelsTheMap() throws Exception {
        OfflineBasemap basemap = OfflineBasemap.loadInBackground(Locale.ENGLISH, Optional.empty(), background);
        assertTrue(districtNamesAroundHaidian(basemap).contains("Haidian"), "English first");
        basemap.setLanguage(Locale.CHINESE);
        assertEquals(Locale.CHINESE, basemap.renderer().orElseThrow().language());
        List<String> zh = districtNamesAroundHaidian(basemap);
        assertTrue(zh.contains("海淀区"), "then Chinese: " + zh);
        assertFalse(zh.contains("Haidian"), "and no English left: " + zh);
    }

    private static List<String> districtNamesAroundHaidian(OfflineBasemap basemap) {
        int zoom = 9;
        double x = WebMercator.lonToPixelX(116.30, zoom) - 256;
        double y = WebMercator.latToPixelY(40.03, zoom) - 256;
        return basemap.renderer().orElseThrow().labels(zoom, x, y, 512, 512).stream()
                .map(PlacedLabel::text).toList();
    }
}
