package org.zgcparks.explorer.view;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.query.ParkFilter;

/** Keeps the filter (and the map's district boundaries switch) across restarts and describes it for the status bar. */
final class FilterSettings {

    private FilterSettings() {
    }

    static void restore(SettingsStore settings, ExplorerViewModel vm) {
        Set<String> industries = split(settings.get("filter.industries").orElse(""));
        Set<String> districts = split(settings.get("filter.districts").orElse(""));
        Set<ParkKind> kinds = split(settings.get("filter.kinds").orElse("")).stream()
                .map(ParkKind::fromId).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        ParkFilter.MatchMode mode = "all".equals(settings.get("filter.mode").orElse("any"))
                ? ParkFilter.MatchMode.ALL : ParkFilter.MatchMode.ANY;
        ParkFilter f = new ParkFilter(industries, mode, kinds, districts);
        vm.filterProperty().set(vm.dataset() == null ? f : ExplorerViewModel.retainKnown(f, vm.dataset()));
        vm.nonMatchingProperty().set("hide".equals(settings.get("map.nonMatching").orElse("dim"))
                ? ExplorerViewModel.NonMatching.HIDE : ExplorerViewModel.NonMatching.DIM);
        vm.districts().boundariesShownProperty().set(settings.getBoolean("map.districtBoundaries", false));
    }

    static void save(SettingsStore settings, ExplorerViewModel vm) {
        ParkFilter f = vm.filterProperty().get();
        settings.put("filter.industries", String.join(",", f.industryIds()));
        settings.put("filter.districts", String.join(",", f.districtIds()));
        settings.put("filter.kinds", f.kinds().stream().map(ParkKind::id).collect(Collectors.joining(",")));
        settings.put("filter.mode", f.mode() == ParkFilter.MatchMode.ALL ? "all" : "any");
        settings.put("map.nonMatching", vm.nonMatchingProperty().get() == ExplorerViewModel.NonMatching.HIDE ? "hide" : "dim");
        settings.put("map.districtBoundaries", Boolean.toString(vm.districts().boundariesShownProperty().get()));
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

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
