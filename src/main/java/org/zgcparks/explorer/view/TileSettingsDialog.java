package org.zgcparks.explorer.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.DiskTileCache;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TilePrefs;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.UrlTemplate;
import org.zgcparks.explorer.viewmodel.TileSettingsViewModel;

/**
 * Settings › Map tiles: OpenStreetMap, another XYZ server, an MBTiles file or the offline basemap, and the cache's
 * size limit. Input is checked when the user presses OK; a problem is shown in the dialog, which stays open.
 */
final class TileSettingsDialog extends Dialog<TileSettingsDialog.Choice> {

    /** What the user chose. */
    record Choice(TileSourceChoice source, int cacheMb, Locale language) {
        Choice(TileSourceChoice source, int cacheMb) {
            this(source, cacheMb, null);
        }
    }

    private final Messages messages;
    private final ToggleGroup kind = new ToggleGroup();
    private final RadioButton osm;
    private final RadioButton xyz;
    private final RadioButton mbtiles;
    private final RadioButton offline;
    private final TextField url = field("settings-tile-url");
    private final TextField subdomains = field("settings-tile-subdomains");
    private final TextField apiKey = field("settings-tile-apikey");
    private final TextField attribution = field("settings-tile-attribution");
    private final TextField mbtilesFile = field("settings-mbtiles-file");
    private final Spinner<Integer> cacheMb = new Spinner<>(10, 100_000, TilePrefs.DEFAULT_CACHE_MB, 50);
    private final Label error = new Label();
    private final javafx.scene.control.ComboBox<Locale> language = new javafx.scene.control.ComboBox<>();

    TileSettingsDialog(Window owner, Messages messages, TileSettingsViewModel tiles) {
        TileSourceChoice current = tiles.source();
        DiskTileCache cache = tiles.cache();
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("settings.title"));
        setHeaderText(messages.get("settings.tiles"));
        setResizable(true);
        getDialogPane().setId("settings-dialog");
        getDialogPane().getStylesheets().add(TileSettingsDialog.class.getResource("explorer.css").toExternalForm());
        ButtonType okButton = Buttons.ok(messages);
        getDialogPane().getButtonTypes().addAll(okButton, Buttons.cancel(messages));

        osm = radio("settings-tiles-osm", "settings.tiles.osm");
        xyz = radio("settings-tiles-xyz", "settings.tiles.xyz");
        mbtiles = radio("settings-tiles-mbtiles", "settings.tiles.mbtiles");
        offline = radio("settings-tiles-offline", "settings.tiles.offline");
        url.setPromptText(messages.get("settings.tiles.url.prompt"));
        subdomains.setPromptText("a,b,c");
        attribution.setPromptText(messages.get("settings.tiles.attribution.prompt"));
        Button browse = new Button(messages.get("settings.tiles.browse"));
        browse.setId("settings-mbtiles-browse");
        browse.setOnAction(e -> browse(owner));

        GridPane xyzFields = grid(row("settings.tiles.url", url), row("settings.tiles.subdomains", subdomains),
                row("settings.tiles.apiKey", apiKey), row("settings.tiles.attribution", attribution));
        xyzFields.disableProperty().bind(xyz.selectedProperty().not());
        HBox fileRow = new HBox(6, mbtilesFile, browse);
        HBox.setHgrow(mbtilesFile, Priority.ALWAYS);
        fileRow.disableProperty().bind(mbtiles.selectedProperty().not());
        fileRow.setPadding(new Insets(0, 0, 0, 24));

        cacheMb.setId("settings-cache-mb");
        cacheMb.setEditable(true);
        cacheMb.getValueFactory().setValue(tiles.cacheMb());
        Label used = new Label(messages.get("settings.cache.used",
                String.format(Locale.ROOT, "%.1f", cache.sizeBytes() / 1048576.0), cache.root()));
        used.setId("settings-cache-used");
        used.setWrapText(true);
        Button clear = new Button(messages.get("settings.cache.clear"));
        clear.setId("settings-cache-clear");
        clear.setOnAction(e -> {
            tiles.clearCache();
            used.setText(messages.get("settings.cache.used", "0.0", cache.root()));
        });
        HBox cacheRow = new HBox(8, new Label(messages.get("settings.cache.size")), cacheMb, clear);
        Label policy = new Label(messages.get("settings.osmPolicy"));
        policy.setWrapText(true);
        policy.getStyleClass().add("settings-note");

