package org.zgcparks.explorer.view.map;

import com.gluonhq.maps.MapView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The map's focus ring, drawn over the tiles (which would cover a border of the map itself), when the keyboard
 * brought the focus: not after a click on the map, nor when the window gave the map the focus at start-up.
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
        // requestFocus(), and the Tab key's release then reaches the map: that is the keyboard bringing the focus
        BooleanProperty byKeyboard = new SimpleBooleanProperty();
        map.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                byKeyboard.set(true);
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKeyboard.set(false));
        map.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                byKeyboard.set(false);
            }
        });
        ring.visibleProperty().bind(map.focusVisibleProperty().or(map.focusedProperty().and(byKeyboard)));
        return ring;
    }
}
