package org.zgcparks.explorer.view.map;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message on top of the map that goes away by itself after a few seconds (class {@code map-notice}). */
final class MapNotice extends Label {

    private static final Duration TIME = Duration.seconds(4);

    private final PauseTransition timer = new PauseTransition(TIME);

    MapNotice() {
        setId("map-notice");
        getStyleClass().add("map-notice");
        setWrapText(true);
        setMouseTransparent(true);
        setVisible(false);
        timer.setOnFinished(e -> setVisible(false));
    }

    void show(String text) {
        setText(text);
        setVisible(true);
        timer.playFromStart();
    }

    /** The message while it is shown. */
    Optional<String> shown() {
        return isVisible() ? Optional.of(getText()) : Optional.empty();
    }
}
