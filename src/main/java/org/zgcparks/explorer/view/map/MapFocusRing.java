package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The map's focus ring, drawn over the tiles (which would cover a border of the map itself), when the keyboard
 * brought the focus: not after a click on the map.
 */
final class MapFocusRing {

    private MapFocusRing() {
    }

    static Region over(MapView map) {
        Region ring = new Region();
        ring.setId("map-focus-ring");
        ring.getStyleClass().add("map-focus-ring");
        ring.setMouseTransparent(true);
        // JavaFX sets focusVisible only for its own traversal; the window moves Tab along its own order with
        // requestFocus(), so the ring also shows whenever the map has a focus that no pointer press gave it
        BooleanProperty pressed = new SimpleBooleanProperty();
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed.set(true));
        map.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pressed.set(false);
            }
        });
        ring.visibleProperty().bind(map.focusVisibleProperty().or(map.focusedProperty().and(pressed.not())));
        return ring;
    }
}
