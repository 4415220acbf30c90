package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.District;

/**
 * Beijing's district boundaries over the map, whatever the tile source (OpenStreetMap too): every district when
 * View › District boundaries is on (class {@code district-boundary}), and the districts the filter chose, outlined
 * and faintly tinted (pseudo-class {@code :chosen}), whether or not the others are shown. Drawn under the parks.
 *
 * <p>Follows {@link MapLayer}'s contract as {@link ParkLayer} does: state changes call {@link #markDirty()}, and
 * {@link #layoutLayer()} re-projects the shown boundaries only when the view moved or zoomed. The layer ignores the
 * mouse.
 */
public final class DistrictLayer extends MapLayer {

    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final double[] REFERENCE = {40, 116};
    private static final double MIN_STEP = 0.75;

    /** One district: its rings in lon/lat, and the path that draws them. */
    private static final class Outline {
        final District district;
        final List<double[]> rings = new ArrayList<>();
        final Path path = new Path();
        boolean projected;

        Outline(District district) {
            this.district = district;
            Geometry g = district.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    rings.add(lonLat(p.getExteriorRing().getCoordinates()));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        rings.add(lonLat(p.getInteriorRingN(h).getCoordinates()));
                    }
                }
            }
            path.getStyleClass().add("district-boundary");
            path.setId("district-boundary-" + district.adcode());
            path.setFillRule(FillRule.EVEN_ODD);
            path.setVisible(false);
            path.setManaged(false);
        }

        private static double[] lonLat(Coordinate[] cs) {
            double[] xy = new double[cs.length * 2];
            for (int i = 0; i < cs.length; i++) {
                xy[2 * i] = cs[i].x;
                xy[2 * i + 1] = cs[i].y;
            }
            return xy;
        }
    }

    private final DoubleSupplier zoom;
    private final Map<District, Outline> outlines = new LinkedHashMap<>();
    private boolean showAll;
    private Set<District> chosen = Set.of();
    private double lastRefX = Double.NaN, lastRefY = Double.NaN, lastZoom = Double.NaN;

    public DistrictLayer(DoubleSupplier zoom) {
        this.zoom = zoom;
        getStyleClass().add("district-layer");
        setId("district-layer");
        setMouseTransparent(true);
    }

    /** Draws these districts' boundaries from now on (none for an empty basemap). */
    public void setBasemap(Basemap basemap) {
        outlines.clear();
        getChildren().clear();
        for (District d : basemap.districts()) {
            Outline o = new Outline(d);
            outlines.put(d, o);
            getChildren().add(o.path);
        }
        update();
    }

    /** Whether every district's boundary is drawn (View › District boundaries). */
    public void setShowAll(boolean all) {
        showAll = all;
        update();
    }

    /** The districts to outline as chosen by the filter. */
    public void setChosen(Set<District> districts) {
        chosen = Set.copyOf(districts);
        update();
    }

    /** Whether a district's boundary is drawn now. */
    public boolean isShown(District district) {
        Outline o = outlines.get(district);
        return o != null && o.path.isVisible();
    }

    /** Whether a district is outlined as chosen by the filter. */
    public boolean isChosen(District district) {
        Outline o = outlines.get(district);
        return o != null && o.path.isVisible() && o.path.getPseudoClassStates().contains(CHOSEN);
    }

    /** The districts whose boundaries are drawn now. */
    public List<District> shownDistricts() {
        return outlines.values().stream().filter(o -> o.path.isVisible()).map(o -> o.district).toList();
    }

    private void update() {
        for (Outline o : outlines.values()) {
            boolean isChosen = chosen.contains(o.district);
            o.path.pseudoClassStateChanged(CHOSEN, isChosen);
            o.path.setVisible(showAll || isChosen);
            if (isChosen) {
                o.path.toFront(); // a chosen boundary is drawn whole, over its neighbours' lines
            }
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        double z = zoom.getAsDouble();
        Point2D ref = getMapPoint(REFERENCE[0], REFERENCE[1]);
        boolean moved = ref.getX() != lastRefX || ref.getY() != lastRefY || z != lastZoom;
        if (moved) {
            lastRefX = ref.getX();
            lastRefY = ref.getY();
            lastZoom = z;
            outlines.values().forEach(o -> o.projected = false);
        }
        for (Outline o : outlines.values()) {
            if (o.path.isVisible() && !o.projected) {
                project(o);
            }
        }
    }

    /**
     * Projects a district's rings to the view (hidden districts wait until they are shown), dropping vertices less
     * than {@value #MIN_STEP} px from the last one kept: zoomed out, most of a boundary's vertices share a pixel.
     */
    private void project(Outline o) {
        List<PathElement> elements = new ArrayList<>();
        for (double[] ring : o.rings) {
            double lastX = Double.NaN, lastY = Double.NaN;
            for (int i = 0; i < ring.length; i += 2) {
                Point2D p = getMapPoint(ring[i + 1], ring[i]);
                boolean last = i + 2 >= ring.length;
                if (i > 0 && !last && Math.abs(p.getX() - lastX) < MIN_STEP && Math.abs(p.getY() - lastY) < MIN_STEP) {
                    continue;
                }
                elements.add(i == 0 ? new MoveTo(p.getX(), p.getY()) : new LineTo(p.getX(), p.getY()));
                lastX = p.getX();
                lastY = p.getY();
            }
            elements.add(new ClosePath());
        }
        o.path.getElements().setAll(elements);
        o.projected = true;
    }
}
