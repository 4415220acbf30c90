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
 * comparison of them. Emptied when another dataset opens.
 */
public final class CompareViewModel {

    private final ExplorerViewModel vm;
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObservableList<Park> readOnly = FXCollections.unmodifiableObservableList(parks);
    private final BooleanBinding canCompare = Bindings.size(parks).greaterThanOrEqualTo(ParkComparison.MIN_PARKS);

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
        parks.setAll(distinct.size() > ParkComparison.MAX_PARKS ? distinct.subList(0, ParkComparison.MAX_PARKS) : distinct);
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

    public void remove(Park park) {
        parks.remove(park);
    }

    /** The chosen parks side by side, on the current dataset. */
    public ParkComparison comparison() {
        Dataset ds = vm.dataset();
        return ParkComparison.of(ds, List.copyOf(parks));
    }
}
