package org.zgcparks.explorer.view.map;

import java.util.List;
import org.zgcparks.explorer.model.Park;

/**
 * The click rule for overlapping features, one a user can predict: a click selects the first feature under the
 * pointer (a label, then the smallest feature); another click at the same spot, while one of those features is
 * selected, selects the next one there, round and round. Hovering shows what a click would select.
 */
final class ClickCycler {

    /** How far (pixels) a click may land from the previous one and still count as the same spot. */
    static final double SAME_SPOT = 4;

    private double lastX = Double.NaN, lastY = Double.NaN;

    /**
     * What a click at ({@code x}, {@code y}) selects among the features there ({@code candidates}, in order),
     * given the current selection; null if there are none.
     */
    Park pick(List<Park> candidates, Park selected, double x, double y) {
        if (candidates.isEmpty()) {
            return null;
        }
        int at = selected == null ? -1 : candidates.indexOf(selected);
        if (at >= 0 && sameSpot(x, y)) {
            return candidates.get((at + 1) % candidates.size());
        }
        return candidates.get(0);
    }

    /** Remembers where the last click landed. */
    void clicked(double x, double y) {
        lastX = x;
        lastY = y;
    }

    private boolean sameSpot(double x, double y) {
        return Math.hypot(x - lastX, y - lastY) <= SAME_SPOT;
    }
}
