package org.zgcparks.explorer.view;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zgcparks.explorer.compare.BarChartModel;
import org.zgcparks.explorer.compare.ChartSvg;
import org.zgcparks.explorer.export.DataExport;
import org.zgcparks.explorer.export.ExportFormat;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.FolderPrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.view.compare.ChartImages;
import org.zgcparks.explorer.viewmodel.CompareViewModel;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * File › Export data… (the parks matching the filter, or the compared parks, as the user chooses; CSV of figures or
 * GeoJSON of parks, by the file's extension) and chart images. Files are written in the background through the
 * task runner, atomically; a failure is shown and leaves no file.
 */
public final class DataExportActions {

    /** Which parks to export. */
    public enum Scope {
        FILTER, COMPARED
    }

    private final Window owner;
    private final ExplorerViewModel vm;
    private final CompareViewModel compare;
    private final Messages messages;
    private final SettingsStore settings;

    public DataExportActions(Window owner, ExplorerViewModel vm, CompareViewModel compare, Messages messages,
                             SettingsStore settings) {
        this.owner = owner;
        this.vm = vm;
        this.compare = compare;
        this.messages = messages;
        this.settings = settings;
    }

    /** File › Export data…: asks which parks (when there are compared parks), then for the file. */
    public void exportData() {
        chooseScope().ifPresent(scope -> {
            List<Park> parks = parks(scope);
            chooseFile(scope == Scope.COMPARED ? "zgc-parks-compared" : "zgc-parks", owner)
                    .ifPresent(f -> write(parks, f));
        });
    }

    /** Asks for a file and exports the given parks (Export… in the Metrics tab and in the Compare window). */
    public void exportParks(List<Park> parks, String baseName, Window from) {
        chooseFile(baseName, from).ifPresent(f -> write(parks, f));
    }

    /** The parks of a scope, in the dataset's order (compared parks in the order chosen). */
    public List<Park> parks(Scope scope) {
        if (scope == Scope.COMPARED) {
            return List.copyOf(compare.parks());
        }
        var matches = vm.matchesProperty().get();
        return vm.dataset().parks().stream().filter(p -> matches.containsKey(p.id())).toList();
    }

    /** Writes the parks to the file in the background, then says where it is (or why it could not). */
    public void write(List<Park> parks, Path file) {
        Dataset ds = vm.dataset();
        List<Park> snapshot = List.copyOf(parks);
        vm.tasks().run(messages.get("dataExport.running"), () -> DataExport.write(ds, snapshot, file),
                r -> done(messages.get(r.format() == ExportFormat.CSV ? "dataExport.done.csv" : "dataExport.done.geojson",
                        r.figures(), r.parks(), file), file), this::failed);
    }

    /**
     * Exports a chart as PNG (a snapshot of it on screen) or SVG (a vector drawing of its model), by the extension
     * chosen; without one, by the file type chosen.
     */
    public void exportChart(Node chart, BarChartModel model, String baseName, Window from) {
        FileChooser chooser = chooser(baseName + ".png");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG", "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG", "*.svg");
        chooser.getExtensionFilters().setAll(png, svg);
        File f = chooser.showSaveDialog(from);
        if (f != null) {
            Path p = f.toPath();
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean typed = name.endsWith(".png") || name.endsWith(".svg");
            writeChart(chart, model, typed ? p : p.resolveSibling(p.getFileName()
                    + (chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png")));
        }
    }

    /**
     * Writes a chart to a file: SVG (a {@code .svg} name) drawn from its model, else PNG, a snapshot at twice its size
     * on screen, for print (the snapshot on the FX thread, the encoding in the background).
     */
    public void writeChart(Node chart, BarChartModel model, Path file) {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        BufferedImage image = svg ? null : ChartImages.snapshot(chart, 2);
        vm.tasks().run(messages.get("dataExport.running"), () -> {
            if (svg) {
                ChartSvg.write(model, file);
            } else {
                ChartImages.writePng(image, file);
            }
            return file;
        }, f -> done(messages.get("export.done", f), f), this::failed);
    }

    private Optional<Scope> chooseScope() {
        int filtered = parks(Scope.FILTER).size();
        int compared = compare.parks().size();
        if (compared == 0) {
            return filtered == 0 ? Optional.empty() : Optional.of(Scope.FILTER);
        }
        Dialog<Scope> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("dataExport.title"));
        dialog.setHeaderText(messages.get("dataExport.which"));
        ToggleGroup group = new ToggleGroup();
        RadioButton byFilter = new RadioButton(messages.get("dataExport.scope.filter", filtered));
        byFilter.setId("export-scope-filter");
        byFilter.setToggleGroup(group);
        byFilter.setDisable(filtered == 0);
        RadioButton byCompare = new RadioButton(messages.get("dataExport.scope.compared", compared));
        byCompare.setId("export-scope-compared");
        byCompare.setToggleGroup(group);
        (filtered == 0 ? byCompare : byFilter).setSelected(true);
        dialog.getDialogPane().setContent(new VBox(8, byFilter, byCompare,
                new Label(messages.get("dataExport.formats"))));
        dialog.getDialogPane().setId("export-scope-dialog");
        ButtonType ok = Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(messages));
        dialog.setResultConverter(b -> b == ok ? (byCompare.isSelected() ? Scope.COMPARED : Scope.FILTER) : null);
        return dialog.showAndWait();
    }

    private Optional<Path> chooseFile(String baseName, Window from) {
        FileChooser chooser = chooser(baseName + ".csv");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(messages.get("dataExport.filter.csv"), "*.csv");
        FileChooser.ExtensionFilter geojson = new FileChooser.ExtensionFilter(messages.get("dataExport.filter.geojson"),
                "*.geojson");
        chooser.getExtensionFilters().setAll(csv, geojson);
        File f = chooser.showSaveDialog(from);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (ExportFormat.of(p).isEmpty()) {
            p = p.resolveSibling(p.getFileName() + (chooser.getSelectedExtensionFilter() == geojson ? ".geojson" : ".csv"));
        }
        return Optional.of(p);
    }

    private FileChooser chooser(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dataExport.title"));
        chooser.setInitialFileName(name);
        FolderPrefs.load(settings).existingExportFolder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private void done(String text, Path file) {
        FolderPrefs.exported(settings, file);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("dataExport.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("data-export-done-dialog");
        alert.show();
    }

    private void failed(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()), Buttons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("dataExport.title"));
        alert.setHeaderText(messages.get("dataExport.failed"));
        alert.getDialogPane().setId("data-export-failed-dialog");
        alert.show();
    }
}
