package org.zgcparks.explorer.view;

import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.settings.FilterPrefs;
import org.zgcparks.explorer.settings.MapPrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/** Keeps the filter (and the map's district boundaries switch) across restarts and describes it for the status bar. */
final class FilterSettings {

    private FilterSettings() {
    }

    static void restore(SettingsStore settings, ExplorerViewModel vm) {
        FilterPrefs saved = FilterPrefs.load(settings);
        ParkFilter f = new ParkFilter(saved.industryIds(),
                saved.matchAll() ? ParkFilter.MatchMode.ALL : ParkFilter.MatchMode.ANY, saved.kinds(), saved.districtIds());
        vm.setFilter(vm.dataset() == null ? f : ExplorerViewModel.retainKnown(f, vm.dataset()));
        MapPrefs map = MapPrefs.load(settings);
        vm.setNonMatching(map.hideNonMatching() ? ExplorerViewModel.NonMatching.HIDE : ExplorerViewModel.NonMatching.DIM);
        vm.setBoundariesShown(map.districtBoundaries());
    }

    static void save(SettingsStore settings, ExplorerViewModel vm) {
        ParkFilter f = vm.filterProperty().get();
        new FilterPrefs(f.industryIds(), f.mode() == ParkFilter.MatchMode.ALL, f.kinds(), f.districtIds()).save(settings);
        new MapPrefs(vm.nonMatchingProperty().get() == ExplorerViewModel.NonMatching.HIDE,
                vm.districts().boundariesShownProperty().get()).save(settings);
    }

    /** "Filter: Commercial aerospace, AI (any) · 7 of 33 parks", or empty without a filter. */
    static String describe(ExplorerViewModel vm, Messages messages) {
        ParkFilter f = vm.filterProperty().get();
        Dataset ds = vm.dataset();
        if (f.isEmpty() || ds == null) {
            return "";
        }
        return messages.get("status.filter", ParkFilter.describe(f, ds, messages), vm.matchesProperty().get().size(),
                ds.parks().size());
    }
}
