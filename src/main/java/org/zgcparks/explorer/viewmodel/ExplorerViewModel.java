package org.zgcparks.explorer.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

/**
 * The explorer's state and commands: the loaded dataset, the parks the list shows, the selected and hovered
 * park, and the list's text filter. Views bind to these properties and call the commands; nothing here knows
 * about controls or scenes.
 */
public final class ExplorerViewModel {

    private final DatasetLoader loader;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final FilteredList<Park> listedParks = new FilteredList<>(parks, p -> true);
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>(this, "selectedPark");
    private final ObjectProperty<Park> hoveredPark = new SimpleObjectProperty<>(this, "hoveredPark");
    private final StringProperty listFilter = new SimpleStringProperty(this, "listFilter", "");

    public ExplorerViewModel(DatasetLoader loader, TaskRunner tasks) {
        this.loader = loader;
        this.tasks = tasks;
        listFilter.addListener((obs, old, text) -> {
            String q = TextMatch.normalize(text);
            listedParks.setPredicate(q.isEmpty() ? p -> true : p -> matches(p, q));
        });
    }

    /** Whether a park's names, pinyin or aliases contain the normalised query. */
    static boolean matches(Park park, String normalizedQuery) {
        var n = park.names();
        if (TextMatch.normalize(n.en()).contains(normalizedQuery) || TextMatch.normalize(n.zh()).contains(normalizedQuery)
                || TextMatch.normalize(n.ru()).contains(normalizedQuery)
                || TextMatch.normalize(n.pinyin()).contains(normalizedQuery)) {
            return true;
        }
        return park.aliases().stream().anyMatch(a -> TextMatch.normalize(a).contains(normalizedQuery));
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** Shows a dataset; keeps the selection if the new dataset has a park with the same id. */
    public void setDataset(Dataset newDataset, String name) {
        String selectedId = selectedPark.get() == null ? null : selectedPark.get().id();
        hoveredPark.set(null);
        selectedPark.set(null);
        dataset.set(newDataset);
        datasetName.set(name);
        parks.setAll(newDataset.parks());
        if (selectedId != null) {
            select(selectedId);
        }
    }

    /**
     * Loads a dataset file in the background. On success it replaces the current one; if the file is invalid
     * the current dataset stays and {@code onProblems} receives every problem found.
     */
    public void openDataset(Path file, Runnable onLoaded, Consumer<DatasetException> onProblems) {
        tasks.run("Loading " + file.getFileName(), () -> loader.load(file), ds -> {
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

    /** Selects the park with the id; returns false (and leaves the selection) if there is none. */
    public boolean select(String parkId) {
        Optional<Park> park = dataset.get() == null ? Optional.empty() : dataset.get().park(parkId);
        park.ifPresent(selectedPark::set);
        return park.isPresent();
    }

    public void clearSelection() {
        selectedPark.set(null);
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
        return FXCollections.unmodifiableObservableList(parks);
    }

    /** The parks the list shows (after its text filter). */
    public ObservableList<Park> listedParks() {
        return listedParks;
    }

    public ObjectProperty<Park> selectedParkProperty() {
        return selectedPark;
    }

    public ObjectProperty<Park> hoveredParkProperty() {
        return hoveredPark;
    }

    public StringProperty listFilterProperty() {
        return listFilter;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
