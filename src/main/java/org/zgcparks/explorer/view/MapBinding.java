package org.zgcparks.explorer.view;

import java.util.List;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.view.map.ParkClick;
import org.zgcparks.explorer.view.map.ParkMapView;
import org.zgcparks.explorer.view.support.WeakListeners;
import org.zgcparks.explorer.viewmodel.CompareViewModel;
import org.zgcparks.explorer.viewmodel.Districts;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * Binds the map to the application's view-models, both ways: the map shows the dataset's parks, the filter's
 * matches and the selection (one {@link ParkMapView#show} per change), and the district overlay follows the
 * districts; a click on the map selects the park (or clears the selection), a Ctrl- or Shift-click adds it to or
 * takes it out of Compare, and the park under the pointer is the view-model's hovered park.
 */
final class MapBinding {

    private final ExplorerViewModel vm;
    private final CompareViewModel compare;
    private final Messages messages;
    private final ParkMapView map;

    private MapBinding(ExplorerViewModel vm, CompareViewModel compare, Messages messages, ParkMapView map) {
        this.vm = vm;
        this.compare = compare;
        this.messages = messages;
        this.map = map;
    }

    static void bind(ExplorerViewModel vm, CompareViewModel compare, Messages messages, ParkMapView map) {
        new MapBinding(vm, compare, messages, map).bind();
    }

    /**
     * The view-models outlive the window (a language switch builds a new one), so they hold the map's listeners
     * weakly: a dropped window's map goes with it.
     */
    private void bind() {
        WeakListeners.listen(map, vm.datasetProperty(), (obs, old, ds) -> showParks(ds));
        showParks(vm.dataset());
        WeakListeners.listen(map, vm.selectedParkProperty(), (obs, old, now) -> show());
        WeakListeners.listen(map, vm.matchesProperty(), (obs, old, now) -> show());
        WeakListeners.listen(map, vm.nonMatchingProperty(), (obs, old, now) -> show());
        show();
        map.setOnParkClicked(this::clicked);
        map.hoveredParkProperty().addListener((obs, old, park) -> hover(park));
        bindDistricts(vm.districts());
    }

    private void showParks(Dataset ds) {
        map.setParks(ds == null ? List.of() : ds.parks());
        show();
    }

    /** The map shows the view-model's state: one call, so the map restyles once per change. */
    private void show() {
        map.show(vm.matchesProperty().get().keySet(), vm.selectedParkProperty().get(),
                vm.nonMatchingProperty().get() == ExplorerViewModel.NonMatching.HIDE);
    }

    private void clicked(ParkClick click) {
        if (click.park() == null) {
            if (!click.toggle()) {
                vm.clearSelection();
            }
        } else if (click.toggle()) {
            toggleCompared(click.park());
        } else {
            select(click.park());
        }
    }

    /** The one place the map changes the selection. */
    private void select(Park park) {
        vm.select(park);
    }

    /** The one place the map changes the hovered park. */
    private void hover(Park park) {
        vm.hover(park);
    }

    /** Ctrl-click: the park joins Compare, or leaves it if it was in; the map says which (or that Compare is full). */
    private void toggleCompared(Park park) {
        String name = park.names().in(messages.locale());
        if (compare.parks().contains(park)) {
            compare.remove(park);
            map.showNotice(messages.get("map.compare.removed", name, compare.parks().size()));
        } else if (compare.add(park)) {
            map.showNotice(messages.get("map.compare.added", name, compare.parks().size()));
        } else {
            map.showNotice(messages.get("map.compare.full", ParkComparison.MAX_PARKS));
        }
    }

    /** The district overlay follows the boundaries, View › District boundaries and the filter's districts. */
    private void bindDistricts(Districts d) {
        var districts = map.districtLayer();
        districts.setBasemap(d.basemapProperty().get());
        WeakListeners.listen(map, d.basemapProperty(), (obs, o, b) -> districts.setBasemap(b));
        districts.setShowAll(d.boundariesShownProperty().get());
        WeakListeners.listen(map, d.boundariesShownProperty(), (obs, o, on) -> districts.setShowAll(on));
        districts.setChosen(d.chosenProperty().get());
        WeakListeners.listen(map, d.chosenProperty(), (obs, o, chosen) -> districts.setChosen(chosen));
    }
}
