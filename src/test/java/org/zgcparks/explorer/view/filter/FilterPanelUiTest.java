package org.zgcparks.explorer.view.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryGroup;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The filter tree and the park list only show the view-model's state and call its commands: ticking a whole
 * industry group is one filter change (not one per industry), and a change made through a view comes back to it
 * without being sent again.
 */
@ExtendWith(ApplicationExtension.class)
class FilterPanelUiTest {

    ExplorerViewModel vm;
    Dataset dataset;
    ParkListView list;

    @Start
    void start(Stage stage) throws Exception {
        dataset = new DatasetLoader().loadBundled();
        vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(dataset, "bundled");
        list = new ParkListView(vm, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(list, 420, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
    }

    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    /** The visible row of the industry tree that shows this text. */
    static Node treeRow(FxRobot robot, String text) {
        return robot.from(robot.lookup("#industry-tree").queryAs(Node.class)).lookup(".tree-cell")
                .match((TreeCell<?> c) -> c.isVisible() && !c.isEmpty() && text.equals(c.getText())).query();
    }

    @Test
    void tickingTheLargestIndustryGroupIsOneFilterChange(FxRobot robot) throws Exception {
        IndustryGroup largest = dataset.industryGroups().stream()
                .max(Comparator.comparingLong(g -> industriesOf(g).size())).orElseThrow();
        Set<String> expected = industriesOf(largest);
        assertTrue(expected.size() > 10, "the largest group has many industries: " + expected.size());
        int[] filterChanges = {0};
        int[] matchChanges = {0};
        fx(() -> {
            vm.filterProperty().addListener((obs, o, f) -> filterChanges[0]++);
            vm.matchesProperty().addListener((obs, o, m) -> matchChanges[0]++);
            return null;
        });
        Node group = treeRow(robot, largest.names().en());
        robot.clickOn(robot.from(group).lookup(".check-box").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(expected, vm.filterProperty().get().industryIds());
        assertEquals(1, filterChanges[0], "filter updates for a group of " + expected.size());
        assertEquals(1, matchChanges[0], "match recomputations for a group of " + expected.size());
        CheckBox groupBox = robot.from(treeRow(robot, largest.names().en())).lookup(".check-box").queryAs(CheckBox.class);
        assertTrue(groupBox.isSelected());

        // unticking one of its industries elsewhere (a chip, the settings) shows as a partly ticked group
        fx(() -> {
            vm.setIndustryChosen(expected.iterator().next(), false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, filterChanges[0], "the view fed nothing back");
        assertTrue(groupBox.isIndeterminate(), "partly ticked");
        // ticking the partly ticked group takes the whole group again, in one change
        robot.clickOn(groupBox);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, vm.filterProperty().get().industryIds());
        assertEquals(3, filterChanges[0]);
        robot.clickOn(groupBox);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), vm.filterProperty().get().industryIds());
        assertEquals(4, filterChanges[0]);
    }

    @Test
    void aFilterSetElsewhereShowsInTheControlsWithoutFeedingBack(FxRobot robot) throws Exception {
        int[] filterChanges = {0};
        fx(() -> {
            vm.filterProperty().addListener((obs, o, f) -> filterChanges[0]++);
            vm.filterByIndustry("commercial-aerospace");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, filterChanges[0]);
        robot.clickOn("#industry-search").write("aero");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox box = robot.from(treeRow(robot, "Commercial aerospace")).lookup(".check-box").queryAs(CheckBox.class);
        assertTrue(box.isSelected(), "the tree shows the filter");
        assertEquals(1, filterChanges[0], "narrowing and redrawing the tree changed nothing");
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), vm.filterProperty().get().industryIds());
        assertEquals(2, filterChanges[0]);
        assertFalse(box.isSelected());
    }

    @Test
    void selectingInTheListSelectsOnceAndASelectionElsewhereShowsInTheList(FxRobot robot) throws Exception {
        int[] selections = {0};
        fx(() -> {
            vm.selectedParkProperty().addListener((obs, o, p) -> selections[0]++);
            return null;
        });
        Node row = CompareFromListUiTest.parkRows(robot).get(0);
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, selections[0], "one selection, not echoed back");
        String first = vm.selectedParkProperty().get().id();
        assertEquals(CompareFromListUiTest.park(row).id(), first);
        robot.clickOn(CompareFromListUiTest.parkRows(robot).get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, selections[0], "the next row, once");
        assertFalse(first.equals(vm.selectedParkProperty().get().id()));
        fx(() -> vm.select("bda"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, selections[0]);
        assertEquals("bda", fx(() -> list.selectedInList().map(p -> p.id()).orElse("")));
        // a filter that leaves the selected park out does not select another one
        fx(() -> {
            vm.filterByIndustry("commercial-aerospace");
            vm.filterByIndustry("graphene");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, selections[0], "filtering moved no selection");
        assertEquals("bda", vm.selectedParkProperty().get().id());
        assertFalse(first.isEmpty());
    }

    private Set<String> industriesOf(IndustryGroup g) {
        return dataset.industries().stream().filter(i -> i.groupIds().contains(g.id())).map(Industry::id)
                .collect(Collectors.toSet());
    }
}
