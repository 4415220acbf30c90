package org.zgcparks.explorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/** The GeoJSON of parks: valid RFC 7946 structure, read back into the same features and geometries. */
class ParksGeoJsonTest {

    static Dataset ds;
    static JsonNode root;
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    @BeforeAll
    static void export() throws Exception {
        ds = new DatasetLoader().loadBundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParksGeoJson.write(ds, ds.parks(), out);
        root = new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void aFeatureCollectionWithOneFeaturePerParkInOrder() {
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode features = root.get("features");
        assertEquals(ds.parks().size(), features.size());
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            Park p = ds.parks().get(i);
            assertEquals("Feature", f.get("type").asText());
            assertEquals(p.id(), f.get("id").asText());
            JsonNode props = f.get("properties");
            List<String> names = new ArrayList<>();
            props.fieldNames().forEachRemaining(names::add);
            assertEquals(ParksGeoJson.PROPERTIES, names, "the same flat properties on every feature");
            props.fields().forEachRemaining(e -> assertTrue(e.getValue().isValueNode(),
                    e.getKey() + " is a plain value, as GIS attribute tables need"));
            assertEquals(p.names().zh(), props.get("name_zh").asText());
            assertEquals(p.names().ru(), props.get("name_ru").asText());
            assertEquals(p.kind().id(), props.get("kind").asText());
            assertEquals(ds.metricsOf(p.id()).size(), props.get("figures").asInt());
        }
    }

    @Test
    void outlinesArePolygonsAndMarkersArePointsInLonLatOrder() {
        int points = 0, polygons = 0;
        for (int i = 0; i < ds.parks().size(); i++) {
            Park p = ds.parks().get(i);
            JsonNode g = root.get("features").get(i).get("geometry");
            if (p.outline().isEmpty()) {
                points++;
                assertEquals("Point", g.get("type").asText());
                assertEquals(p.centre().lon(), g.get("coordinates").get(0).asDouble(), 0);
                assertEquals(p.centre().lat(), g.get("coordinates").get(1).asDouble(), 0);
                continue;
            }
            polygons++;
            List<Ring> parts = p.outline().get().parts();
            assertEquals(parts.size() == 1 ? "Polygon" : "MultiPolygon", g.get("type").asText(), p.id());
            List<JsonNode> rings = new ArrayList<>();
            if (parts.size() == 1) {
                rings.add(g.get("coordinates").get(0));
                assertEquals(1, g.get("coordinates").size());
            } else {
                assertEquals(parts.size(), g.get("coordinates").size());
                g.get("coordinates").forEach(poly -> rings.add(poly.get(0)));
            }
            for (int r = 0; r < parts.size(); r++) {
                Polygon read = polygon(rings.get(r));
                assertTrue(read.isValid(), p.id() + " reads back as a valid polygon");
                assertTrue(Orientation.isCCW(read.getExteriorRing().getCoordinates()),
                        p.id() + ": outer rings run anticlockwise (RFC 7946)");
                Set<GeoPoint> expected = new HashSet<>(parts.get(r).points());
                Set<GeoPoint> actual = new HashSet<>();
                for (Coordinate c : read.getExteriorRing().getCoordinates()) {
                    actual.add(new GeoPoint(c.y, c.x)); // x is longitude, y latitude
                }
                assertEquals(expected, actual, p.id() + " keeps its positions");
            }
            for (JsonNode ring : rings) {
                for (JsonNode pos : ring) {
                    double lon = pos.get(0).asDouble(), lat = pos.get(1).asDouble();
                    assertTrue(lon > 115 && lon < 118 && lat > 39 && lat < 41.5, "Beijing, lon first: " + pos);
                }
            }
        }
        assertTrue(points > 0 && polygons > 0, "the bundled dataset has both");
    }

    private static Polygon polygon(JsonNode ring) {
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        LinearRing shell = GEOMETRY.createLinearRing(cs); // throws unless closed with 4+ positions
        Geometry g = GEOMETRY.createPolygon(shell);
        return (Polygon) g;
    }
}
