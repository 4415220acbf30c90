package org.zgcparks.explorer.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.Park;

class OfflineBasemapTest {

    @Test
    void aTileOverAParkShowsItsOutlineAndIsNotUniform() throws Exception {
        Park fengtai = new DatasetLoader().loadBundled().park("fengtai-park").orElseThrow();
        OfflineBasemap basemap = new OfflineBasemap();
        basemap.setParks(java.util.List.of(fengtai));
        int z = 13;
        double px = WebMercator.lonToPixelX(fengtai.centre().lon(), z);
        double py = WebMercator.latToPixelY(fengtai.centre().lat(), z);
        TileKey key = new TileKey(z, (long) (px / 256), (long) (py / 256));
        RasterTile tile = basemap.render(key);
        assertEquals(256 * 256, tile.argb().length);
        int centre = tile.argb()[(int) (py % 256) * 256 + (int) (px % 256)];
        assertEquals(OfflineBasemap.PARK_FILL.getRGB(), centre, "the park's inside is filled");
        assertTrue(Arrays.stream(tile.argb()).distinct().count() > 2, "background, outline and fill at least");
    }

    @Test
    void graticuleSpacingShrinksAsYouZoomIn() {
        assertTrue(OfflineBasemap.graticuleSpacing(5) > OfflineBasemap.graticuleSpacing(10));
        assertTrue(OfflineBasemap.graticuleSpacing(10) > OfflineBasemap.graticuleSpacing(15));
    }

    @Test
    void theServiceCountsTilesAndNeverFails() throws Exception {
        LayeredTileService service = TileServices.offlineOnly(new OfflineBasemap());
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
}
