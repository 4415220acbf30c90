package org.zgcparks.explorer.view;

import com.gluonhq.maps.MapView;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Detects the first frame on which a condition holds: after a layout pulse where it holds, the next pulse means
 * that frame was rendered. The main window uses it to build its side panels after the first frame with every park
 * drawn, and {@code --measure-startup} to time that frame.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Shows the toolkit's floor for {@code --measure-startup --bare}: an empty window holding only a Gluon
     * {@code MapView}, and runs {@code then} on its first rendered frame.
     */
    public static void showBareMap(Stage stage, Runnable then) {
        MapView map = new MapView();
        map.setZoom(10);
        map.setCenter(39.95, 116.40);
        stage.setScene(new Scene(new StackPane(map), 1280, 800));
        stage.setTitle(MainWindow.TITLE);
        whenComplete(stage.getScene(), () -> map.getWidth() > 0, then);
        stage.show();
    }

    public static void whenComplete(Scene scene, BooleanSupplier condition, Runnable then) {
        boolean[] seen = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (seen[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                then.run();
            } else if (scene.getWindow() != null && scene.getWindow().isShowing() && condition.getAsBoolean()) {
                seen[0] = true;
                scene.getRoot().requestLayout();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
