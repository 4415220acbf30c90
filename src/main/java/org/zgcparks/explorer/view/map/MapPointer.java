package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.zgcparks.explorer.geo.ParkHitTester;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;

/**
 * The mouse on the map. Clicks and hovers are hit-tested against the parks' labels and geometry: a label, else the
 * smallest feature under the pointer wins, and clicking again at the same spot cycles through the others there
 * ({@link ClickCycler}); hover highlights what a click would select, with a card naming it. A cluster of markers
 * zooms in to its parks when clicked. A press that moves before release is a pan, never a click. Wheel and pinch
 * zoom about the pointer.
 */
final class MapPointer {

    private static final double MARKER_HIT_RADIUS = 10;
    /** Zoom levels per wheel notch (Gluon Maps' own step). */
    private static final double WHEEL_STEP = 0.1;

    private final ParkMapView view;
    private final MapView map;
    private final ParkLayer layer;
    private final Messages messages;
    private final Label card;
    private final ClickCycler clicks = new ClickCycler();
    private ParkHitTester hitTester = new ParkHitTester(List.of());

    MapPointer(ParkMapView view, MapView map, ParkLayer layer, Messages messages, Label card) {
        this.view = view;
        this.map = map;
        this.layer = layer;
        this.messages = messages;
        this.card = card;
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.hover(null));
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> map.requestFocus());
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            view.hover(null);
            map.setCursor(Cursor.MOVE);
        });
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> map.setCursor(Cursor.DEFAULT));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        // Gluon's own wheel and pinch handlers change the zoom behind MapView's back (getZoom() keeps the old
        // value, so tiles at the new zoom were never wanted): every zoom goes through the map view instead
        map.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        map.addEventFilter(ZoomEvent.ZOOM, this::onPinch);
    }

    /** The parks hit-testing looks at. */
    void setParks(List<Park> parks) {
        hitTester = new ParkHitTester(parks);
    }

    /** The parks under the point ({@code x}, {@code y}) of the map, in the order clicks select them. */
    List<Park> parksAt(double x, double y) {
        LinkedHashSet<Park> out = new LinkedHashSet<>();
        Point2D inLayer = layer.sceneToLocal(map.localToScene(x, y));
        for (String id : layer.labelsAt(inLayer.getX(), inLayer.getY())) {
            view.park(id).filter(park -> layer.isClickable(park.id())).ifPresent(out::add);
        }
        MapPoint p = map.getMapPosition(x, y);
        out.addAll(hitTester.hits(new GeoPoint(p.getLatitude(), p.getLongitude()), map.getZoom(), MARKER_HIT_RADIUS,
                park -> layer.isClickable(park.id())));
        return List.copyOf(out);
    }

    /** What a click at ({@code x}, {@code y}) would select (see {@link ClickCycler}). */
    private Optional<Park> parkAt(double x, double y) {
        return Optional.ofNullable(clicks.pick(parksAt(x, y), view.selectedParkProperty().get(), x, y));
    }

    /** The parks of the cluster at ({@code x}, {@code y}) of the map, if one is drawn there. */
    private Optional<List<Park>> clusterAt(double x, double y) {
        Point2D inLayer = layer.sceneToLocal(map.localToScene(x, y));
        return layer.clusterAt(inLayer.getX(), inLayer.getY())
                .map(ids -> ids.stream().map(view::park).flatMap(Optional::stream).toList());
    }

    private void onMove(MouseEvent e) {
        Optional<List<Park>> cluster = clusterAt(e.getX(), e.getY());
        Park park = cluster.isPresent() ? null : parkAt(e.getX(), e.getY()).orElse(null);
        view.hover(park);
        if (cluster.isEmpty() && park == null) {
            card.setVisible(false);
            map.setCursor(Cursor.DEFAULT);
        } else if (cluster.isPresent()) {
            card.setText(messages.get("map.cluster", cluster.get().size()));
            card.setVisible(true);
            map.setCursor(Cursor.HAND);
        }
        if (card.isVisible()) {
            placeCard(e.getX(), e.getY());
        }
    }

    /** Puts the hover card beside the point ({@code x}, {@code y}) of the map, inside the map. */
    void placeCard(double x, double y) {
        card.autosize();
        double cx = Math.min(x + 14, view.getWidth() - card.getWidth() - 4);
        double cy = Math.min(y + 18, view.getHeight() - card.getHeight() - 4);
        card.relocate(Math.max(0, cx), Math.max(0, cy));
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Optional<List<Park>> cluster = clusterAt(e.getX(), e.getY());
        if (cluster.isPresent()) {
            view.zoomInTo(cluster.get());
            return;
        }
        Optional<Park> park = parkAt(e.getX(), e.getY());
        clicks.clicked(e.getX(), e.getY());
        view.clicked(park.orElse(null), e.isShortcutDown() || e.isShiftDown());
        // the pointer has not moved: show what the next click here would select
        view.hover(parkAt(e.getX(), e.getY()).orElse(null));
        if (card.isVisible()) {
            placeCard(e.getX(), e.getY());
        }
    }

    private void onScroll(ScrollEvent e) {
        e.consume();
        if (Math.abs(e.getDeltaY()) >= 1) {
            view.zoomAt(Math.signum(e.getDeltaY()) * WHEEL_STEP, e.getX(), e.getY());
        }
    }

    private void onPinch(ZoomEvent e) {
        e.consume();
        if (e.getZoomFactor() > 0) {
            view.zoomAt(Math.log(e.getZoomFactor()) / Math.log(2), e.getX(), e.getY());
        }
    }
}
