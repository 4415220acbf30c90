package org.zgcparks.explorer.basemap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The offline basemap's data: Beijing's districts, outline, water, urban areas, places and stations, all in
 * WGS-84 lon/lat degrees, plus the credit line its sources require. Immutable; no JavaFX. An empty basemap
 * ({@link #EMPTY}) stands for one that could not be loaded: it has no features and no attribution.
 *
 * @param districts   the 16 districts, by adcode
 * @param outline     the city's outline (a MultiPolygon; empty when unknown)
 * @param water       reservoirs, rivers and canals
 * @param urban       built-up areas (Natural Earth, coarse: for low zooms)
 * @param places      settlements, most important first
 * @param stations    rail and subway stations
 * @param attribution the credit to show wherever the basemap is visible (empty for {@link #EMPTY})
 */
public record Basemap(List<District> districts, Geometry outline, List<Water> water, List<Geometry> urban,
                      List<Place> places, List<Station> stations, String attribution) {

    static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** No data: the renderer draws the plain background. */
    public static final Basemap EMPTY = new Basemap(List.of(), GEOMETRY.createMultiPolygon(), List.of(), List.of(),
            List.of(), List.of(), "");

    public Basemap {
        districts = List.copyOf(districts);
        water = List.copyOf(water);
        urban = List.copyOf(urban);
        places = List.copyOf(places);
        stations = List.copyOf(stations);
        attribution = attribution == null ? "" : attribution;
    }

    public boolean isEmpty() {
        return districts.isEmpty() && outline.isEmpty() && water.isEmpty() && urban.isEmpty() && places.isEmpty()
                && stations.isEmpty();
    }

    /**
     * The districts whose area covers this point (boundary included, so a point on a shared edge gives both);
     * empty outside Beijing.
     */
    public List<District> districtsAt(double lon, double lat) {
        Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return districts.stream()
                .filter(d -> d.geometry().getEnvelopeInternal().covers(lon, lat) && d.geometry().covers(p))
                .toList();
    }

    /**
     * The district with this name in any language, or its adcode, ignoring case and a trailing 区/"District"
     * ("Haidian", "haidian district", "海淀", "海淀区", "Хайдянь", "110108").
     */
    public Optional<District> district(String name) {
        String key = normalise(name);
        return districts.stream().filter(d -> key.equals(String.valueOf(d.adcode()))
                || key.equals(normalise(d.name().zh())) || key.equals(normalise(d.name().en()))
                || key.equals(normalise(d.name().ru()))).findFirst();
    }

    private static String normalise(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(" district")) {
            t = t.substring(0, t.length() - " district".length());
        }
        if (t.length() > 1 && t.endsWith("区")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }
}
