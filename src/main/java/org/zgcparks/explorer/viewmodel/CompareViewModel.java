package org.zgcparks.explorer.viewmodel;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;

/**
 * The parks chosen for comparison (at most {@link ParkComparison#MAX_PARKS}, in the order chosen), and the
 * comparison of them. Emptied when another dataset opens. The list is read-only: views change it through
 * {@link #add}, {@link #remove}, {@link #toggle}, {@link #setAll} and {@link #clear}, and each of these does nothing
 * when the parks are already as asked.
 */
public final class CompareViewModel {

    private final ExplorerViewModel vm;
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObservableList<Park> readOnly = FXCollections.unmodifiableObservableList(parks);
    private final BooleanBinding canCompare = Bindings.size(parks).greaterThanOrEqualTo(ParkComparison.MIN_PARKS);

    /** The app's is {@link ExplorerViewModel#compare()}. */
    public CompareViewModel(ExplorerViewModel vm) {
        this.vm = vm;
        vm.datasetProperty().addListener((obs, old, ds) -> parks.clear());
    }

    /** The chosen parks, in the order chosen. */
    public ObservableList<Park> parks() {
        return readOnly;
    }

    /** Whether enough parks are chosen to compare. */
    public BooleanBinding canCompareProperty() {
        return canCompare;
    }

    /**
     * Chooses exactly these parks (duplicates dropped); more than {@link ParkComparison#MAX_PARKS} keeps the first.
     *
     * @return whether all of them were taken
     */
    public boolean setAll(List<Park> chosen) {
        List<Park> distinct = chosen.stream().distinct().toList();
        List<Park> taken = distinct.size() > ParkComparison.MAX_PARKS ? distinct.subList(0, ParkComparison.MAX_PARKS) : distinct;
        if (!taken.equals(parks)) {
            parks.setAll(taken);
        }
        return distinct.size() <= ParkComparison.MAX_PARKS;
    }

    /** Adds a park at the end; false if it is already chosen or the comparison is full. */
    public boolean add(Park park) {
        if (parks.contains(park) || parks.size() >= ParkComparison.MAX_PARKS) {
            return false;
        }
        parks.add(park);
        return true;
    }

    /** Takes a park out of the comparison; false if it was not in it. */
    public boolean remove(Park park) {
        return parks.remove(park);
    }

    /**
     * Adds the park if it is not chosen (and there is room), removes it if it is (a Ctrl-click on the list or the map).
     *
     * @return whether the park is chosen now
     */
    public boolean toggle(Park park) {
        if (parks.contains(park)) {
            parks.remove(park);
            return false;
        }
        return add(park);
    }

    /** Whether the park is chosen for comparison. */
    public boolean contains(Park park) {
        return parks.contains(park);
    }

    /** Whether no more parks can be added. */
    public boolean isFull() {
        return parks.size() >= ParkComparison.MAX_PARKS;
    }

    /** Empties the comparison. */
    public void clear() {
        if (!parks.isEmpty()) {
            parks.clear();
        }
    }

    /** The chosen parks side by side, on the current dataset. */
    public ParkComparison comparison() {
        Dataset ds = vm.dataset();
        return ParkComparison.of(ds, List.copyOf(parks));
    }
}
