package org.zgcparks.explorer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebMercatorTest {

    @Test
    void worldOriginAndCentre() {
        assertEquals(0, WebMercator.lonToPixelX(-180, 0), 1e-9);
        assertEquals(128, WebMercator.lonToPixelX(0, 0), 1e-9);
        assertEquals(128, WebMercator.latToPixelY(0, 0), 1e-9);
        assertEquals(0, WebMercator.latToPixelY(WebMercator.MAX_LATITUDE, 0), 1e-9);
        assertEquals(256 * 1024, WebMercator.worldSize(10), 1e-9);
    }

    @Test
    void beijingIsInTheKnownOsmTileAtZoom10() {
        // Tiananmen lies in OSM tile 10/843/388
        double x = WebMercator.lonToPixelX(116.3975, 10) / 256;
        double y = WebMercator.latToPixelY(39.9087, 10) / 256;
        assertEquals(843, (int) Math.floor(x));
        assertEquals(388, (int) Math.floor(y));
    }

    @ParameterizedTest
    @CsvSource({"39.9087,116.3975,0", "39.9087,116.3975,10.5", "40.0,116.31,17", "-33.8688,151.2093,12",
            "85.0,-179.9,3", "-85.0,179.9,18", "0,0,7.25"})
    void pixelsMatchTheClosedFormAndRoundTrip(double lat, double lon, double zoom) {
        double world = 256 * Math.pow(2, zoom);
        double expectedX = (lon + 180) / 360 * world;
        double phi = Math.toRadians(lat);
        double expectedY = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2 * world;
        double x = WebMercator.lonToPixelX(lon, zoom);
        double y = WebMercator.latToPixelY(lat, zoom);
        // same value to within 1e-9 of a pixel, relative to the size of the numbers at deep zooms
        assertEquals(expectedX, x, 1e-9 * Math.max(1, world / 256));
        assertEquals(expectedY, y, 1e-9 * Math.max(1, world / 256));
        assertEquals(lat, WebMercator.pixelYToLat(y, zoom), 1e-9);
        assertEquals(lon, WebMercator.pixelXToLon(x, zoom), 1e-9);
    }

    @Test
    void zoomToFitFillsTheGivenPixels() {
        // a span of 1/1024 of the world fills 256 px at zoom 10
        assertEquals(10, WebMercator.zoomToFit(1.0 / 1024, 256), 1e-9);
    }
}
