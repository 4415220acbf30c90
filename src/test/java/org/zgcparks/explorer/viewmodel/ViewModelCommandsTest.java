package org.zgcparks.explorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.task.TaskRunner;

/** The view-models' commands: each change is one update, and asking for what is already there changes nothing. */
class ViewModelCommandsTest {

    Dataset bundled;
    ExplorerViewModel vm;
    int filterChanges;
    int matchChanges;

    @BeforeEach
    void setUp() throws Exception {
        bundled = new DatasetLoader().loadBundled();
        vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(bundled, "bundled");
        vm.filterProperty().addListener((obs, o, f) -> filterChanges++);
        vm.matchesProperty().addListener((obs, o, m) -> matchChanges++);
    }

    @Test
    void aWholeGroupOfIndustriesIsOneFilterUpdate() {
        Set<String> group = Set.of("ai", "integrated-circuits", "commercial-aerospace", "uav", "graphene");
        vm.setIndustries(group);
        assertEquals(group, vm.filterProperty().get().industryIds());
        assertEquals(1, filterChanges);
        assertEquals(1, matchChanges);
    }

    @Test
    void commandsThatChangeNothingSendNothing() {
        vm.setIndustries(Set.of("ai"));
        vm.setKinds(Set.of(ParkKind.SUB_PARK));
        assertEquals(2, filterChanges);
        vm.setIndustries(Set.of("ai"));
        vm.setIndustryChosen("ai", true);
        vm.setKinds(Set.of(ParkKind.SUB_PARK));
        vm.setMatchMode(ParkFilter.MatchMode.ANY);
        vm.setDistricts(Set.of());
        vm.setFilter(new ParkFilter(Set.of("ai"), ParkFilter.MatchMode.ANY, Set.of(ParkKind.SUB_PARK), Set.of()));
        assertEquals(2, filterChanges, "equal filters are no change");
        assertEquals(2, matchChanges);
        vm.clearFilters();
        vm.clearFilters();
        assertEquals(3, filterChanges);

        int[] selections = {0};
        int[] hovers = {0};
        vm.selectedParkProperty().addListener((obs, o, p) -> selections[0]++);
        vm.hoveredParkProperty().addListener((obs, o, p) -> hovers[0]++);
        Park bda = bundled.park("bda").orElseThrow();
        vm.select(bda);
        vm.select("bda");
        vm.select(bda);
        vm.hover(bda);
        vm.hover(bda);
        assertEquals(1, selections[0]);
        assertEquals(1, hovers[0]);
        vm.clearSelection();
        vm.hover(null);
        assertNull(vm.selectedParkProperty().get());
        assertEquals(2, selections[0]);

        int[] modes = {0};
        vm.nonMatchingProperty().addListener((obs, o, m) -> modes[0]++);
        vm.setNonMatching(ExplorerViewModel.NonMatching.DIM);
        vm.setNonMatching(ExplorerViewModel.NonMatching.HIDE);
        vm.setNonMatching(ExplorerViewModel.NonMatching.HIDE);
        assertEquals(1, modes[0]);
        vm.setBoundariesShown(true);
        assertTrue(vm.districts().boundariesShownProperty().get());
    }

    @Test
    void openBundledLoadsThroughTheTaskRunner() {
        List<String> described = new ArrayList<>();
        TaskRunner counting = TaskRunner.sameThread();
        counting.currentProperty().addListener((obs, old, task) -> {
            if (task != null) {
                described.add(task.titleProperty().get());
            }
        });
        ExplorerViewModel fresh = new ExplorerViewModel(new DatasetLoader(), counting);
        List<DatasetException> problems = new ArrayList<>();
        fresh.openBundled("Loading the bundled dataset", problems::add);
        assertEquals(List.of("Loading the bundled dataset"), described);
        assertEquals(List.of(), problems);
        assertEquals(bundled.parks().size(), fresh.parks().size());
        assertEquals(DatasetLoader.BUNDLED_NAME, fresh.datasetNameProperty().get());
    }

    @Test
    void compareTogglesAndIgnoresWhatIsAlreadyThere() throws Exception {
        CompareViewModel compare = vm.compare();
        int[] changes = {0};
        compare.parks().addListener((ListChangeListener<Park>) c -> changes[0]++);
        Park a = bundled.parks().get(0);
        Park b = bundled.parks().get(1);
        assertTrue(compare.toggle(a));
        assertTrue(compare.contains(a));
        assertFalse(compare.add(a), "already in");
        assertTrue(compare.toggle(b));
        assertFalse(compare.toggle(a));
        assertEquals(List.of(b), compare.parks());
        assertEquals(3, changes[0]);
        compare.setAll(List.of(b));
        assertEquals(3, changes[0], "the same parks again are no change");
        for (Park p : bundled.parks().subList(2, 12)) {
            compare.add(p);
        }
        assertTrue(compare.isFull());
        Park last = bundled.parks().get(20);
        assertFalse(compare.toggle(last), "a full comparison takes no more");
        assertFalse(compare.contains(last));
        compare.clear();
        assertTrue(compare.parks().isEmpty());
        compare.toggle(a);
        vm.setDataset(new DatasetLoader().loadBundled(), "again");
        assertTrue(compare.parks().isEmpty(), "emptied when a dataset opens");
    }
}
