package org.zgcparks.explorer.view.map;

import org.zgcparks.explorer.view.support.WeakListeners;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Optional;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.zgcparks.explorer.geo.Bounds;
import org.zgcparks.explorer.geo.ParkHitTester;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.TileService;
import org.zgcparks.explorer.tiles.TileSourceSpec;
import org.zgcparks.explorer.tiles.TileViewport;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The map: a Gluon {@link MapView} with the {@link ParkLayer}, hover card, attribution and a note that
 * boundaries are approximate. Clicks and hovers are hit-tested against the parks' labels and geometry: a label,
 * else the smallest feature under the pointer wins, and clicking again at the same spot cycles through the others
 * there ({@link ClickCycler}); hover highlights what a click would select. A press that moves before release is a
 * pan, never a click.
 */
public final class ParkMapView extends StackPane {

    public static final double MIN_ZOOM = 3;
    public static final double MAX_ZOOM = 18;
    private static final double MARKER_HIT_RADIUS = 10;
    private static final double FIT_PADDING = 48;
    /** Zoom levels per wheel notch (Gluon Maps' own step). */
    private static final double WHEEL_STEP = 0.1;

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final MapView map = new MapView();
    private final ParkLayer layer;
    private final DistrictLayer districts;
    private final Label hoverCard = new Label();
    private final Hyperlink attribution = new Hyperlink();
    private final MapTiles tiles;
    private TileViewport lastViewport;
    private final boolean animate;
    private ParkHitTester hitTester = new ParkHitTester(List.of());
    private Timeline flight;
    private final ClickCycler clicks = new ClickCycler();
    private final MapLegend legend;
    private boolean framed;
    private String basemapCredit = "";
    private String basemapCreditFull = "";
    private static final String OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

    /**
     * @param tiles      where the base map's tiles come from (its source's credit is shown bottom right)
     * @param openUrl    opens a web page (the attribution links to the source's copyright page)
     */
    public ParkMapView(ExplorerViewModel vm, Messages messages, MapTiles tiles, Consumer<String> openUrl, boolean animate) {
        this.vm = vm;
        this.tiles = tiles;
        this.messages = messages;
        this.animate = animate;
        getStyleClass().add("park-map");
        setId("map");
        map.setId("map-view");
        map.setAccessibleText(messages.get("a11y.map"));
        map.setFocusTraversable(true);
        map.setZoom(10);
        map.setCenter(39.95, 116.40);
        districts = new DistrictLayer(map::getZoom);
        map.addLayer(districts);
        layer = new ParkLayer(messages.locale(), map::getZoom);
        map.addLayer(layer);
        bindDistricts();

        hoverCard.setId("map-tooltip");
        hoverCard.getStyleClass().add("map-hover-card");
        hoverCard.setVisible(false);
        hoverCard.setManaged(false);
        hoverCard.setMouseTransparent(true);
        Pane overlay = new Pane(hoverCard);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);

