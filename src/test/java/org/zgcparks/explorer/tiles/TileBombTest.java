package org.zgcparks.explorer.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs: a small PNG whose header says 21000×21000 pixels (it would decode to gigabytes) is refused
 * from its header, before any pixel is decoded, wherever it comes from: the server (never cached), the disk cache
 * (evicted) or an MBTiles file (the offline basemap stands in). Tiles of other sizes than 256 or 512 px square too.
 */
class TileBombTest {

    static final TileKey KEY = new TileKey(12, 3372, 1552);
    private static byte[] bomb;

    @TempDir
    Path dir;
    TestTileServer server;
    final TestClock clock = new TestClock();

    @BeforeEach
    void setUp() throws IOException {
        server = new TestTileServer();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /**
     * A valid 1-bit greyscale PNG of {@code size}×{@code size} black pixels, written row by row through a deflater:
     * a few tens of kilobytes on disk and in memory, however large its picture.
     */
    static byte[] bombPng(int size) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(size);
        h.writeInt(size);
        h.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, no filter method, no interlace
        chunk(png, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + (size + 7) / 8]; // filter byte 0, then zeros
            for (int y = 0; y < size; y++) {
                z.write(row);
            }
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** The 21000-pixel bomb, made once for all tests. */
    static synchronized byte[] bomb() throws IOException {
        if (bomb == null) {
            bomb = bombPng(21000);
        }
        return bomb;
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void theGeneratedBombIsARealPngOfThatSize() throws Exception {
        byte[] bomb = bomb();
        assertTrue(bomb.length < 200_000, "small on disk: " + bomb.length + " bytes");
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bomb))) {
            reader.setInput(in);
            assertEquals(21000, reader.getWidth(0));
            assertEquals(21000, reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void theDecoderRefusesAnyTileThatIsNot256Or512PixelsSquareFromItsHeader() throws Exception {
        IOException bomb = assertThrows(IOException.class, () -> TileDecoder.decode(bomb()));
        assertTrue(bomb.getMessage().contains("21000×21000"), bomb.getMessage());
        assertThrows(IOException.class, () -> TileDecoder.decode(png(300, 300)));
        assertThrows(IOException.class, () -> TileDecoder.decode(png(256, 512)));
        assertEquals(256, TileDecoder.decode(png(256, 256)).width());
        assertEquals(256, TileDecoder.decode(png(512, 512)).width(), "512-pixel tiles are scaled to 256");
    }

    @Test
    void aBombFromTheServerIsNeverCachedAndTheOfflineBasemapStandsIn() throws Exception {
        byte[] bomb = bomb();
        server.handler = (ex, r) -> TestTileServer.send(ex, 200, bomb, Map.of("Cache-Control", "max-age=3600"));
        TileSourceFactory f = new TileSourceFactory(dir.resolve("cache"), 50L << 20, "test", new OfflineBasemap(),
                Duration.ofSeconds(5), 2, clock);
        LayeredTileSource s = f.create(new TileSourceChoice.Xyz(UrlTemplate.parse(server.template(), List.of(), ""),
                "Test", ""), false);
        try {
            Tile t = s.load(KEY).get(10, TimeUnit.SECONDS);
            assertEquals(Tile.Origin.OFFLINE_BASEMAP, t.origin());
            assertTrue(t.provisional());
            String source = UrlTemplate.parse(server.template(), List.of(), "").cacheKey();
            assertFalse(f.cache().get(source, KEY).isPresent(), "the bomb was not cached");
        } finally {
            s.shutdown();
        }
    }

    @Test
    void aBombAlreadyInTheDiskCacheIsEvictedAndFetchedAgain() throws Exception {
        server.handler = (ex, r) -> TestTileServer.send(ex, 200, TestTileServer.png(Color.RED), Map.of());
        TileSourceFactory f = new TileSourceFactory(dir.resolve("cache"), 50L << 20, "test", new OfflineBasemap(),
                Duration.ofSeconds(5), 2, clock);
        UrlTemplate template = UrlTemplate.parse(server.template(), List.of(), "");
        f.cache().put(template.cacheKey(), KEY, bomb(), new CacheMeta(Instant.parse("2099-01-01T00:00:00Z"), "", ""));
        LayeredTileSource s = f.create(new TileSourceChoice.Xyz(template, "Test", ""), false);
        try {
            Tile t = s.load(KEY).get(10, TimeUnit.SECONDS);
            assertEquals(Tile.Origin.NETWORK, t.origin());
            assertEquals(1, server.count());
            byte[] cached = f.cache().get(template.cacheKey(), KEY).orElseThrow().bytes();
            assertEquals(256, ImageIO.read(new ByteArrayInputStream(cached)).getWidth(), "replaced by the good tile");
        } finally {
            s.shutdown();
        }
    }

    @Test
    void aBombInAnMbtilesFileIsRefusedAndTheOfflineBasemapStandsIn() throws Exception {
        Path file = dir.resolve("bomb.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                st.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO tiles VALUES (1, 0, 1, ?)")) {
                ins.setBytes(1, bomb());
                ins.executeUpdate();
            }
        }
        TileSourceFactory f = new TileSourceFactory(dir.resolve("cache"), 1L << 20, "test", new OfflineBasemap());
        LayeredTileSource s = f.create(new TileSourceChoice.MbTiles(file, ""), false);
        try {
            Tile t = s.load(new TileKey(1, 0, 0)).get(10, TimeUnit.SECONDS);
            assertEquals(Tile.Origin.OFFLINE_BASEMAP, t.origin());
        } finally {
            s.shutdown();
        }
    }
}
