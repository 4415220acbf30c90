package org.zgcparks.explorer.view;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.TileService;
import org.zgcparks.explorer.tiles.TileStats;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** The status bar: dataset and park count, background work, tile loading, and whether tiles come from the network. */
final class StatusBar extends HBox {

    private final Label tiles = new Label();
    private final TileStats stats;
    private final Messages messages;
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    StatusBar(ExplorerViewModel vm, TileService tileService, Messages messages) {
        this.messages = messages;
        this.stats = tileService.stats();
        setId("status-bar");
        getStyleClass().add("status-bar");

        Label dataset = new Label();
        dataset.setId("status-dataset");
        dataset.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.dataset", vm.datasetNameProperty().get(), vm.parks().size()),
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
        Label network = new Label(tileService.info().online() ? messages.get("status.online", tileService.info().name())
                : messages.get("status.offline"));
        network.setId("status-network");
        network.getStyleClass().add(tileService.info().online() ? "status-online" : "status-offline");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dataset, filter, busy, task, spacer, tiles, network);
        updateTiles();
        stats.addListener(this::scheduleUpdate);
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

    private void updateTiles() {
        int pending = stats.pending();
        tiles.setText(pending > 0 ? messages.get("status.tiles.loading", pending, stats.loaded())
                : messages.get("status.tiles.done", stats.loaded()));
    }
}
