package org.zgcparks.explorer.view.map;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;

/**
 * A compact legend on the map: for each kind of park on the map, its outline (colour and dash pattern) and its
 * marker shape, and its name. A button collapses it to its title. Styled by the classes {@code map-legend*}.
 */
public final class MapLegend extends VBox {

    private static final double MARKER_R = 6; // as on the map

    private final Messages messages;
    private final VBox items = new VBox();
    private final ToggleButton toggle = new ToggleButton();

    public MapLegend(Messages messages) {
        this.messages = messages;
        setId("map-legend");
        getStyleClass().add("map-legend");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        toggle.setId("map-legend-toggle");
        toggle.getStyleClass().add("map-legend-toggle");
        toggle.setFocusTraversable(false);
        toggle.setSelected(true);
        items.setId("map-legend-items");
        items.getStyleClass().add("map-legend-items");
        items.visibleProperty().bind(toggle.selectedProperty());
        items.managedProperty().bind(items.visibleProperty());
        toggle.selectedProperty().addListener((obs, o, open) -> showTitle());
        showTitle();
        getChildren().addAll(toggle, items);
    }

    /** A map narrower than this folds the legend to its title, so that it does not cover the map. */
    static final double NARROW_MAP = 560;

    /**
     * The map's width changed: crossing below {@link #NARROW_MAP} folds the legend, crossing back above opens it
     * (in between, the user's own choice stays).
     */
    public void mapWidthChanged(double before, double now) {
        if (before >= NARROW_MAP && now < NARROW_MAP || before <= 0 && now > 0 && now < NARROW_MAP) {
            toggle.setSelected(false);
        } else if (before > 0 && before < NARROW_MAP && now >= NARROW_MAP) {
            toggle.setSelected(true);
        }
    }

    private void showTitle() {
        toggle.setText((toggle.isSelected() ? "▾ " : "▸ ") + messages.get("legend.title"));
    }

    /** Shows an entry for each kind among these parks, in the kinds' order. */
    public void setParks(Collection<Park> parks) {
        Set<ParkKind> kinds = EnumSet.noneOf(ParkKind.class);
        parks.forEach(p -> kinds.add(p.kind()));
        items.getChildren().clear();
        for (ParkKind kind : kinds) {
            Rectangle outline = new Rectangle(18, 11);
            outline.getStyleClass().addAll("park-shape", "kind-" + kind.id());
            outline.setId("legend-outline-" + kind.id());
            Shape marker = KindSymbols.marker(kind, MARKER_R);
            marker.setId("legend-marker-" + kind.id());
            StackPane markerBox = new StackPane(marker);
            markerBox.setMinSize(2 * MARKER_R + 6, 2 * MARKER_R + 6);
            Label name = new Label(messages.get("kind." + kind.id()));
            name.setId("legend-kind-" + kind.id());
            name.getStyleClass().add("map-legend-name");
            HBox row = new HBox(4, outline, markerBox, name);
            row.setAlignment(Pos.CENTER_LEFT);
            items.getChildren().add(row);
        }
    }

    /** Where the legend covers the map, in the coordinates of {@code node} (none while it is not on screen). */
    List<Declutter.Box> areaIn(Node node) {
        if (!isVisible() || getScene() == null || node.getScene() == null) {
            return List.of();
        }
        Bounds b = node.sceneToLocal(localToScene(getBoundsInLocal()));
        return List.of(new Declutter.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
    }
}