        attribution.setId("map-attribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setFocusTraversable(false);
        attribution.setWrapText(true);
        // the full credit on hover; made on the first hover, not during the start-up
        attribution.setOnMouseEntered(e -> {
            if (basemapShown() && attribution.getTooltip() == null) {
                Tooltip full = new Tooltip(basemapCreditFull);
                full.setWrapText(true);
                full.setMaxWidth(520);
                attribution.setTooltip(full);
            } else if (!basemapShown()) {
                attribution.setTooltip(null);
            }
        });
        attribution.setOnAction(e -> {
            String url = tiles.service().info().attributionUrl();
            if (url.isBlank() && basemapShown()) {
                url = OSM_COPYRIGHT;
            }
            if (!url.isBlank()) {
                openUrl.accept(url);
            }
            attribution.setVisited(false);
        });
        showAttribution(tiles.service());
        WeakListeners.listen(this, tiles.serviceProperty(), (obs, o, s) -> showAttribution(s));
        WeakListeners.listen(this, tiles.statusProperty(), (obs, o, s) -> showAttribution(tiles.service()));
        layer.setOnViewChanged(this::reportViewport);
        Label note = new Label(messages.get("map.approximate"));
        note.setId("map-accuracy-note");
        note.getStyleClass().add("map-note");
        note.setMouseTransparent(true);
        // the credit may wrap, beside the note and never over it
        attribution.maxWidthProperty().bind(widthProperty().subtract(note.widthProperty()).subtract(12));
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(note, Pos.BOTTOM_LEFT);
        // in a narrow map the credit and the note wrap rather than overlap
        attribution.setWrapText(true);
        attribution.maxWidthProperty().bind(widthProperty().multiply(0.55));
        note.setWrapText(true);
        note.maxWidthProperty().bind(widthProperty().subtract(attribution.widthProperty()).subtract(12));
        getChildren().addAll(map, overlay, note, attribution);
        legend = new MapLegend(messages);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new javafx.geometry.Insets(8));
        getChildren().add(legend);
        widthProperty().addListener((obs, o, w) -> legend.mapWidthChanged(o.doubleValue(), w.doubleValue()));

        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hover(null));
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> map.requestFocus());
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            vm.hover(null);
            map.setCursor(Cursor.MOVE);
        });
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> map.setCursor(Cursor.DEFAULT));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        // Gluon's own wheel and pinch handlers change the zoom behind MapView's back (getZoom() keeps the old
        // value, so tiles at the new zoom were never wanted): every zoom goes through setView instead
        map.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        map.addEventFilter(ZoomEvent.ZOOM, this::onPinch);

        WeakListeners.listen(this, vm.datasetProperty(), (obs, old, ds) -> showParks(ds == null ? List.of() : ds.parks()));
        if (vm.dataset() != null) {
            showParks(vm.dataset().parks());
        }
        WeakListeners.listen(this, vm.selectedParkProperty(), (obs, old, park) -> {
            layer.setSelected(park == null ? null : park.id());
            applyFilter();
            if (park != null && framed) {
                fitTo(Bounds.of(park), park.outline().isEmpty() ? 15 : 16, this.animate);
            }
        });
        WeakListeners.listen(this, vm.matchesProperty(), (obs, old, m) -> applyFilter());
        WeakListeners.listen(this, vm.nonMatchingProperty(), (obs, old, mode) -> applyFilter());
        WeakListeners.listen(this, vm.hoveredParkProperty(), (obs, old, park) -> {
            layer.setHovered(park == null ? null : park.id());
            map.setCursor(park == null ? Cursor.DEFAULT : Cursor.HAND);
            hoverCard.setVisible(park != null);
            if (park != null) {
                hoverCard.setText(park.names().in(messages.locale()) + "\n"
                        + messages.get("kind." + park.kind().id()));
            }
        });
        // frame all parks once the map has a size
        map.widthProperty().addListener((obs, o, w) -> frameOnce());
        map.heightProperty().addListener((obs, o, h) -> frameOnce());
        map.widthProperty().addListener((obs, o, w) -> keepSelectionInView());
        map.heightProperty().addListener((obs, o, h) -> keepSelectionInView());
    }

    /** The district overlay follows the boundaries, View › District boundaries and the filter's districts. */
    private void bindDistricts() {
        var d = vm.districts();
        districts.setBasemap(d.basemapProperty().get());
        WeakListeners.listen(this, d.basemapProperty(), (obs, o, b) -> districts.setBasemap(b));
        districts.setShowAll(d.boundariesShownProperty().get());
        WeakListeners.listen(this, d.boundariesShownProperty(), (obs, o, on) -> districts.setShowAll(on));
        districts.setChosen(d.chosenProperty().get());
        WeakListeners.listen(this, d.chosenProperty(), (obs, o, chosen) -> districts.setChosen(chosen));
    }

    private void frameOnce() {
        if (!framed && map.getWidth() > 0 && map.getHeight() > 0 && vm.dataset() != null) {
            framed = true;
            if (startAt != null) {
                map.setZoom(clampZoom(startAt.zoom()));
                map.setCenter(startAt.centre().lat(), startAt.centre().lon());
            } else {
                showAll(false);
            }
            Park selected = vm.selectedParkProperty().get();
            layer.setSelected(selected == null ? null : selected.id());
        }
    }

    /** When the map is resized, a selected park whose centre left the view is centred again (the zoom kept). */
    private void keepSelectionInView() {
        Park park = vm.selectedParkProperty().get();
        if (!framed || park == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            return;
        }
        Point2D at = layer.toLayer(park.centre());
        if (at.getX() < 0 || at.getY() < 0 || at.getX() > map.getWidth() || at.getY() > map.getHeight()) {
            setView(map.getZoom(), park.centre().lat(), park.centre().lon());
        }
    }

    /** Dims or hides the parks that fail the filter; hidden parks cannot be hovered or clicked. */
    private void applyFilter() {
        boolean hide = vm.nonMatchingProperty().get() == ExplorerViewModel.NonMatching.HIDE;
        var matches = vm.matchesProperty().get();
        boolean all = vm.dataset() == null || matches.size() == vm.dataset().parks().size();
        layer.setMatching(all ? null : matches.keySet(), hide);
    }

    private void showParks(List<Park> parks) {
        layer.setParks(parks);
        legend.setParks(parks);
        hitTester = new ParkHitTester(parks);
        applyFilter();
        if (framed) {
            showAll(false);
        } else {
            frameOnce();
        }
    }

    /**
     * Credits the offline basemap's data (a short line on the map, the full text on hover) from now on, whenever
     * its tiles can be on screen: with the offline source or a local file, or while the tile server is unreachable.
     */
    public void setBasemapCredit(String shortCredit, String fullCredit) {
        basemapCredit = shortCredit;
        basemapCreditFull = fullCredit;
        showAttribution(tiles.service());
    }

    private boolean basemapShown() {
        return !basemapCredit.isBlank() && tiles.statusProperty().get() != NetworkStatus.ONLINE;
    }

    /** The tile source's credit, bottom right, and the offline basemap's when its tiles may be on screen. */
    private void showAttribution(TileService service) {
        String credit = service.info().attribution();
        if (credit.isBlank() && !(service.spec() instanceof TileSourceSpec.Offline)) {
            // a server or file given without a credit is credited by its name (the server's host)
            credit = messages.get("map.attribution.source", service.info().name());
        }
        String text = credit.isBlank() ? messages.get("map.attribution.offline") : credit;
        if (basemapShown()) {
            String basemap = messages.get("map.attribution.basemap", basemapCredit);
            // the basemap's credit already names OpenStreetMap: do not say it twice
            text = credit.isBlank() || basemapCredit.contains(credit) ? basemap : credit + " · " + basemap;
        }
        attribution.setText(text);
        attribution.setDisable(service.info().attributionUrl().isBlank() && !basemapShown());
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

    /** Frames every park of the dataset. */
    public void showAll(boolean animated) {
        if (vm.dataset() != null && !vm.dataset().parks().isEmpty()) {
            fitTo(Bounds.of(vm.dataset().parks()), 16, animated);
        }
    }

    /** Frames the parks that match the filter (every park when nothing is filtered, the view stays if none match). */
    public void showMatching(boolean animated) {
        if (vm.dataset() == null) {
            return;
        }
        var matches = vm.matchesProperty().get();
        List<Park> parks = vm.dataset().parks().stream().filter(p -> matches.containsKey(p.id())).toList();
        if (!parks.isEmpty()) {
            fitTo(Bounds.of(parks), 16, animated);
        }
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

    private void onScroll(ScrollEvent e) {
        e.consume();
        if (Math.abs(e.getDeltaY()) >= 1) {
            zoomAt(Math.signum(e.getDeltaY()) * WHEEL_STEP, e.getX(), e.getY());
        }
    }

    private void onPinch(ZoomEvent e) {
        e.consume();
        if (e.getZoomFactor() > 0) {
            zoomAt(Math.log(e.getZoomFactor()) / Math.log(2), e.getX(), e.getY());
        }
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
        if (vm.hoveredParkProperty().get() != null) {
            vm.hover(null);
        }
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

    /** Whether the map has been framed on the dataset's parks at least once. */
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

    // ---- interaction ---------------------------------------------------------------------------------

    /** The features under the point ({@code x}, {@code y}) of the map, in the order clicks select them. */
    private List<Park> parksAt(double x, double y) {
        java.util.LinkedHashSet<Park> out = new java.util.LinkedHashSet<>();
        Point2D inLayer = layer.sceneToLocal(map.localToScene(x, y));
        for (String id : layer.labelsAt(inLayer.getX(), inLayer.getY())) {
            vm.dataset().park(id).filter(park -> layer.isDrawn(park.id())).ifPresent(out::add);
        }
        MapPoint p = map.getMapPosition(x, y);
        out.addAll(hitTester.hits(new GeoPoint(p.getLatitude(), p.getLongitude()), map.getZoom(), MARKER_HIT_RADIUS,
                park -> layer.isDrawn(park.id())));
        return List.copyOf(out);
    }

    /** What a click at ({@code x}, {@code y}) would select (see {@link ClickCycler}). */
    private Optional<Park> parkAt(double x, double y) {
        if (vm.dataset() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(clicks.pick(parksAt(x, y), vm.selectedParkProperty().get(), x, y));
    }

    private void onMove(MouseEvent e) {
        Park park = parkAt(e.getX(), e.getY()).orElse(null);
        if (park != vm.hoveredParkProperty().get()) {
            vm.hover(park);
        }
        if (park != null) {
            hoverCard.autosize();
            double x = Math.min(e.getX() + 14, getWidth() - hoverCard.getWidth() - 4);
            double y = Math.min(e.getY() + 18, getHeight() - hoverCard.getHeight() - 4);
            hoverCard.relocate(Math.max(0, x), Math.max(0, y));
        }
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Optional<Park> park = parkAt(e.getX(), e.getY());
        clicks.clicked(e.getX(), e.getY());
        if (park.isPresent()) {
            vm.select(park.get());
        } else {
            vm.clearSelection();
        }
        // the pointer has not moved: show what the next click here would select
        vm.hover(parkAt(e.getX(), e.getY()).orElse(null));
    }

    // ---- framing -------------------------------------------------------------------------------------

    private void fitTo(Bounds bounds, double maxZoom, boolean animated) {
        double w = map.getWidth() > 0 ? map.getWidth() : 800;
        double h = map.getHeight() > 0 ? map.getHeight() : 600;
        double targetZoom = clampZoom(bounds.zoomToFit(w, h, FIT_PADDING, maxZoom));
        GeoPoint target = bounds.centre();
        if (flight != null) {
            flight.stop();
        }
        if (!animated || !animate) {
            setView(targetZoom, target.lat(), target.lon());
            return;
        }
        GeoPoint from = centre();
        double z0 = map.getZoom();
        double x0 = WebMercator.normalizedX(from.lon()), y0 = WebMercator.normalizedY(from.lat());
        double x1 = WebMercator.normalizedX(target.lon()), y1 = WebMercator.normalizedY(target.lat());
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((obs, o, v) -> {
            double f = v.doubleValue();
            double x = x0 + (x1 - x0) * f, y = y0 + (y1 - y0) * f;
            setView(z0 + (targetZoom - z0) * f, WebMercator.pixelYToLat(y * WebMercator.TILE_SIZE, 0), x * 360 - 180);
        });
        flight = new Timeline(new KeyFrame(Duration.millis(450), new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.play();
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
