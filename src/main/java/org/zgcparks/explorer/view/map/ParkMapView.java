package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.zgcparks.explorer.geo.Bounds;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileViewport;

/**
 * The map: a Gluon {@link MapView} with the {@link DistrictLayer} and {@link ParkLayer}, a hover card, a legend,
 * the tile credit and a note that boundaries are approximate. It knows no application view-model: it is told the
 * parks ({@link #setParks}) and what to show ({@link #show}), and tells what the user does: the park clicked
 * ({@link #setOnParkClicked}, with whether Ctrl or Shift was held), the park hovered ({@link #hoveredParkProperty}).
 * The mouse is handled by {@link MapPointer}, the keyboard by {@link MapKeyboard}.
 */
public final class ParkMapView extends StackPane {

    public static final double MIN_ZOOM = 3;
    public static final double MAX_ZOOM = 18;
    private static final double FIT_PADDING = 48;

    private final MapView map = new MapView();
    private final ParkLayer layer;
    private final DistrictLayer districts;
    private final Label hoverCard = new Label();
    private final MapNotice notice = new MapNotice();
    private final MapTiles tiles;
    private final MapAttribution attribution;
    private final MapPointer pointer;
    private final MapLegend legend;
    private final boolean animate;
    private final ReadOnlyObjectWrapper<Park> selected = new ReadOnlyObjectWrapper<>(this, "selectedPark");
    private final ReadOnlyObjectWrapper<Park> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredPark");
    private Consumer<ParkClick> onParkClicked = click -> { };
    private List<Park> parks = List.of();
    private Map<String, Park> byId = Map.of();
    private boolean hasParks;
    private Set<String> matching;
    private TileViewport lastViewport;
    private final MapFlight flight = new MapFlight();
    private boolean framed;

