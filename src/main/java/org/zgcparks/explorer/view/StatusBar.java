package org.zgcparks.explorer.view;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.NetworkStatus;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileStats;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.view.support.WeakListeners;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The status bar: dataset and park count, filter, background work, tile loading, and whether tiles come from the
 * network (with a Retry action while offline).
 */
final class StatusBar extends HBox {

    private final Label tiles = new Label();
    private final Label network = new Label();
    private final Label settingsProblem = new Label();
    private final Runnable scheduleUpdate = WeakListeners.runnable(this, this::scheduleUpdate);
    private TileStats stats;
    private final Messages messages;
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    StatusBar(ExplorerViewModel vm, MapTiles mapTiles, Messages messages) {
        this.messages = messages;
        setId("status-bar");
        getStyleClass().add("status-bar");

        Label dataset = new Label();
        dataset.setId("status-dataset");
        dataset.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.dataset", shownName(vm.datasetNameProperty().get()), vm.parks().size()),
                vm.datasetNameProperty(), vm.parks()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("status-busy");
        busy.getStyleClass().add("status-busy");
        busy.visibleProperty().bind(vm.tasks().runningProperty().greaterThan(0));
        busy.managedProperty().bind(busy.visibleProperty());
        Label task = new Label();
        task.setId("status-task");
        task.textProperty().bind(vm.tasks().descriptionProperty());

        Label filter = new Label();
        filter.setId("status-filter");
        filter.getStyleClass().add("status-filter");
        filter.textProperty().bind(Bindings.createStringBinding(
                () -> FilterSettings.describe(vm, messages), vm.filterProperty(), vm.matchesProperty()));

        tiles.setId("status-tiles");
        network.setId("status-network");
        Hyperlink retry = new Hyperlink(messages.get("status.retry"));
        retry.setId("status-retry");
        retry.setFocusTraversable(false);
        retry.setOnAction(e -> {
            mapTiles.source().retry();
            retry.setVisited(false);
        });
        retry.visibleProperty().bind(Bindings.createBooleanBinding(() -> mapTiles.statusProperty().get()
                == NetworkStatus.OFFLINE && !mapTiles.source().isStayingOffline(), mapTiles.statusProperty(),
                mapTiles.sourceProperty()));
        retry.managedProperty().bind(retry.visibleProperty());
        network.textProperty().bind(Bindings.createStringBinding(() -> describe(mapTiles.source(),
                mapTiles.statusProperty().get()), mapTiles.statusProperty(), mapTiles.sourceProperty()));
        WeakListeners.listen(this, mapTiles.statusProperty(), (obs, o, st) -> styleNetwork(st));
        styleNetwork(mapTiles.statusProperty().get());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dataset, filter, busy, task, spacer, tiles, network, retry);
        settingsProblem.setId("status-settings");
        settingsProblem.getStyleClass().add("status-offline");
        settingsProblem.setVisible(false);
        settingsProblem.managedProperty().bind(settingsProblem.visibleProperty());
        getChildren().add(settingsProblem);
        watch(mapTiles.source());
        WeakListeners.listen(this, mapTiles.sourceProperty(), (obs, old, next) -> {
            if (old != null) {
                old.stats().removeListener(scheduleUpdate);
            }
            watch(next);
        });
    }

    /** A notice from an action (where a print job went, or why it failed), shown after the background work. */
    void addNotice(javafx.beans.value.ObservableValue<String> text) {
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(text);
        getChildren().add(getChildren().indexOf(lookup("#status-task")) + 1, notice);
    }

    private void watch(TileSource service) {
        stats = service.stats();
        stats.addListener(scheduleUpdate);
        updateTiles();
    }

    private String describe(TileSource service, NetworkStatus status) {
        return switch (status) {
            case ONLINE -> messages.get("status.online", service.info().name());
            case OFFLINE -> messages.get(service.isStayingOffline() ? "status.offline.chosen" : "status.offline");
            case LOCAL -> messages.get("status.local", service.spec() instanceof TileSourceChoice.Offline
                    ? messages.get("settings.tiles.offlineName") : service.info().name());
        };
    }

    private void styleNetwork(NetworkStatus status) {
        network.getStyleClass().removeAll("status-online", "status-offline");
        network.getStyleClass().add(status == NetworkStatus.OFFLINE ? "status-offline" : "status-online");
    }

    /** Coalesces the tile threads' many updates into at most one per pulse. */
    private void scheduleUpdate() {
        if (updateQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                updateQueued.set(false);
                updateTiles();
            });
        }
    }

    /** Counts only real map tiles; when the offline basemap is all there is, it says so instead. */
    private void updateTiles() {
        int pending = stats.pending();
        int fetched = stats.fetched();
        tiles.setText(pending > 0 ? messages.get("status.tiles.loading", pending, fetched)
                : fetched == 0 && stats.basemap() > 0 ? messages.get("status.tiles.basemap")
                : messages.get("status.tiles.done", fetched));
    }

    /** Says that settings cannot be saved; the reason is in the tooltip. */
    void showSettingsProblem(String reason) {
        settingsProblem.setText(messages.get("status.settings.unsaved"));
        settingsProblem.setTooltip(new javafx.scene.control.Tooltip(reason));
        settingsProblem.setVisible(true);
    }

    /** The bundled dataset is named in the window's language; a file the user opened by its file name. */
    private String shownName(String name) {
        return DatasetLoader.BUNDLED_NAME.equals(name) ? messages.get("status.dataset.bundled") : name;
    }
}
