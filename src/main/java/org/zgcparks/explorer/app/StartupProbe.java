package org.zgcparks.explorer.app;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * Detects the first frame on which a condition holds: after a layout pulse where it holds, the next pulse means
 * that frame was rendered. Used by {@code --measure-startup}.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void whenComplete(Scene scene, BooleanSupplier condition, Runnable then) {
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
