package org.zgcparks.explorer.viewmodel;

import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.query.ParkMatcher;
import org.zgcparks.explorer.query.PreparedDataset;
import org.zgcparks.explorer.query.SearchIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.task.TaskRunner;

/**
 * The explorer's state and commands: the loaded dataset, the filter and the parks that match it (and why), the
 * selected and hovered park, and search. Views bind to these properties and call the commands; nothing here knows
 * about controls or scenes.
 */
public final class ExplorerViewModel {

    private final DatasetLoader loader;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObservableList<Park> matchingParks = FXCollections.observableArrayList();
    // Unmodifiable views are made once: such a view listens to its list weakly, so a view made per call can be
    // collected with the listeners added to it, and the UI would silently stop updating.
    private final ObservableList<Park> parksView = FXCollections.unmodifiableObservableList(parks);
    private final ObservableList<Park> matchingView = FXCollections.unmodifiableObservableList(matchingParks);
    private final ReadOnlyObjectWrapper<Map<String, ParkMatcher.Match>> matches =
            new ReadOnlyObjectWrapper<>(this, "matches", Map.of());
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>(this, "selectedPark");
    private final ObjectProperty<Park> hoveredPark = new SimpleObjectProperty<>(this, "hoveredPark");
    private final ObjectProperty<ParkFilter> filter = new SimpleObjectProperty<>(this, "filter", ParkFilter.NONE);
    private final ObjectProperty<NonMatching> nonMatching = new SimpleObjectProperty<>(this, "nonMatching", NonMatching.DIM);
    private final BooleanBinding selectionHiddenByFilter;
    private ParkMatcher matcher = new ParkMatcher(List.of());
    private SearchIndex searchIndex;
    private final Districts districts;

    /** What the map does with parks that do not match the filter. */
    public enum NonMatching {
        DIM, HIDE
    }

    public ExplorerViewModel(DatasetLoader loader, TaskRunner tasks) {
        this.loader = loader;
        this.tasks = tasks;
        filter.addListener((obs, old, f) -> applyFilter());
        selectionHiddenByFilter = Bindings.createBooleanBinding(
                () -> selectedPark.get() != null && !matches.get().containsKey(selectedPark.get().id()),
                selectedPark, matches);
        districts = new Districts(this);
    }

    private void applyFilter() {
        ParkFilter f = filter.get() == null ? ParkFilter.NONE : filter.get();
        Map<String, ParkMatcher.Match> byId = new LinkedHashMap<>();
        for (ParkMatcher.Match m : matcher.matches(f)) {
            byId.put(m.park().id(), m);
        }
        // the list first, so that listeners of either see both up to date
        matchingParks.setAll(byId.values().stream().map(ParkMatcher.Match::park).toList());
        matches.set(Collections.unmodifiableMap(byId));
    }

    // ---- commands ------------------------------------------------------------------------------------

    /**
     * Shows a dataset; keeps the selection if the new dataset has a park with the same id. This builds the matcher
     * and the search index here; {@link #setDataset(PreparedDataset, String)} takes them built off the FX thread.
     */
    public void setDataset(Dataset newDataset, String name) {
        setDataset(PreparedDataset.of(newDataset), name);
    }

    /** Shows a dataset whose matcher and search index are already built; keeps the selection as above. */
    public void setDataset(PreparedDataset prepared, String name) {
        Dataset newDataset = prepared.dataset();
        String selectedId = selectedPark.get() == null ? null : selectedPark.get().id();
        hoveredPark.set(null);
        selectedPark.set(null);
        matcher = prepared.matcher();
        searchIndex = prepared.searchIndex();
        dataset.set(newDataset);
        datasetName.set(name);
        parks.setAll(newDataset.parks());
        filter.set(retainKnown(filter.get(), newDataset));
        applyFilter();
        if (selectedId != null) {
            select(selectedId);
        }
    }

    /**
     * Loads a dataset file in the background. On success it replaces the current one; if the file is invalid
     * the current dataset stays and {@code onProblems} receives every problem found.
     */
    public void openDataset(Path file, Runnable onLoaded, Consumer<DatasetException> onProblems) {
        tasks.run("Loading " + file.getFileName(), () -> PreparedDataset.of(warnMissingTranslations(file, loader.load(file))), ds -> {
            setDataset(ds, file.getFileName().toString());
            onLoaded.run();
        }, error -> {
            if (error instanceof DatasetException de) {
                onProblems.accept(de);
            } else {
                onProblems.accept(new DatasetException(List.of(new org.zgcparks.explorer.dataset.Problem(
                        file.toString(), "", 0, 0, "cannot load: " + error))));
            }
        });
    }

