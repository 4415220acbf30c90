package org.zgcparks.explorer.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapLoaderTest {

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getLogger(BasemapLoader.class.getName());
    private final Handler handler = new Handler() {
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
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    static byte[] bundledBytes() throws IOException {
        try (InputStream in = BasemapLoader.class.getResourceAsStream(BasemapLoader.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theBundledBasemapHasEveryLayerOfThePack() {
        Basemap b = new BasemapLoader().loadBundled();
        assertEquals(16, b.districts().size());
        assertEquals(8, b.water().size());
        assertEquals(8, b.urban().size());
        assertEquals(239, b.places().size());
        assertEquals(650, b.stations().size());
        assertFalse(b.outline().isEmpty());
        assertTrue(b.attribution().contains("© OpenStreetMap contributors"), b.attribution());
        assertTrue(b.attribution().contains("GeoNames"));
        assertTrue(warnings.isEmpty(), "no warning for a good file");
        District haidian = b.district("Haidian").orElseThrow();
        assertEquals(110108, haidian.adcode());
        assertEquals("海淀区", haidian.name().in(Locale.CHINESE));
        assertEquals("Haidian", haidian.name().in(Locale.ENGLISH));
        assertEquals("Хайдянь", haidian.name().in(new Locale("ru")));
        assertTrue(haidian.geometry().isValid());
    }

    @Test
    void districtsAreFoundByAnyNameOrCode() {
        Basemap b = new BasemapLoader().loadBundled();
        for (String name : List.of("haidian", "Haidian District", "海淀", "海淀区", "Хайдянь", "110108")) {
            assertEquals(110108, b.district(name).orElseThrow(() -> new AssertionError(name)).adcode(), name);
        }
        assertTrue(b.district("Atlantis").isEmpty());
    }

    @Test
    void districtsAtAPointFollowTheBoundaries() {
        Basemap b = new BasemapLoader().loadBundled();
        // Zhongguancun (WGS-84)
        assertEquals(List.of("Haidian"), names(b.districtsAt(116.3105, 39.9830)));
        // E-Town's core, Yizhuang
        assertEquals(List.of("Daxing"), names(b.districtsAt(116.5060, 39.7950)));
        // Beijing South station lies in Fengtai
        assertEquals(List.of("Fengtai"), names(b.districtsAt(116.3724, 39.8635)));
        // Tianjin and the sea are outside
        assertTrue(b.districtsAt(117.20, 39.13).isEmpty());
        assertTrue(b.districtsAt(0, 0).isEmpty());
    }

    @Test
    void aMissingFileGivesAnEmptyBasemapAndAWarning(@TempDir Path dir) {
        Basemap b = new BasemapLoader().load(dir.resolve("nothing.bin"));
        assertSame(Basemap.EMPTY, b);
        assertTrue(b.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage().contains("nothing.bin"), warnings.get(0).getMessage());
    }

    @Test
    void aTruncatedFileGivesAnEmptyBasemapAndAWarning(@TempDir Path dir) throws IOException {
        byte[] data = bundledBytes();
        Path file = dir.resolve("cut.bin");
        Files.write(file, Arrays.copyOf(data, data.length / 2));
        assertSame(Basemap.EMPTY, new BasemapLoader().load(file));
        assertEquals(1, warnings.size());
    }

    @Test
    void aFlippedByteIsCaughtAndNeverThrows() throws IOException {
        byte[] data = bundledBytes();
        // flip bytes spread over the compressed body: each must give EMPTY with a warning, or (if the flip happens
        // to leave a valid stream) a basemap; never an exception
        for (int i = 20; i < data.length - 8; i += data.length / 37) {
            byte[] copy = data.clone();
            copy[i] ^= 0x5A;
            Basemap b = new BasemapLoader().read(new ByteArrayInputStream(copy), "test", "");
            if (b.isEmpty()) {
                assertFalse(warnings.isEmpty());
            }
        }
        assertFalse(warnings.isEmpty(), "at least one flip is caught by the CRC");
    }

    @Test
    void damagedContentInsideAValidGzipIsRejected() throws IOException {
        byte[] raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bundledBytes()))) {
            raw = in.readAllBytes();
        }
        // a count far larger than the data: refused without allocating
        byte[] hugeCount = raw.clone();
        hugeCount[11] = (byte) 0xFF;
        hugeCount[12] = (byte) 0xFF;
        hugeCount[13] = (byte) 0x7F;
        assertSame(Basemap.EMPTY, readRaw(hugeCount));
        // wrong magic
        byte[] wrongMagic = raw.clone();
        wrongMagic[0] = 'X';
        assertSame(Basemap.EMPTY, readRaw(wrongMagic));
        // a future version
        byte[] version = raw.clone();
        version[10] = 9;
        assertSame(Basemap.EMPTY, readRaw(version));
        // trailing garbage
        byte[] trailing = Arrays.copyOf(raw, raw.length + 3);
        assertSame(Basemap.EMPTY, readRaw(trailing));
        // not gzip at all
        assertSame(Basemap.EMPTY, new BasemapLoader().read(
                new ByteArrayInputStream("{\"type\":\"FeatureCollection\"}".getBytes(StandardCharsets.UTF_8)), "json", ""));
        assertEquals(5, warnings.size());
        assertTrue(warnings.stream().allMatch(w -> w.getMessage().contains("plain background")));
    }

    private static Basemap readRaw(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return new BasemapLoader().read(new ByteArrayInputStream(out.toByteArray()), "test", "");
    }

    private static List<String> names(List<District> ds) {
        return ds.stream().map(d -> d.name().en()).toList();
    }
}
