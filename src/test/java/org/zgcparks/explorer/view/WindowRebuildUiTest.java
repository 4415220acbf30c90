package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.compare.CompareWindow;

/**
 * A language switch rebuilds the main window: the old window lets go of the view-models, the tiles and the app's
 * windows list, so that it, its park list and filters, details panel, menus, status bar and scene can be collected
 * however many switches there were, and so can a replaced Compare window; and an open Compare window stays open
 * with its parks and tab, re-labelled in the new language.
 */
@ExtendWith(ApplicationExtension.class)
class WindowRebuildUiTest {

    TestWindows.Switchable ui;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui = TestWindows.switchable(stage, Files.createTempDirectory("zgc-rebuild-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()), Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            ui.language().window().analysts().compareWindow().ifPresent(w -> w.stage().hide());
            return null;
        });
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    @Test
    void oldWindowsAreReleasedAfterFiveSwitches() throws Exception {
        fx(() -> {
            ui.vm().select("bda");
            return null;
        });
        List<WeakReference<Object>> old = new ArrayList<>();
        List<WeakReference<Object>> views = new ArrayList<>();
        List<Locale> order = List.of(Locale.CHINESE, new Locale("ru"), Locale.ENGLISH, Locale.CHINESE, new Locale("ru"));
        for (Locale language : order) {
            old.add(fx(() -> {
                MainWindow before = ui.language().window();
                WeakReference<Object> ref = new WeakReference<>(before);
                for (String id : List.of("#details-tabs", "#menu-bar", "#status-bar", "#park-list", "#filter-panel")) {
                    views.add(new WeakReference<>(before.scene().lookup(id)));
                }
                views.add(new WeakReference<>(before.scene()));
                ui.language().switchTo(language);
                return ref;
            }));
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> {
                ui.vm().select(language.getLanguage().equals("ru") ? "haidian-park" : "bda"); // the view-model fires
                return null;
            });
        }
        List<WeakReference<Object>> all = new ArrayList<>(old);
        all.addAll(views);
        awaitCollected(all);
        long alive = old.stream().filter(r -> r.get() != null).count();
        assertEquals(0, alive, "old windows still reachable after 5 switches");
        assertEquals(0, views.stream().filter(r -> r.get() != null).count(),
                "old windows' park list, filters, details, menus, status bar or scene still reachable");
        assertTrue(ui.language().window().map().getScene() != null, "the current window is in place");
    }

    @Test
    void replacedCompareWindowsAreReleasedAndTheOpenOneFollowsTheComparedParks() throws Exception {
        Park bda = ui.dataset().park("bda").orElseThrow();
        Park haidian = ui.dataset().park("haidian-park").orElseThrow();
        fx(() -> {
            ui.language().window().analysts().compare().setAll(List.of(bda, haidian));
            ui.language().window().analysts().openCompare();
            return null;
        });
        List<WeakReference<Object>> old = new ArrayList<>();
        for (Locale language : List.of(Locale.CHINESE, new Locale("ru"), Locale.ENGLISH)) {
            old.add(fx(() -> {
                WeakReference<Object> ref = new WeakReference<>(
                        ui.language().window().analysts().compareWindow().orElseThrow());
                ui.language().switchTo(language); // closes this Compare window and opens a new one in its place
                return ref;
            }));
            WaitForAsyncUtils.waitForFxEvents();
        }
        awaitCollected(old);
        assertEquals(0, old.stream().filter(r -> r.get() != null).count(),
                "replaced Compare windows still reachable after 3 switches");
        Park fengtai = ui.dataset().park("fengtai-park").orElseThrow();
        CompareWindow now = fx(() -> ui.language().window().analysts().compareWindow().orElseThrow());
        fx(() -> {
            ui.language().window().analysts().compare().add(fengtai);
            return null;
        });
        assertEquals(List.of(bda, haidian, fengtai), fx(() -> now.comparison().parks()),
                "the open Compare window still follows the compared parks");
    }

    @Test
    void anOpenCompareWindowStaysOpenWithItsParksAndTabInTheNewLanguage() throws Exception {
        Park bda = ui.dataset().park("bda").orElseThrow();
        Park haidian = ui.dataset().park("haidian-park").orElseThrow();
        fx(() -> {
            AnalystsTools tools = ui.language().window().analysts();
            tools.compare().setAll(List.of(bda, haidian));
            CompareWindow w = tools.openCompare();
            w.stage().setX(40);
            w.stage().setWidth(900);
            ((TabPane) w.stage().getScene().getRoot().lookup("#compare-tabs")).getSelectionModel().select(2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ui.language().switchTo(new Locale("ru"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        CompareWindow now = fx(() -> ui.language().window().analysts().compareWindow().orElseThrow());
        assertTrue(fx(() -> now.stage().isShowing()), "Compare is open after the switch");
        assertEquals(List.of(bda, haidian), fx(() -> List.copyOf(ui.language().window().analysts().compare().parks())));
        assertEquals(new Messages(new Locale("ru")).get("compare.title"), fx(() -> now.stage().getTitle()));
        assertEquals(2, (int) fx(() -> ((TabPane) now.stage().getScene().getRoot().lookup("#compare-tabs"))
                .getSelectionModel().getSelectedIndex()), "the tab kept");
        assertEquals(900, fx(() -> now.stage().getWidth()), 1, "the size kept");
        long open = fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                        && (s.getTitle().equals(new Messages(Locale.ENGLISH).get("compare.title"))
                        || s.getTitle().equals(new Messages(new Locale("ru")).get("compare.title")))).count());
        assertEquals(1, open, "one Compare window, not the old one beside the new");
    }

    /**
     * Collects garbage until every reference is cleared, or 20 s passed. TestFX keeps every event fired through the
     * stage it registered (for its failure messages) until a stage is registered again, and an event keeps its
     * target: the ScrollToEvent an old park list fired when it showed the selection would keep that window's whole
     * left panel. Registering the stage again starts an empty record, so that only what the app holds is measured.
     */
    private void awaitCollected(List<WeakReference<Object>> refs) throws Exception {
        fx(() -> {
            FxToolkit.toolkitContext().setRegisteredStage(stage);
            return null;
        });
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (refs.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