    /** Logs, as warnings, each text of a user's dataset that lacks a language (English is shown in its place). */
    private static org.zgcparks.explorer.model.Dataset warnMissingTranslations(Path file,
                                                                              org.zgcparks.explorer.model.Dataset ds) {
        var gaps = org.zgcparks.explorer.dataset.TranslationRules.check(String.valueOf(file.getFileName()), ds);
        var log = java.util.logging.Logger.getLogger(ExplorerViewModel.class.getName());
        gaps.forEach(g -> log.warning(g.format()));
        return ds;
    }

    /** Selects the park with the id; returns false (and leaves the selection) if there is none. */
    public boolean select(String parkId) {
        Optional<Park> park = dataset.get() == null ? Optional.empty() : dataset.get().park(parkId);
        park.ifPresent(selectedPark::set);
        return park.isPresent();
    }

    public void clearSelection() {
        selectedPark.set(null);
    }

    /** Shows only the parks with this industry (one click from a chip or a search hit). */
    public void filterByIndustry(String industryId) {
        filter.set(filter.get().withIndustries(Set.of(industryId)));
    }

    /** Adds or removes an industry from the filter. */
    public void setIndustryChosen(String industryId, boolean chosen) {
        Set<String> ids = new LinkedHashSet<>(filter.get().industryIds());
        if (chosen ? ids.add(industryId) : ids.remove(industryId)) {
            filter.set(filter.get().withIndustries(ids));
        }
    }

    public void setMatchMode(ParkFilter.MatchMode mode) {
        ParkFilter f = filter.get();
        filter.set(new ParkFilter(f.industryIds(), mode, f.kinds(), f.districtIds()));
    }

    public void setKinds(Set<ParkKind> kinds) {
        ParkFilter f = filter.get();
        filter.set(new ParkFilter(f.industryIds(), f.mode(), kinds, f.districtIds()));
    }

    public void setDistricts(Set<String> districtIds) {
        ParkFilter f = filter.get();
        filter.set(new ParkFilter(f.industryIds(), f.mode(), f.kinds(), districtIds));
    }

    public void clearFilters() {
        filter.set(new ParkFilter(Set.of(), filter.get().mode(), Set.of(), Set.of()));
    }

    /** Parks and industries whose names match the text, best first. */
    public List<SearchIndex.Hit> search(String text, int limit) {
        return searchIndex == null ? List.of() : searchIndex.search(text, limit);
    }

    /** Acts on a search hit: selects a park (the map flies to it), or filters by an industry. */
    public void activate(SearchIndex.Hit hit) {
        if (hit.kind() == SearchIndex.Kind.PARK) {
            select(hit.id());
        } else {
            filterByIndustry(hit.id());
        }
    }

    /** The filter without ids the dataset does not have (after opening another dataset, or from old settings). */
    public static ParkFilter retainKnown(ParkFilter f, Dataset ds) {
        Set<String> industries = new LinkedHashSet<>(f.industryIds());
        industries.removeIf(id -> ds.industry(id).isEmpty());
        Set<String> districts = new LinkedHashSet<>(f.districtIds());
        districts.removeIf(id -> ds.district(id).isEmpty());
        return new ParkFilter(industries, f.mode(), f.kinds(), districts);
    }
    // ---- properties ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** Every park of the dataset. */
    public ObservableList<Park> parks() {
        return parksView;
    }

    /** The parks that pass the filter, in dataset order. */
    public ObservableList<Park> matchingParks() {
        return matchingView;
    }

    /** Why each matching park matched, by park id. */
    /** The parks matching the current filter, in the dataset's order, with the filter in words (for booklets). */
    public FilteredParks filteredParks(Messages messages) {
        return FilteredParks.of(matcher, filterProperty().get(), dataset(), messages);
    }

    public ReadOnlyObjectProperty<Map<String, ParkMatcher.Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ObjectProperty<ParkFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<NonMatching> nonMatchingProperty() {
        return nonMatching;
    }

    /** True while the selected park does not pass the filter (it stays selected, and the UI says so). */
    public BooleanBinding selectionHiddenByFilterProperty() {
        return selectionHiddenByFilter;
    }

    public ObjectProperty<Park> selectedParkProperty() {
        return selectedPark;
    }

    public ObjectProperty<Park> hoveredParkProperty() {
        return hoveredPark;
    }

    /** The districts' boundaries, the district overlay and the check of parks against the boundaries. */
    public Districts districts() {
        return districts;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
