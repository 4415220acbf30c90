package org.zgcparks.explorer.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;
import org.zgcparks.explorer.model.Role;

/**
 * The parks as a GeoJSON FeatureCollection (RFC 7946): one feature per park, its outline as a Polygon (or a
 * MultiPolygon for a park of several parts), or a Point at its marker when the dataset has no outline. Positions are
 * WGS-84 longitude, latitude (in that order); outer rings run anticlockwise, as RFC 7946 asks. Properties are flat
 * strings and numbers, the same set on every feature, because that is what QGIS and GDAL turn into an attribute
 * table: lists (industries by role) are joined with commas. Written with Jackson's streaming generator (already used
 * to read the dataset), so a large export never holds a tree in memory.
 */
public final class ParksGeoJson {

    /** The property names of every feature, in order. */
    public static final List<String> PROPERTIES = List.of("id", "name_en", "name_zh", "name_ru", "pinyin", "kind",
            "district_id", "district_en", "parent_id", "drawn_as", "area_km2", "accuracy", "leading_industries",
            "developing_industries", "planned_industries", "figures");

    private static final JsonFactory JSON = new JsonFactory();

    private ParksGeoJson() {
    }

    public static void write(Dataset ds, List<Park> parks, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Park p : parks) {
                feature(g, ds, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void feature(JsonGenerator g, Dataset ds, Park p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", p.id());
        g.writeObjectFieldStart("geometry");
        if (p.outline().isEmpty()) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, p.centre());
        } else {
            List<Ring> parts = p.outline().get().parts();
            boolean multi = parts.size() > 1;
            g.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
            g.writeArrayFieldStart("coordinates");
            for (Ring r : parts) {
                if (multi) {
                    g.writeStartArray();
                }
                ring(g, r);
                if (multi) {
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", p.id());
        g.writeStringField("name_en", p.names().en());
        g.writeStringField("name_zh", p.names().zh());
        g.writeStringField("name_ru", p.names().ru());
        g.writeStringField("pinyin", p.names().pinyin());
        g.writeStringField("kind", p.kind().id());
        g.writeStringField("district_id", p.districtId());
        g.writeStringField("district_en", ds.district(p.districtId()).map(d -> d.names().en()).orElse(""));
        g.writeStringField("parent_id", p.parentId() == null ? "" : p.parentId());
        g.writeStringField("drawn_as", p.outline().isPresent() ? "outline" : "marker");
        if (p.outline().isPresent()) {
            g.writeNumberField("area_km2", Math.round(Polygons.areaKm2(p.outline().get()) * 1000) / 1000.0);
        } else {
            g.writeNullField("area_km2");
        }
        g.writeStringField("accuracy", p.outline().map(o -> o.accuracyNote()).orElse(p.positionNote()).en());
        g.writeStringField("leading_industries", industries(p, Role.LEADING));
        g.writeStringField("developing_industries", industries(p, Role.DEVELOPING));
        g.writeStringField("planned_industries", industries(p, Role.PLANNED));
        g.writeNumberField("figures", ds.metricsOf(p.id()).size());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String industries(Park p, Role role) {
        return p.industries().stream().filter(l -> l.role() == role).map(IndustryLink::industryId)
                .collect(Collectors.joining(","));
    }

    /** A closed linear ring, anticlockwise (the dataset's rings may run either way). */
    private static void ring(JsonGenerator g, Ring r) throws IOException {
        List<GeoPoint> pts = r.points();
        boolean reverse = signedArea(pts) < 0;
        g.writeStartArray();
        int n = pts.size();
        for (int i = 0; i < n; i++) {
            position(g, pts.get(reverse ? n - 1 - i : i));
        }
        if (!pts.isEmpty() && !pts.get(0).equals(pts.get(n - 1))) {
            position(g, pts.get(reverse ? n - 1 : 0)); // close it, as GeoJSON requires
        }
        g.writeEndArray();
    }

    /** Twice the signed area in degrees² (shoelace): positive when the ring runs anticlockwise. */
    static double signedArea(List<GeoPoint> pts) {
        double s = 0;
        for (int i = 0, n = pts.size(); i < n; i++) {
            GeoPoint a = pts.get(i), b = pts.get((i + 1) % n);
            s += a.lon() * b.lat() - b.lon() * a.lat();
        }
        return s;
    }

    private static void position(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        g.writeEndArray();
    }
}