    /**
     * @param tiles   where the base map's tiles come from (its source's credit is shown bottom right)
     * @param openUrl opens a web page (the attribution links to the source's copyright page)
     * @param animate whether the map flies to a park (off in tests)
     */
    public ParkMapView(Messages messages, MapTiles tiles, Consumer<String> openUrl, boolean animate) {
        this.tiles = tiles;
        this.animate = animate;
        getStyleClass().add("park-map");
        getStylesheets().add(ParkMapView.class.getResource("map.css").toExternalForm());
        setId("map");
        map.setId("map-view");
        map.setZoom(10);
        map.setCenter(39.95, 116.40);
        districts = new DistrictLayer(map::getZoom);
        map.addLayer(districts);
        layer = new ParkLayer(messages.locale(), map::getZoom);
        map.addLayer(layer);

        hoverCard.setId("map-tooltip");
        hoverCard.getStyleClass().add("map-hover-card");
        hoverCard.setVisible(false);
        hoverCard.setManaged(false);
        hoverCard.setMouseTransparent(true);
        Pane overlay = new Pane(hoverCard);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        Region focusRing = MapFocusRing.over(map);
        notice.maxWidthProperty().bind(widthProperty().multiply(0.8));
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(10));
        getChildren().addAll(map, focusRing, overlay);
        attribution = new MapAttribution(this, messages, tiles, openUrl);
        legend = new MapLegend(messages);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(8));
        getChildren().addAll(legend, notice);
        layer.setReserved(() -> legend.areaIn(layer)); // labels keep clear of the legend, open or collapsed
        legend.boundsInParentProperty().addListener((obs, o, b) -> layer.refresh());
        widthProperty().addListener((obs, o, w) -> legend.mapWidthChanged(o.doubleValue(), w.doubleValue()));
        layer.setOnViewChanged(this::reportViewport);

        pointer = new MapPointer(this, map, layer, messages, hoverCard);
        new MapKeyboard(this, map, layer, pointer, messages);
        hovered.addListener((obs, old, park) -> {
            layer.setHovered(park == null ? null : park.id());
            map.setCursor(park == null ? Cursor.DEFAULT : Cursor.HAND);
            hoverCard.setVisible(park != null);
            if (park != null) {
                hoverCard.setText(park.names().in(messages.locale()) + "\n" + messages.get("kind." + park.kind().id()));
            }
        });
        // frame all parks once the map has a size; keep the selected park in view when it is resized
        map.widthProperty().addListener((obs, o, w) -> sizeChanged());
        map.heightProperty().addListener((obs, o, h) -> sizeChanged());
    }

    // ---- what the map shows, and what it tells -------------------------------------------------------

    /** Replaces the parks on the map (a dataset opened); the map frames them all. */
    public void setParks(List<Park> newParks) {
        parks = List.copyOf(newParks);
        Map<String, Park> index = new HashMap<>();
        parks.forEach(p -> index.put(p.id(), p));
        byId = index;
        hasParks = true;
        matching = null;
        selected.set(null);
        hover(null);
        layer.setParks(parks);
        legend.setParks(parks);
        pointer.setParks(parks);
        if (framed) {
            showAll(false);
        } else {
            frameOnce();
        }
    }

    /**
     * Shows the parks that pass the filter ({@code matchingIds}; {@code null}: every park), the selected park
     * ({@code null}: none), and the others dimmed, or hidden if {@code hideOthers}. The selected park is always
     * drawn, even outside the filter. A newly selected park is flown to. The layer restyles once per call that
     * changes anything.
     */
    public void show(Set<String> matchingIds, Park selectedPark, boolean hideOthers) {
        matching = matchingIds == null || matchingIds.size() == parks.size() && byId.keySet().equals(matchingIds)
                ? null : Set.copyOf(matchingIds);
        Park before = selected.get();
        selected.set(selectedPark);
        layer.show(matching, selectedPark == null ? null : selectedPark.id(), hideOthers);
        if (selectedPark != null && !Objects.equals(before, selectedPark) && framed) {
            fitTo(Bounds.of(selectedPark), selectedPark.outline().isEmpty() ? 15 : 16, animate);
        }
    }

    /** The selected park, as last given to {@link #show}. */
    public ReadOnlyObjectProperty<Park> selectedParkProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The park under the pointer (what a click would select), or highlighted with Tab; {@code null}: none. */
    public ReadOnlyObjectProperty<Park> hoveredParkProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** What to do when a park (or a spot with none) is clicked, or a park chosen with Enter. */
    public void setOnParkClicked(Consumer<ParkClick> action) {
        onParkClicked = Objects.requireNonNull(action);
    }

    /** Shows a short message on top of the map for a few seconds (what a Ctrl-click did, say). */
    public void showNotice(String text) {
        notice.show(text);
    }

    /** The notice on the map, while it is shown (for tests). */
    public Optional<String> notice() {
        return notice.shown();
    }

    void clicked(Park park, boolean toggle) {
        onParkClicked.accept(new ParkClick(park, toggle));
    }

    void hover(Park park) {
        if (park != hovered.get()) {
            hovered.set(park);
        }
    }

    Optional<Park> park(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Park> parks() {
        return parks;
    }

    /** The tile credit also credits the offline basemap when its tiles may be on screen (see {@link MapAttribution}). */
    public void setBasemapCredit(String shortCredit, String fullCredit) {
        attribution.setBasemapCredit(shortCredit, fullCredit);
    }

    private void sizeChanged() {
        frameOnce();
        keepSelectionInView();
    }

    private void frameOnce() {
        if (!framed && map.getWidth() > 0 && map.getHeight() > 0 && hasParks) {
            framed = true;
            if (startAt != null) {
                map.setZoom(clampZoom(startAt.zoom()));
                map.setCenter(startAt.centre().lat(), startAt.centre().lon());
            } else {
                showAll(false);
            }
        }
    }

    /** When the map is resized, a selected park whose centre left the view is centred again (the zoom kept). */
    private void keepSelectionInView() {
        Park park = selected.get();
        if (!framed || park == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            return;
        }
        Point2D at = layer.toLayer(park.centre());
        if (at.getX() < 0 || at.getY() < 0 || at.getX() > map.getWidth() || at.getY() > map.getHeight()) {
            centreOn(park.centre());
        }
    }

    /** Tells the tile source which tiles are in view, so that it drops requests for the others. */
    private void reportViewport() {
        if (map.getWidth() <= 0 || map.getHeight() <= 0) {
            return;
        }
        GeoPoint c = centre();
        TileViewport v = TileViewport.around(c.lat(), c.lon(), map.getZoom(), map.getWidth(), map.getHeight());
        if (!v.equals(lastViewport)) {
            lastViewport = v;
            tiles.setViewport(v);
        }
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** Frames every park. */
    public void showAll(boolean animated) {
        if (!parks.isEmpty()) {
            fitTo(Bounds.of(parks), 16, animated);
        }
    }

    /** Frames the parks that match the filter (every park when nothing is filtered, the view stays if none match). */
    public void showMatching(boolean animated) {
        List<Park> shown = matching == null ? parks : parks.stream().filter(p -> matching.contains(p.id())).toList();
        if (!shown.isEmpty()) {
            fitTo(Bounds.of(shown), 16, animated);
        }
    }

    /** Zooms in to a cluster of parks: frames them, at least one level closer than now. */
    void zoomInTo(List<Park> cluster) {
        if (cluster.isEmpty()) {
            return;
        }
        fitTo(Bounds.of(cluster), 16, Math.floor(map.getZoom()) + 1, true);
    }

    public void zoomBy(double delta) {
        GeoPoint centre = centre();
        setView(clampZoom(map.getZoom() + delta), centre.lat(), centre.lon());
    }

    /** Zooms by {@code delta} levels keeping the position under the point ({@code x}, {@code y}) of the map in place. */
    public void zoomAt(double delta, double x, double y) {
        double target = clampZoom(map.getZoom() + delta);
        if (target == map.getZoom()) {
            return;
        }
        MapPoint p = map.getMapPosition(x, y);
        double cx = WebMercator.lonToPixelX(p.getLongitude(), target) - (x - map.getWidth() / 2);
        double cy = WebMercator.latToPixelY(p.getLatitude(), target) - (y - map.getHeight() / 2);
        setView(target, WebMercator.pixelYToLat(cy, target), WebMercator.pixelXToLon(cx, target));
    }

    /** Centres the view on a position, keeping the zoom. */
    void centreOn(GeoPoint p) {
        setView(map.getZoom(), p.lat(), p.lon());
    }

    /**
     * Every zoom and jump of the view ends here: the tile source learns the new view at once, before the map asks
     * for the tiles of the new zoom (otherwise they would be dropped as out of view), and the layer re-projects.
     */
    private void setView(double zoom, double lat, double lon) {
        clearHover();
        map.setZoom(zoom);
        map.setCenter(lat, lon);
        reportViewport();
    }

    /** Moves the view by a number of screen pixels (positive dx shows what lies east). */
    public void panBy(double dx, double dy) {
        double z = map.getZoom();
        GeoPoint c = centre();
        double x = WebMercator.lonToPixelX(c.lon(), z) + dx;
        double y = WebMercator.latToPixelY(c.lat(), z) + dy;
        clearHover();
        map.setCenter(WebMercator.pixelYToLat(y, z), WebMercator.pixelXToLon(x, z));
    }

    /** The map moves under the pointer: the hover card and highlight would describe what is no longer there. */
    private void clearHover() {
        hover(null);
        hoverCard.setVisible(false);
    }

    /** The position at the centre of the view. */
    public GeoPoint centre() {
        MapPoint p = map.getMapPosition(map.getWidth() / 2, map.getHeight() / 2);
        return new GeoPoint(p.getLatitude(), p.getLongitude());
    }

    public double zoom() {
        return map.getZoom();
    }

    /** Where a position is on screen (for tests and overlays). */
    public Point2D screenPointOf(GeoPoint p) {
        Point2D local = layer.toLayer(p);
        return layer.localToScreen(local);
    }

    /** Where the map shows first instead of framing every park (a rebuilt window keeps the old one's view). */
    private record View(GeoPoint centre, double zoom) {
    }

    private View startAt;

    /** Shows this centre and zoom: now if the map has a size, else when it first gets one (instead of all parks). */
    public void showAt(GeoPoint centre, double zoom) {
        if (framed) {
            map.setZoom(clampZoom(zoom));
            map.setCenter(centre.lat(), centre.lon());
        } else {
            startAt = new View(centre, zoom);
        }
    }

    /** Whether the map has been framed on the parks at least once. */
    public boolean isFramed() {
        return framed;
    }

    public ParkLayer layer() {
        return layer;
    }

    public DistrictLayer districtLayer() {
        return districts;
    }

    public MapView mapView() {
        return map;
    }

    // ---- framing -------------------------------------------------------------------------------------

    private void fitTo(Bounds bounds, double maxZoom, boolean animated) {
        fitTo(bounds, maxZoom, MIN_ZOOM, animated);
    }

    /** Frames the bounds at a zoom between {@code minZoom} and {@code maxZoom}, flying there if {@code animated}. */
    private void fitTo(Bounds bounds, double maxZoom, double minZoom, boolean animated) {
        double w = map.getWidth() > 0 ? map.getWidth() : 800;
        double h = map.getHeight() > 0 ? map.getHeight() : 600;
        double targetZoom = clampZoom(Math.max(minZoom, bounds.zoomToFit(w, h, FIT_PADDING, maxZoom)));
        GeoPoint target = bounds.centre();
        if (!animated || !animate) {
            flight.stop();
            setView(targetZoom, target.lat(), target.lon());
        } else {
            flight.fly(map.getZoom(), centre(), targetZoom, target, this::setView);
        }
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
