package org.zgcparks.explorer.viewmodel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.dataset.DatasetException;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.dataset.ValidationTestData;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.task.TaskRunner;

class ExplorerViewModelTest {

    ExplorerViewModel vm;
    Dataset bundled;

    @BeforeEach
    void setUp() throws Exception {
        bundled = new DatasetLoader().loadBundled();
        vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(bundled, "bundled");
    }

    @Test
    void selectByIdAndClear() {
        assertTrue(vm.select("haidian-park"));
        assertEquals("haidian-park", vm.selectedParkProperty().get().id());
        assertFalse(vm.select("no-such-park"));
        assertEquals("haidian-park", vm.selectedParkProperty().get().id(), "an unknown id leaves the selection");
        vm.clearSelection();
        assertNull(vm.selectedParkProperty().get());
    }

    @Test
    void filterByIndustryThenClear() {
        vm.filterByIndustry("commercial-aerospace");
        assertEquals(List.of("haidian-park", "yizhuang-park", "bda", "rocket-street"), ids(vm.matchingParks()));
        assertEquals("commercial-aerospace", vm.matchesProperty().get().get("bda").because().get(0).industryId());
        vm.clearFilters();
        assertEquals(bundled.parks().size(), vm.matchingParks().size());
    }

    @Test
    void listenersOnTheMatchingParksSurviveGarbageCollection() {
        int[] changes = {0};
        vm.matchingParks().addListener((javafx.collections.ListChangeListener<Park>) c -> changes[0]++);
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        vm.filterByIndustry("uav");
        assertEquals(1, changes[0]);
        assertSame(vm.matchingParks(), vm.matchingParks());
        assertSame(vm.parks(), vm.parks());
    }

    @Test
    void aFilteredOutSelectionStaysSelectedAndIsFlagged() {
        vm.select("fengtai-park");
        assertFalse(vm.selectionHiddenByFilterProperty().get());
        vm.filterByIndustry("uav");
        assertEquals("fengtai-park", vm.selectedParkProperty().get().id());
        assertTrue(vm.selectionHiddenByFilterProperty().get());
        vm.clearFilters();
        assertFalse(vm.selectionHiddenByFilterProperty().get());
    }

    @Test
    void activatingSearchHits() {
        var hits = vm.search("Shunyi Park", 3);
        vm.activate(hits.get(0));
        assertEquals("shunyi-park", vm.selectedParkProperty().get().id());
        vm.activate(vm.search("graphene", 1).get(0));
        assertEquals(Set.of("graphene"), vm.filterProperty().get().industryIds());
    }

    @Test
    void openingAnotherDatasetDropsUnknownFilterIds(@TempDir Path dir) throws Exception {
        vm.filterByIndustry("graphene");
        Path good = dir.resolve("mine.json");
        Files.writeString(good, ValidationTestData.VALID, UTF_8);
        vm.openDataset(good, () -> { }, e -> { throw new AssertionError(e.getMessage()); });
        assertTrue(vm.filterProperty().get().industryIds().isEmpty());
        assertEquals(1, vm.matchingParks().size());
    }

    @Test
    void anInvalidFileLeavesTheCurrentDatasetAndReportsEveryProblem(@TempDir Path dir) throws Exception {
        vm.select("bda");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, ValidationTestData.VALID.replace("\"lat\": 39.98", "\"lat\": 31.0")
                .replace("\"industry\": \"ai\"", "\"industry\": \"robots\""), UTF_8);
        List<DatasetException> reported = new ArrayList<>();
        vm.openDataset(broken, () -> { throw new AssertionError("must not load"); }, reported::add);
        assertEquals(1, reported.size());
        assertEquals(2, reported.get(0).problems().size());
        assertSame(bundled, vm.dataset());
        assertEquals("bda", vm.selectedParkProperty().get().id());
    }

    @Test
    void aPipeOrADeviceIsReportedWithoutBlockingAndKeepsTheDataset(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS)
                && mk.exitValue() == 0, "mkfifo is not available");
        for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
            List<DatasetException> reported = new ArrayList<>();
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> vm.openDataset(special, () -> { throw new AssertionError("must not load"); }, reported::add));
            assertEquals(1, reported.size());
            assertTrue(reported.get(0).getMessage().contains("not a regular file"), reported.get(0).getMessage());
            assertSame(bundled, vm.dataset());
        }
    }

    @Test
    void aValidFileReplacesTheDataset(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("mine.json");
        Files.writeString(good, ValidationTestData.VALID, UTF_8);
        boolean[] loaded = {false};
        vm.openDataset(good, () -> loaded[0] = true, e -> { throw new AssertionError(e.getMessage()); });
        assertTrue(loaded[0]);
        assertEquals("mine.json", vm.datasetNameProperty().get());
        assertEquals(List.of("p1"), ids(vm.parks()));
    }

    static List<String> ids(List<Park> parks) {
        return parks.stream().map(Park::id).toList();
    }
}
