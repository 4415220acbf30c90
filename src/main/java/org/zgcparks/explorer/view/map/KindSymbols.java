package org.zgcparks.explorer.view.map;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.zgcparks.explorer.model.ParkKind;

/**
 * The marker shape of each park kind, so that kinds are told apart by more than colour (for colour-blind users);
 * outlines differ by their dash pattern, set in the stylesheet ({@code .park-shape.kind-*}). The map and its
 * legend both draw markers from here. Shapes are centred on (0, 0), about {@code 2 * r} across.
 */
final class KindSymbols {

    private KindSymbols() {
    }

    /** A new marker of the kind's shape, with the style classes {@code park-marker} and {@code kind-<id>}. */
    static Shape marker(ParkKind kind, double r) {
        Shape shape = switch (kind) {
            case SUB_PARK -> new Circle(r);
            case DEVELOPMENT_ZONE -> star(r * 1.25);
            case SCIENCE_CITY -> regular(6, r * 1.1, 0);
            case CLUSTER -> regular(4, r * 1.25, 0); // a diamond
            case SCIENCE_PARK -> regular(4, r * 1.2, Math.PI / 4); // a square
            case STREET -> regular(3, r * 1.3, Math.PI); // a triangle pointing down
            case DISTINCTIVE_PARK -> regular(5, r * 1.15, 0);
            case PROJECT -> regular(3, r * 1.3, 0); // a triangle pointing up
            case BONDED_ZONE -> cross(r * 1.1);
        };
        shape.getStyleClass().addAll("park-marker", "kind-" + kind.id());
        return shape;
    }

    /** A regular polygon with {@code n} corners on a circle of radius {@code r}, the first at the top turned by {@code turn}. */
    private static Polygon regular(int n, double r, double turn) {
        Polygon p = new Polygon();
        for (int i = 0; i < n; i++) {
            double a = turn + 2 * Math.PI * i / n;
            p.getPoints().addAll(round(r * Math.sin(a)), round(-r * Math.cos(a)));
        }
        return p;
    }

    private static Polygon star(double r) {
        Polygon p = new Polygon();
        for (int i = 0; i < 10; i++) {
            double a = Math.PI * i / 5;
            double radius = i % 2 == 0 ? r : r * 0.5;
            p.getPoints().addAll(round(radius * Math.sin(a)), round(-radius * Math.cos(a)));
        }
        return p;
    }

    private static Polygon cross(double r) {
        double t = r * 0.4;
        return new Polygon(-t, -r, t, -r, t, -t, r, -t, r, t, t, t, t, r, -t, r, -t, t, -r, t, -r, -t, -t, -t);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
