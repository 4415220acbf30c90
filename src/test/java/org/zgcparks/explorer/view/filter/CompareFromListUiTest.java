package org.zgcparks.explorer.view.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.task.TaskRunner;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * Parks join the comparison from the list (Ctrl-click toggles one, Shift-click adds a run from the selected park,
 * a plain click still selects one park) and from search (Ctrl+Enter), and the list marks them.
 */
@ExtendWith(ApplicationExtension.class)
class CompareFromListUiTest {

    ExplorerViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new ExplorerViewModel(new DatasetLoader(), TaskRunner.sameThread());
        vm.setDataset(new DatasetLoader().loadBundled(), "bundled");
        stage.setScene(new Scene(new ParkListView(vm, new Messages(Locale.ENGLISH)), 420, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
    }

    /** The visible park rows, top to bottom. */
    static List<Node> parkRows(FxRobot robot) {
        return robot.lookup("#park-list").lookup(".park-list-cell").match(Node::isVisible)
                .match((Node row) -> ParkListView.parkOf(row).isPresent()).queryAll().stream()
                .sorted(Comparator.comparingDouble(row -> row.localToScene(0, 0).getY())).toList();
    }

    static Park park(Node row) {
        return ParkListView.parkOf(row).orElseThrow();
    }

    @Test
    void ctrlClickTogglesAParkShiftClickAddsARunAndAPlainClickSelectsOne(FxRobot robot) throws Exception {
        List<Node> rows = parkRows(robot);
        assertTrue(rows.size() >= 5, "rows shown: " + rows.size());
        Park a = park(rows.get(0));
        Park b = park(rows.get(1));
        Park d = park(rows.get(3));

        robot.press(KeyCode.CONTROL).clickOn(rows.get(1)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(b), vm.compare().parks());
        assertNull(vm.selectedParkProperty().get(), "a Ctrl-click selects nothing");
        assertTrue(rows.get(1).getPseudoClassStates().contains(PseudoClass.getPseudoClass("compared")));
        assertEquals("1 park to compare (View › Compare parks…)",
                robot.lookup("#park-list-comparing").queryAs(Label.class).getText());

        robot.clickOn(rows.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(a, vm.selectedParkProperty().get(), "a plain click selects one park");
        assertEquals(List.of(b), vm.compare().parks(), "and leaves the comparison");

        robot.press(KeyCode.SHIFT).clickOn(rows.get(3)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(b, a, park(rows.get(2)), d), vm.compare().parks(), "the run from the selected park");
        assertEquals(a, vm.selectedParkProperty().get());

        robot.press(KeyCode.CONTROL).clickOn(rows.get(1)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(a, park(rows.get(2)), d), vm.compare().parks(), "a second Ctrl-click takes it out");
        assertTrue(!rows.get(1).getPseudoClassStates().contains(PseudoClass.getPseudoClass("compared")));
    }

    @Test
    void ctrlEnterInSearchAddsTheParkToTheComparison(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        robot.clickOn(search);
        WaitForAsyncUtils.asyncFx(() -> search.setText("亦庄")).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.compare().parks().size());
        assertTrue(List.of("bda", "yizhuang-park").contains(vm.compare().parks().get(0).id()));
        assertNull(vm.selectedParkProperty().get(), "Ctrl+Enter adds to the comparison instead of selecting");
    }

    @Test
    void theSearchResultsContextMenuAddsAParkToTheComparison(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        robot.clickOn(search);
        WaitForAsyncUtils.asyncFx(() -> search.setText("Shunyi")).get();
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        // the headless robot raises no context-menu request, so the menu's item is fired as the menu would
        MenuItem add = results.getContextMenu().getItems().get(0);
        assertEquals("search-add-to-compare", add.getId());
        assertFalse(add.isDisable(), "a park hit can be added");
        WaitForAsyncUtils.asyncFx(add::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("shunyi-park"), vm.compare().parks().stream().map(Park::id).toList());
        assertNull(vm.selectedParkProperty().get());

        WaitForAsyncUtils.asyncFx(() -> search.setText("graphene")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(add.isDisable(), "an industry hit cannot be compared");
    }
}
