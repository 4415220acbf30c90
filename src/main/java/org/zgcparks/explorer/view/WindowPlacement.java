package org.zgcparks.explorer.view;

import java.util.List;
import java.util.Optional;

/**
 * Where the window opens, from the saved geometry and the screens there are now (pure, so it is tested without a
 * display). The size is clamped to the visible area of the screen the window was on (a saved
 * {@code window.width=100000} once gave a 32767-pixel window, and 5000×4000 on a 1400×900 screen put the status bar
 * off-screen); a position on a screen that no longer exists is dropped and the window is centred on the primary
 * screen; a position partly off its screen is moved onto it.
 */
final class WindowPlacement {

    /** A rectangle in screen coordinates (JavaFX's {@code Rectangle2D} without the toolkit). */
    record Box(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        boolean intersects(Box o) {
            return o.x < maxX() && o.maxX() > x && o.y < maxY() && o.maxY() > y;
        }
    }

    static final double MIN_WIDTH = 800, MIN_HEIGHT = 500;
    static final double DEFAULT_WIDTH = 1280, DEFAULT_HEIGHT = 800;

    private WindowPlacement() {
    }

    /**
     * The window's bounds.
     *
     * @param saved   the saved size and position; x/y NaN when only a size was saved
     * @param screens the visible bounds (without task bars) of every screen, the primary first
     */
    static Box place(Optional<Box> saved, List<Box> screens) {
        Box primary = screens.get(0);
        double w = saved.map(Box::width).filter(WindowPlacement::usable).orElse(DEFAULT_WIDTH);
        double h = saved.map(Box::height).filter(WindowPlacement::usable).orElse(DEFAULT_HEIGHT);
        Optional<Box> screen = saved.filter(b -> usable(b.x()) && usable(b.y()))
                .flatMap(b -> screens.stream().filter(s -> s.intersects(new Box(b.x(), b.y(), 100, 40))).findFirst());
        Box on = screen.orElse(primary);
        w = clamp(w, Math.min(MIN_WIDTH, on.width()), on.width());
        h = clamp(h, Math.min(MIN_HEIGHT, on.height()), on.height());
        if (screen.isEmpty()) {
            return new Box(on.x() + (on.width() - w) / 2, on.y() + (on.height() - h) / 2, w, h);
        }
        Box b = saved.orElseThrow();
        return new Box(clamp(b.x(), on.x(), on.maxX() - w), clamp(b.y(), on.y(), on.maxY() - h), w, h);
    }

    private static boolean usable(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
