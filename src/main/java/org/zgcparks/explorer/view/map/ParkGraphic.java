package org.zgcparks.explorer.view.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Ring;

/** The nodes that draw one park on the {@link ParkLayer}, and where they were last projected. */
final class ParkGraphic {

    final Park park;
    final List<Polygon> parts = new ArrayList<>();
    final Shape marker;
    final Label label;
    final double areaKm2;
    /** Screen position of the park's centre, and the box of its outline, from the last projection. */
    double anchorX, anchorY;
    Declutter.Box shapeBox;
    /** The label's measured size; labels never change text, so they are measured once. */
    double labelWidth = -1, labelHeight;

    ParkGraphic(Park park, Locale locale, double markerRadius) {
        this.park = park;
        String kindClass = "kind-" + park.kind().id();
        if (park.outline().isPresent()) {
            for (Ring ring : park.outline().get().parts()) {
                Polygon polygon = new Polygon();
                polygon.getStyleClass().addAll("park-shape", kindClass);
                polygon.setId("park-shape-" + park.id() + (parts.isEmpty() ? "" : "-" + parts.size()));
                parts.add(polygon);
            }
            marker = null;
            areaKm2 = Polygons.areaKm2(park.outline().get());
        } else {
            marker = KindSymbols.marker(park.kind(), markerRadius);
            marker.setId("park-marker-" + park.id());
            areaKm2 = 0;
        }
        label = new Label(LabelRules.text(park, locale));
        label.getStyleClass().addAll("park-label", kindClass);
        label.setId("park-label-" + park.id());
        label.setManaged(false);
    }

    /** Dims or hides the park's outline or marker; setting a node's current value again costs nothing. */
    void show(double opacity, boolean visible) {
        parts.forEach(p -> {
            p.setOpacity(opacity);
            p.setVisible(visible);
        });
        if (marker != null) {
            marker.setOpacity(opacity);
            marker.setVisible(visible);
        }
    }

    void setState(PseudoClass state, boolean on) {
        parts.forEach(p -> p.pseudoClassStateChanged(state, on));
        if (marker != null) {
            marker.pseudoClassStateChanged(state, on);
        }
        label.pseudoClassStateChanged(state, on);
    }
}