        error.setId("settings-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());

        Label cacheTitle = new Label(messages.get("settings.cache"));
        cacheTitle.getStyleClass().add("settings-section");
        // the window's language (as in View › Language), each in its own name
        language.setId("settings-language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setValue(messages.locale());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : WindowLanguage.nameOf(l);
            }

            @Override
            public Locale fromString(String s) {
                throw new UnsupportedOperationException("read-only");
            }
        });
        HBox languageRow = new HBox(8, new Label(messages.get("menu.view.language")), language);
        languageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, languageRow, new javafx.scene.control.Separator(), osm, policy, xyz, xyzFields, mbtiles, fileRow, offline, cacheTitle, cacheRow, used, error);
        content.setPadding(new Insets(4));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        select(current);
        Node ok = getDialogPane().lookupButton(okButton);
        ok.setId("settings-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                choice();
                error.setVisible(false);
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                error.setVisible(true);
                e.consume();
            }
        });
        setResultConverter(b -> b == okButton ? choice() : null);
    }

    private void select(TileSourceChoice current) {
        if (current instanceof TileSourceChoice.Xyz x) {
            xyz.setSelected(true);
            url.setText(x.template().template());
            subdomains.setText(String.join(",", x.template().subdomains()));
            apiKey.setText(x.template().apiKey());
            attribution.setText(x.attribution());
        } else if (current instanceof TileSourceChoice.MbTiles m) {
            mbtiles.setSelected(true);
            mbtilesFile.setText(m.file().toString());
        } else if (current instanceof TileSourceChoice.Offline) {
            offline.setSelected(true);
        } else {
            osm.setSelected(true);
        }
    }

    /** The choice in the form; throws with a message for the user if it is not usable. */
    Choice choice() {
        TileSourceChoice spec;
        if (xyz.isSelected()) {
            UrlTemplate template = UrlTemplate.parse(url.getText(), TilePrefs.splitList(subdomains.getText()),
                    apiKey.getText());
            if (attribution.getText().isBlank() && !template.isOpenStreetMap()) {
                // providers require their credit on the map; without one the map could only name the host
                throw new IllegalArgumentException(messages.get("settings.tiles.attribution.needed",
                        template.expand(new TileKey(0, 0, 0)).getHost()));
            }
            spec = new TileSourceChoice.Xyz(template, attribution.getText().strip(), "");
        } else if (mbtiles.isSelected()) {
            String f = mbtilesFile.getText().strip();
            if (f.isEmpty()) {
                throw new IllegalArgumentException(messages.get("settings.tiles.mbtiles") + ": ?");
            }
            spec = new TileSourceChoice.MbTiles(Path.of(f), "");
        } else if (offline.isSelected()) {
            spec = new TileSourceChoice.Offline();
        } else {
            spec = new TileSourceChoice.Osm();
        }
        Integer mb = cacheMb.getValue();
        return new Choice(spec, mb == null ? TilePrefs.DEFAULT_CACHE_MB : mb, language.getValue());
    }

    private void browse(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"),
                new FileChooser.ExtensionFilter(messages.get("open.filter.all"), "*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            mbtilesFile.setText(f.getAbsolutePath());
        }
    }

    private RadioButton radio(String id, String key) {
        RadioButton r = new RadioButton(messages.get(key));
        r.setId(id);
        r.setToggleGroup(kind);
        return r;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private Node[] row(String key, TextField field) {
        return new Node[] {new Label(messages.get(key)), field};
    }

    private static GridPane grid(Node[]... rows) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(0, 0, 0, 24));
        for (int i = 0; i < rows.length; i++) {
            g.addRow(i, rows[i]);
            GridPane.setHgrow(rows[i][1], Priority.ALWAYS);
        }
        return g;
    }

    /** Says that the chosen tile source cannot be used (the map stays on the one it shows). */
    static void showProblem(Window owner, Messages messages, String problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("settings.error.title"));
        alert.setHeaderText(messages.get("settings.error.title"));
        alert.getDialogPane().setId("settings-error-dialog");
        alert.show();
    }
}
