package org.zgcparks.explorer.factsheet;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of one fact-sheet map, in the map's points (y down), so that no two meet and none meets the
 * map's furniture (inset, north arrow, scale bar, legend) or crosses its frame: the sheet's own park first (it is
 * always labelled), then its neighbours by importance, then whatever basemap labels still fit.
 */
final class SheetMapLabels {

    /** Space kept between a label and anything else, in points. */
    static final double GAP = 1.5;
    /** How far inside the frame labels stay, in points. */
    static final double FRAME_MARGIN = 3;

    /**
     * A label on the map.
     *
     * @param box      the room it takes (its white plate for park labels; the text's box for basemap labels)
     * @param park     whether it names a park (drawn by the sheet) rather than a basemap feature
     * @param textX    where its text starts
     * @param baseline its text's baseline
     */
    record Label(String text, Rectangle2D box, boolean park, float size, Color colour, double textX, double baseline) {
    }

    private final double width;
    private final double height;
    private final List<Rectangle2D> obstacles = new ArrayList<>();
    private final List<Label> placed = new ArrayList<>();

    SheetMapLabels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Keeps labels off this box (furniture, the park's own marker). */
    void avoid(Rectangle2D box) {
        obstacles.add(box);
    }

    /** The labels placed so far, in order. */
    List<Label> placed() {
        return List.copyOf(placed);
    }

    /** The boxes labels are kept off. */
    List<Rectangle2D> obstacles() {
        return List.copyOf(obstacles);
    }

    /**
     * Places a park label at the first of these positions where it fits: centred on (x, y) if {@code radius} is
     * negative (an outline's label), else right, left, below or above a marker of that radius.
     *
     * @param force place it at the first position that stays inside the frame even if nothing fits (the sheet's own
     *              park must be named)
     */
    Label placePark(String text, double textWidth, float size, Color colour, double x, double y, double radius,
                    boolean force) {
        double pad = 1.2, w = textWidth + 2 * pad, h = size * 1.22 + 2 * pad;
        List<Rectangle2D> candidates = new ArrayList<>();
        if (radius < 0) {
            candidates.add(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h));
            candidates.add(new Rectangle2D.Double(x - w / 2, y - h * 1.6, w, h));
            candidates.add(new Rectangle2D.Double(x - w / 2, y + h * 0.6, w, h));
        } else {
            double d = radius + 2;
            candidates.add(new Rectangle2D.Double(x + d, y - h / 2, w, h));
            candidates.add(new Rectangle2D.Double(x - d - w, y - h / 2, w, h));
            candidates.add(new Rectangle2D.Double(x - w / 2, y + d, w, h));
            candidates.add(new Rectangle2D.Double(x - w / 2, y - d - h, w, h));
        }
        Rectangle2D chosen = candidates.stream().filter(this::fits).findFirst().orElse(null);
        if (chosen == null && force) {
            chosen = candidates.stream().map(this::intoFrame).filter(this::fits).findFirst()
                    .orElseGet(() -> nearestFree(intoFrame(candidates.get(0))));
        }
        if (chosen == null) {
            return null;
        }
        Label l = new Label(text, chosen, true, size, colour, chosen.getX() + pad,
                chosen.getY() + pad + size * 0.93);
        placed.add(l);
        return l;
    }

    /** Whether a basemap label's box (map points) fits; if so it is kept as placed. */
    boolean keepBasemapLabel(String text, Rectangle2D box, List<Rectangle2D> alsoAvoid) {
        if (!fits(box) || alsoAvoid.stream().anyMatch(box::intersects)) {
            return false;
        }
        placed.add(new Label(text, box, false, 0, Color.BLACK, box.getX(), box.getMaxY()));
        return true;
    }

    /** Whether a box lies inside the frame and meets no obstacle and no placed label. */
    boolean fits(Rectangle2D box) {
        if (box.getMinX() < FRAME_MARGIN || box.getMinY() < FRAME_MARGIN || box.getMaxX() > width - FRAME_MARGIN
                || box.getMaxY() > height - FRAME_MARGIN) {
            return false;
        }
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        return obstacles.stream().noneMatch(grown::intersects) && placed.stream().noneMatch(l -> grown.intersects(l.box()));
    }

    private Rectangle2D intoFrame(Rectangle2D r) {
        double x = Math.max(FRAME_MARGIN, Math.min(width - FRAME_MARGIN - r.getWidth(), r.getX()));
        double y = Math.max(FRAME_MARGIN, Math.min(height - FRAME_MARGIN - r.getHeight(), r.getY()));
        return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
    }

    /** The free position nearest to a box, searched on rings of growing radius; the box itself if there is none. */
    private Rectangle2D nearestFree(Rectangle2D r) {
        for (double d = 4; d < Math.max(width, height); d += 4) {
            for (int k = 0; k < 16; k++) {
                double a = Math.PI * 2 * k / 16;
                Rectangle2D c = intoFrame(new Rectangle2D.Double(r.getX() + d * Math.cos(a), r.getY() + d * Math.sin(a),
                        r.getWidth(), r.getHeight()));
                if (fits(c)) {
                    return c;
                }
            }
        }
        return r;
    }
}
