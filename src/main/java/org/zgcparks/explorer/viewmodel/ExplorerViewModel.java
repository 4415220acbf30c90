package org.zgcparks.explorer.viewmodel;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.dataset.Problem;
import org.zgcparks.explorer.dataset.TranslationRules;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.query.FilteredParks;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.query.ParkMatcher;
import org.zgcparks.explorer.query.PreparedDataset;
import org.zgcparks.explorer.query.SearchIndex;
import org.zgcparks.explorer.task.TaskRunner;

/**
 * The explorer's state and commands: the loaded dataset, the filter and the parks that match it (and why), the
 * selected and hovered park, search, and the parks chosen for comparison. Views bind to the read-only properties and
 * change state only through the commands; a command that would set what is already there does nothing (so a view
 * that shows the state in its controls, and whose controls call the commands, feeds nothing back). Nothing here
 * knows about controls or scenes.
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
    private final ReadOnlyObjectWrapper<Park> selectedPark = new ReadOnlyObjectWrapper<>(this, "selectedPark");
    private final ReadOnlyObjectWrapper<Park> hoveredPark = new ReadOnlyObjectWrapper<>(this, "hoveredPark");
    private final ReadOnlyObjectWrapper<ParkFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", ParkFilter.NONE);
    private final ReadOnlyObjectWrapper<NonMatching> nonMatching =
            new ReadOnlyObjectWrapper<>(this, "nonMatching", NonMatching.DIM);
    private final BooleanBinding selectionHiddenByFilter;
    private ParkMatcher matcher = new ParkMatcher(List.of());
    private SearchIndex searchIndex;
    private final Districts districts;
    private final CompareViewModel compare;

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
        compare = new CompareViewModel(this);
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
        ParkFilter kept = retainKnown(filter.get(), newDataset);
        if (kept.equals(filter.get())) {
            applyFilter(); // the same filter on other parks
        } else {
            filter.set(kept);
        }
        if (selectedId != null) {
            select(selectedId);
        }
    }

    /**
     * Loads a dataset file in the background. On success it replaces the current one; if the file is invalid
     * the current dataset stays and {@code onProblems} receives every problem found.
     */
    public void openDataset(Path file, Runnable onLoaded, Consumer<DatasetException> onProblems) {
        String name = String.valueOf(file.getFileName());
        tasks.run("Loading " + name, () -> PreparedDataset.of(warnMissingTranslations(file, loader.load(file))), ds -> {
            setDataset(ds, name);
            onLoaded.run();
        }, error -> onProblems.accept(asProblems(file.toString(), error)));
    }

    /**
     * File › Open bundled dataset: loads the dataset that ships with the app in the background, as
     * {@link #openDataset} does a file.
     *
     * @param description what the status bar says while it loads
     */
    public void openBundled(String description, Consumer<DatasetException> onProblems) {
        tasks.run(description, () -> PreparedDataset.of(loader.loadBundled()),
                ds -> setDataset(ds, DatasetLoader.BUNDLED_NAME),
                error -> onProblems.accept(asProblems(DatasetLoader.BUNDLED_NAME, error)));
    }

    private static DatasetException asProblems(String source, Throwable error) {
        return error instanceof DatasetException de ? de
                : new DatasetException(List.of(new Problem(source, "", 0, 0, "cannot load: " + error)));
    }

    /** Logs, as warnings, each text of a user's dataset that lacks a language (English is shown in its place). */
    private static Dataset warnMissingTranslations(Path file, Dataset ds) {
        Logger log = Logger.getLogger(ExplorerViewModel.class.getName());
        TranslationRules.check(String.valueOf(file.getFileName()), ds).forEach(g -> log.warning(g.format()));
        return ds;
    }

    /** Selects the park with the id; returns false (and leaves the selection) if there is none. */
    public boolean select(String parkId) {
        Optional<Park> park = dataset.get() == null ? Optional.empty() : dataset.get().park(parkId);
        park.ifPresent(this::select);
        return park.isPresent();
    }

    /** Selects a park (null: none). */
    public void select(Park park) {
        if (!Objects.equals(selectedPark.get(), park)) {
            selectedPark.set(park);
        }
    }

    public void clearSelection() {
        select((Park) null);
    }

    /** The park under the pointer (null: none). */
    public void hover(Park park) {
        if (!Objects.equals(hoveredPark.get(), park)) {
            hoveredPark.set(park);
        }
    }

    /** Shows only the parks passing this filter (null: no filter); the same filter again does nothing. */
    public void setFilter(ParkFilter f) {
        ParkFilter next = f == null ? ParkFilter.NONE : f;
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }

    /** Shows only the parks with this industry (one click from a chip or a search hit). */
    public void filterByIndustry(String industryId) {
        setIndustries(Set.of(industryId));
    }

    /** Filters by exactly these industries: a whole group of the industry tree is one change. */
    public void setIndustries(Set<String> industryIds) {
        setFilter(filter.get().withIndustries(new LinkedHashSet<>(industryIds)));
    }

    /** Adds or removes an industry from the filter. */
    public void setIndustryChosen(String industryId, boolean chosen) {
        Set<String> ids = new LinkedHashSet<>(filter.get().industryIds());
        if (chosen ? ids.add(industryId) : ids.remove(industryId)) {
            setIndustries(ids);
        }
    }

    public void setMatchMode(ParkFilter.MatchMode mode) {
        ParkFilter f = filter.get();
        setFilter(new ParkFilter(f.industryIds(), mode, f.kinds(), f.districtIds()));
    }

    public void setKinds(Set<ParkKind> kinds) {
        ParkFilter f = filter.get();
        setFilter(new ParkFilter(f.industryIds(), f.mode(), kinds, f.districtIds()));
    }

    public void setDistricts(Set<String> districtIds) {
        ParkFilter f = filter.get();
        setFilter(new ParkFilter(f.industryIds(), f.mode(), f.kinds(), districtIds));
    }

    public void clearFilters() {
        setFilter(new ParkFilter(Set.of(), filter.get().mode(), Set.of(), Set.of()));
    }

    /** Whether the map dims or hides the parks that do not match. */
    public void setNonMatching(NonMatching mode) {
        Objects.requireNonNull(mode, "mode");
        if (nonMatching.get() != mode) {
            nonMatching.set(mode);
        }
    }

    /** View › District boundaries. */
    public void setBoundariesShown(boolean shown) {
        districts.setBoundariesShown(shown);
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

    /** The parks matching the current filter, in the dataset's order, with the filter in words (for booklets). */
    public FilteredParks filteredParks(Messages messages) {
        return FilteredParks.of(matcher, filter.get(), dataset(), messages);
    }

    /** Why each matching park matched, by park id. */
    public ReadOnlyObjectProperty<Map<String, ParkMatcher.Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ParkFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NonMatching> nonMatchingProperty() {
        return nonMatching.getReadOnlyProperty();
    }

    /** True while the selected park does not pass the filter (it stays selected, and the UI says so). */
    public BooleanBinding selectionHiddenByFilterProperty() {
        return selectionHiddenByFilter;
    }

    public ReadOnlyObjectProperty<Park> selectedParkProperty() {
        return selectedPark.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Park> hoveredParkProperty() {
        return hoveredPark.getReadOnlyProperty();
    }

    /** The districts' boundaries, the district overlay and the check of parks against the boundaries. */
    public Districts districts() {
        return districts;
    }

    /** The parks chosen for comparison (emptied when another dataset opens). */
    public CompareViewModel compare() {
        return compare;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
