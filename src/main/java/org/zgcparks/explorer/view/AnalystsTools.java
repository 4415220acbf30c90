package org.zgcparks.explorer.view;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.zgcparks.explorer.cli.ParkLink;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.view.compare.CompareWindow;
import org.zgcparks.explorer.view.details.MetricsView;
import org.zgcparks.explorer.viewmodel.CompareViewModel;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The main window's analysts' tools: File › Export data…, Edit › Copy link to this park, View › Compare parks…, and
 * the Metrics tab's Compare with… and Export…. Owns the compared parks and the Compare window (built when first
 * opened).
 */
public final class AnalystsTools implements MetricsView.Actions {

    private final Stage stage;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final CompareViewModel compare;
    private final DataExportActions dataExports;
    private CompareWindow compareWindow;

    AnalystsTools(Stage stage, ExplorerViewModel vm, Messages messages, SettingsStore settings) {
        this.stage = stage;
        this.vm = vm;
        this.messages = messages;
        this.compare = vm.compare();
        this.dataExports = new DataExportActions(stage, vm, compare, messages, settings);
    }

    /** File › Export data…: enabled while there are parks matching the filter or compared parks. */
    MenuItem exportDataItem() {
        MenuItem exportData = item("menu-export-data", "menu.file.exportData");
        exportData.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.matchesProperty().get().isEmpty() && compare.parks().isEmpty(), vm.matchesProperty(), compare.parks()));
        exportData.setOnAction(e -> dataExports.exportData());
        return exportData;
    }

    /** The Edit menu: Copy link to this park. */
    Menu editMenu() {
        MenuItem copyLink = item("menu-copy-link", "menu.edit.copyLink");
        copyLink.disableProperty().bind(vm.selectedParkProperty().isNull());
        copyLink.setOnAction(e -> copyLinkToSelectedPark());
        Menu edit = new Menu(messages.get("menu.edit"), null, copyLink);
        edit.setId("menu-edit");
        return edit;
    }

    /** View › Compare parks…. */
    MenuItem compareItem() {
        MenuItem compareParks = item("menu-compare", "menu.view.compare");
        compareParks.setOnAction(e -> openCompare());
        return compareParks;
    }

    private MenuItem item(String id, String key) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        return item;
    }

    /** Opens the Compare window; with a park selected and none chosen yet, that park is in. */
    public CompareWindow openCompare() {
        if (compare.parks().isEmpty() && vm.selectedParkProperty().get() != null) {
            compare.add(vm.selectedParkProperty().get());
        }
        if (compareWindow == null) {
            compareWindow = new CompareWindow(stage, vm, compare, messages, dataExports,
                    MainWindow.class.getResource("explorer.css").toExternalForm());
        }
        compareWindow.show();
        return compareWindow;
    }

    /** Metrics › Compare with…: the park joins the comparison and Compare opens. */
    @Override
    public void compareWith(Park park) {
        compare.add(park);
        openCompare();
    }

    /** Metrics › Export…: the park's figures (CSV) or outline (GeoJSON). */
    @Override
    public void exportPark(Park park) {
        dataExports.exportParks(List.of(park), park.id(), stage);
    }

    /** Edit › Copy link to this park: a zgcparks:// link in the interface's language, on the clipboard. */
    void copyLinkToSelectedPark() {
        Park park = vm.selectedParkProperty().get();
        if (park == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(new ParkLink(park.id(), Optional.of(messages.locale())).toUri());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The Compare window, if it was opened. */
    public Optional<CompareWindow> compareWindow() {
        return Optional.ofNullable(compareWindow);
    }

    /** The compared parks. */
    public CompareViewModel compare() {
        return compare;
    }

    /** The data export commands, for tests that bypass the file chooser. */
    public DataExportActions dataExports() {
        return dataExports;
    }
}
