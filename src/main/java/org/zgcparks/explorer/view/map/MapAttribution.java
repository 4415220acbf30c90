package org.zgcparks.explorer.view.map;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.view.support.WeakListeners;

/**
 * The map's bottom line: the tile source's credit (bottom right, a link to its copyright page) and the note that
 * boundaries are approximate (bottom left). In a narrow map both wrap rather than overlap.
 */
final class MapAttribution {

    private static final String OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

    private final Messages messages;
    private final MapTiles tiles;
    private final Hyperlink attribution = new Hyperlink();
    private final Label note;
    private String basemapCredit = "";
    private String basemapCreditFull = "";

    /** Adds the credit and the note to the bottom of {@code map}. */
    MapAttribution(StackPane map, Messages messages, MapTiles tiles, Consumer<String> openUrl) {
        this.messages = messages;
        this.tiles = tiles;
        attribution.setId("map-attribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setFocusTraversable(false);
        // the full credit on hover; made on the first hover, not during the start-up
        attribution.setOnMouseEntered(e -> {
            if (basemapShown() && attribution.getTooltip() == null) {
                Tooltip full = new Tooltip(basemapCreditFull);
                full.setWrapText(true);
                full.setMaxWidth(520);
                attribution.setTooltip(full);
            } else if (!basemapShown()) {
                attribution.setTooltip(null);
            }
        });
        attribution.setOnAction(e -> {
            String url = tiles.source().info().attributionUrl();
            if (url.isBlank() && basemapShown()) {
                url = OSM_COPYRIGHT;
            }
            if (!url.isBlank()) {
                openUrl.accept(url);
            }
            attribution.setVisited(false);
        });
        show(tiles.source());
        // the tiles outlive the window (a language switch builds a new one): they hold these listeners weakly
        WeakListeners.listen(attribution, tiles.sourceProperty(), (obs, o, s) -> show(s));
        WeakListeners.listen(attribution, tiles.statusProperty(), (obs, o, s) -> show(tiles.source()));

        note = new Label(messages.get("map.approximate"));
        note.setId("map-accuracy-note");
        note.getStyleClass().add("map-note");
        note.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(note, Pos.BOTTOM_LEFT);
        // in a narrow map the credit and the note wrap, side by side, rather than overlap
        attribution.setWrapText(true);
        attribution.maxWidthProperty().bind(map.widthProperty().multiply(0.55));
        note.setWrapText(true);
        note.maxWidthProperty().bind(map.widthProperty().subtract(attribution.widthProperty()).subtract(12));
        map.getChildren().addAll(note, attribution);
    }

    /**
     * Credits the offline basemap's data (a short line on the map, the full text on hover) from now on, whenever
     * its tiles can be on screen: with the offline source or a local file, or while the tile server is unreachable.
     */
    void setBasemapCredit(String shortCredit, String fullCredit) {
        basemapCredit = shortCredit;
        basemapCreditFull = fullCredit;
        show(tiles.source());
    }

    private boolean basemapShown() {
        return !basemapCredit.isBlank() && tiles.statusProperty().get() != NetworkStatus.ONLINE;
    }

    /** The tile source's credit, and the offline basemap's when its tiles may be on screen. */
    private void show(TileSource service) {
        String credit = service.info().attribution();
        if (credit.isBlank() && !(service.spec() instanceof TileSourceChoice.Offline)) {
            // a server or file given without a credit is credited by its name (the server's host)
            credit = messages.get("map.attribution.source", service.info().name());
        }
        String text = credit.isBlank() ? messages.get("map.attribution.offline") : credit;
        if (basemapShown()) {
            String basemap = messages.get("map.attribution.basemap", basemapCredit);
            // the basemap's credit already names OpenStreetMap (in the window's language): do not say it twice
            boolean said = basemapCredit.contains(credit) || credit.equals(TileSourceChoice.OSM_ATTRIBUTION)
                    && basemapCredit.contains("OpenStreetMap");
            text = credit.isBlank() || said ? basemap : credit + " · " + basemap;
        }
        attribution.setText(text);
        attribution.setDisable(service.info().attributionUrl().isBlank() && !basemapShown());
    }
}
