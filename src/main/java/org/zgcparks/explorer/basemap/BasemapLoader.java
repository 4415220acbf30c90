package org.zgcparks.explorer.basemap;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the bundled basemap ({@code beijing-basemap.bin}, made from the data pack by
 * {@code tools/basemap/build_basemap.py}, whose header documents the format) or a replacement file. A missing,
 * truncated or damaged file (gzip's CRC catches flipped bytes; every count, coordinate and ring is checked) gives
 * {@link Basemap#EMPTY} and one logged warning, never an exception: the map then shows its plain background.
 */
public final class BasemapLoader {

    /** The bundled file and its credit line, on the class path. */
    public static final String RESOURCE = "/org/zgcparks/explorer/basemap/beijing-basemap.bin";
    public static final String ATTRIBUTION_RESOURCE = "/org/zgcparks/explorer/basemap/ATTRIBUTION.txt";
    public static final String SHORT_ATTRIBUTION_RESOURCE = "/org/zgcparks/explorer/basemap/ATTRIBUTION-SHORT.txt";

    private static final Logger LOG = Logger.getLogger(BasemapLoader.class.getName());
    private static final byte[] MAGIC = "ZGCBASEMAP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_UNCOMPRESSED = 32 << 20;
    private static final double SCALE = 1e5;

    private final GeometryFactory factory = Basemap.GEOMETRY;

    /** The basemap bundled with the app, or {@link Basemap#EMPTY} (with a warning) if it cannot be read. */
    public Basemap loadBundled() {
        try (InputStream in = BasemapLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning("The bundled offline basemap (" + RESOURCE + ") is missing; the map shows a plain background");
                return Basemap.EMPTY;
            }
            return read(in, "the bundled offline basemap", bundledAttribution());
        } catch (IOException e) {
            return failed("the bundled offline basemap", e);
        }
    }

    /** A basemap file in the bundled format (e.g. one rebuilt from a newer pack), or {@link Basemap#EMPTY}. */
    public Basemap load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, "the offline basemap " + file, bundledAttribution());
        } catch (IOException e) {
            return failed("the offline basemap " + file, e);
        }
    }

    /**
     * Reads a basemap from a stream in the bundled format; {@link Basemap#EMPTY} with a warning naming
     * {@code what} if it is damaged. The stream is not closed.
     */
    public Basemap read(InputStream in, String what, String attribution) {
        try {
            byte[] raw = new GZIPInputStream(new BufferedInputStream(in)).readNBytes(MAX_UNCOMPRESSED + 1);
            if (raw.length > MAX_UNCOMPRESSED) {
                throw new IOException("larger than " + (MAX_UNCOMPRESSED >> 20) + " MB");
            }
            return parse(new Input(raw), attribution);
        } catch (IOException | RuntimeException e) {
            return failed(what, e);
        }
    }

    /** The credit the bundled data requires, in full (empty if that resource is missing). */
    public static String bundledAttribution() {
        return text(ATTRIBUTION_RESOURCE);
    }

    /**
     * The same sources and licences in one short line, for the corner of a map that offers the full text on demand
     * (empty if that resource is missing).
     */
    public static String bundledShortAttribution() {
        return text(SHORT_ATTRIBUTION_RESOURCE);
    }

    private static String text(String resource) {
        try (InputStream in = BasemapLoader.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static Basemap failed(String what, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warning("Cannot read " + what + " (" + reason + "); the map shows a plain background");
        return Basemap.EMPTY;
    }

    private Basemap parse(Input in, String attribution) throws IOException {
        for (byte b : MAGIC) {
            if (in.u8() != (b & 0xFF)) {
                throw new IOException("not a basemap file");
            }
        }
        int version = in.u8();
        if (version != VERSION) {
            throw new IOException("format version " + version + ", expected " + VERSION);
        }
        List<District> districts = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            long adcode = in.varint();
            if (adcode > 999_999) {
                throw new IOException("an implausible district code " + adcode);
            }
            PlaceName name = new PlaceName(in.string(), in.string(), in.string());
            districts.add(new District((int) adcode, name, area(in, "district " + name.en())));
        }
        List<Geometry> outlineParts = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            outlineParts.add(area(in, "outline"));
        }
        Geometry outline = factory.buildGeometry(outlineParts);
        if (outline.isEmpty()) {
            outline = factory.createMultiPolygon();
        }
        List<Water> water = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            Water.Kind kind = enumOf(Water.Kind.values(), in.u8(), "water kind");
            PlaceName name = new PlaceName(in.string(), in.string(), in.string());
            Geometry g = geometry(in, name.en());
            if ((kind == Water.Kind.RESERVOIR) != (g.getDimension() == 2)) {
                throw new IOException("water " + name.en() + " has the wrong geometry type");
            }
            water.add(new Water(kind, name, g));
        }
        List<Geometry> urban = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            urban.add(area(in, "urban area"));
        }
        List<Place> places = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            Place.Rank rank = enumOf(Place.Rank.values(), in.u8(), "place rank");
            boolean inBeijing = in.u8() != 0;
            long population = in.varint();
            PlaceName name = new PlaceName(in.string(), in.string(), "");
            double lon = in.coordinate(180), lat = in.coordinate(90);
            places.add(new Place(rank, name, population, inBeijing, lon, lat));
        }
        List<Station> stations = new ArrayList<>();
        for (int i = 0, n = in.count(); i < n; i++) {
            Station.Kind kind = enumOf(Station.Kind.values(), in.u8(), "station kind");
            String name = in.string();
            double lon = in.coordinate(180), lat = in.coordinate(90);
            stations.add(new Station(kind, name, lon, lat));
        }
        if (!in.atEnd()) {
            throw new IOException("unexpected bytes after the last layer");
        }
        return new Basemap(districts, outline, water, urban, places, stations, attribution);
    }

    private Geometry area(Input in, String what) throws IOException {
        Geometry g = geometry(in, what);
        if (g.getDimension() != 2) {
            throw new IOException(what + " is not an area");
        }
        if (!g.isValid()) {
            throw new IOException(what + " is not a valid polygon");
        }
        return g;
    }

    private Geometry geometry(Input in, String what) throws IOException {
        int type = in.u8();
        int parts = in.count();
        long[] last = {0, 0};
        if (type == 1) {
            Polygon[] polygons = new Polygon[parts];
            for (int p = 0; p < parts; p++) {
                int rings = in.count();
                if (rings == 0) {
                    throw new IOException(what + ": a polygon without rings");
                }
                LinearRing shell = ring(in, last, what);
                LinearRing[] holes = new LinearRing[rings - 1];
                for (int r = 1; r < rings; r++) {
                    holes[r - 1] = ring(in, last, what);
                }
                polygons[p] = factory.createPolygon(shell, holes);
            }
            return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
        }
        if (type == 2) {
            LineString[] lines = new LineString[parts];
            for (int p = 0; p < parts; p++) {
                Coordinate[] c = points(in, last, what);
                if (c.length < 2) {
                    throw new IOException(what + ": a line with fewer than 2 points");
                }
                lines[p] = factory.createLineString(c);
            }
            return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
        }
        throw new IOException(what + ": unknown geometry type " + type);
    }

    private LinearRing ring(Input in, long[] last, String what) throws IOException {
        Coordinate[] c = points(in, last, what);
        if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
            throw new IOException(what + ": a ring that is not closed");
        }
        return factory.createLinearRing(c);
    }

    private static Coordinate[] points(Input in, long[] last, String what) throws IOException {
        int n = in.count();
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            last[0] += in.zigzag();
            last[1] += in.zigzag();
            double lon = last[0] / SCALE, lat = last[1] / SCALE;
            if (Math.abs(lon) > 180 || Math.abs(lat) > 85) {
                throw new IOException(what + ": a point out of range (" + lon + ", " + lat + ")");
            }
            c[i] = new Coordinate(lon, lat);
        }
        return c;
    }

    private static <E extends Enum<E>> E enumOf(E[] values, int ordinal, String what) throws IOException {
        if (ordinal >= values.length) {
            throw new IOException("unknown " + what + " " + ordinal);
        }
        return values[ordinal];
    }

    /** The decompressed bytes, read with bounds checks (a damaged count must not make us allocate gigabytes). */
    private static final class Input {
        private final ByteArrayInputStream in;

        Input(byte[] data) {
            this.in = new ByteArrayInputStream(data);
        }

        int u8() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the file ends too early");
            }
            return b;
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("a malformed number");
        }

        long zigzag() throws IOException {
            long n = varint();
            return (n >>> 1) ^ -(n & 1);
        }

        int count() throws IOException {
            long n = varint();
            if (n > MAX_COUNT || n > in.available()) {
                throw new IOException("an implausible count " + n);
            }
            return (int) n;
        }

        double coordinate(double limit) throws IOException {
            double v = zigzag() / SCALE;
            if (Math.abs(v) > limit) {
                throw new IOException("a coordinate out of range: " + v);
            }
            return v;
        }

        String string() throws IOException {
            int n = count();
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }

        boolean atEnd() {
            return in.available() == 0;
        }
    }
}
