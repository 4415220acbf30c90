package org.zgcparks.explorer.viewmodel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zgcparks.explorer.basemap.Basemap;
import org.zgcparks.explorer.basemap.District;
import org.zgcparks.explorer.dataset.DistrictCheck;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.query.ParkFilter;

/**
 * Beijing's districts as a layer of the app: the boundaries (from the offline basemap, once it is loaded), whether
 * View › District boundaries shows them all, which districts the filter has chosen (outlined on the map), and the
 * check of each park's recorded district(s) against the boundaries, whose disagreements are logged as warnings
 * whenever a dataset or the boundaries arrive.
 */
public final class Districts {

    private static final Logger LOG = Logger.getLogger(Districts.class.getName());

    private final ReadOnlyObjectWrapper<Basemap> basemap = new ReadOnlyObjectWrapper<>(this, "basemap", Basemap.EMPTY);
    private final ReadOnlyObjectWrapper<DistrictCheck> check =
            new ReadOnlyObjectWrapper<>(this, "check", new DistrictCheck(Basemap.EMPTY));
    private final ReadOnlyBooleanWrapper boundariesShown = new ReadOnlyBooleanWrapper(this, "boundariesShown", false);
    private final ObjectBinding<Set<District>> chosen;
    private final ExplorerViewModel vm;
    private List<DistrictCheck.Finding> disagreements = List.of();

    Districts(ExplorerViewModel vm) {
        this.vm = vm;
        chosen = Bindings.createObjectBinding(this::chosenNow, vm.filterProperty(), check);
        vm.datasetProperty().addListener((obs, old, ds) -> checkDataset());
    }

    /** Uses these boundaries from now on (the offline basemap's, loaded in the background). */
    public void setBasemap(Basemap b) {
        basemap.set(b == null ? Basemap.EMPTY : b);
        check.set(new DistrictCheck(basemap.get()));
        checkDataset();
    }

    public ReadOnlyObjectProperty<Basemap> basemapProperty() {
        return basemap.getReadOnlyProperty();
    }

    /** The check of parks against the boundaries (empty until the boundaries are loaded). */
    public ReadOnlyObjectProperty<DistrictCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** View › District boundaries: every district's boundary drawn over the map, whatever the tile source. */
    public ReadOnlyBooleanProperty boundariesShownProperty() {
        return boundariesShown.getReadOnlyProperty();
    }

    /** Shows or hides every district's boundary (View › District boundaries). */
    public void setBoundariesShown(boolean shown) {
        boundariesShown.set(shown);
    }

    /** The boundaries of the districts the filter chose (outlined on the map); empty without a district filter. */
    public ObjectBinding<Set<District>> chosenProperty() {
        return chosen;
    }

    /** The parks whose recorded district disagrees with the boundaries, for the current dataset. */
    public List<DistrictCheck.Finding> disagreements() {
        return disagreements;
    }

    private Set<District> chosenNow() {
        Set<District> out = new LinkedHashSet<>();
        ParkFilter f = vm.filterProperty().get();
        if (f != null) {
            f.districtIds().stream().sorted().forEach(id -> check.get().district(id).ifPresent(out::add));
        }
        return Set.copyOf(out);
    }

    private void checkDataset() {
        Dataset ds = vm.dataset();
        disagreements = ds == null ? List.of() : check.get().disagreements(ds);
        disagreements.forEach(f -> LOG.warning(() -> "Dataset check: " + f.message()));
    }
}
