package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.basemap.BasemapStyle;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileKey;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * The main window at 1000×700 in English, Chinese and Russian with E-Town selected: the map keeps the park's centre
 * in view, the legend folds so as not to cover it, no control of the side panels is cut to "…", and the Overview's heading breaks only between words or
 * after a hyphen. Tab visits filters, list, details, then the map, and every control it visits has a name a screen
 * reader can read. View › Theme › Dark darkens the window and the basemap, and is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutUiTest {

    record Shown(TestWindows ui, Stage stage, Path dir) {
    }

    Shown open(Locale language, double width, double height) throws Exception {
        Path dir = Files.createTempDirectory("zgc-layout-test");
        Shown shown = fx(() -> {
            Stage stage = new Stage();
            TestWindows ui = TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()),
                    MainWindow.SidePanels.AT_ONCE, language);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            ui.vm().select("bda");
            return new Shown(ui, stage, dir);
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            shown.stage().setWidth(width);
            shown.stage().setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    void close(Shown s) throws Exception {
        fx(() -> {
            s.stage().close();
            return null;
        });
        s.ui().tiles().source().shutdown();
    }

    static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** "text → shown" for each Labeled under {@code root} whose shown text is not its whole text. */
    static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && showing(l) && l.getText() != null && !l.getText().isEmpty()) {
                String shown = l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()).findFirst().orElse(l.getText());
                if (!shown.equals(l.getText()) && !tooltipGivesWhole(l)) {
                    out.add(l.getText() + " → " + shown);
                }
            }
        }
        return out;
    }

    /**
     * A list row may end a long name in "…" if its tooltip gives the whole text (the park list and the industry
     * tree: they have no horizontal scroll bar).
     */
    static boolean tooltipGivesWhole(Labeled l) {
        for (Node n = l; n != null; n = n.getParent()) {
            if (n instanceof Control c && c.getTooltip() != null && c.getTooltip().getText().contains(l.getText())) {
                return n instanceof IndexedCell;
            }
        }
        return false;
    }

    /** The words of the heading that the label breaks inside (a word spans two lines). */
    static List<String> brokenWords(Label heading) {
        Text text = (Text) heading.lookup(".text");
        String s = text.getText();
        double line = text.getFont().getSize() * 1.6;
        List<String> broken = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            boolean end = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (end) {
                if (i > start) {
                    double top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
                    for (PathElement e : text.rangeShape(start, i)) {
                        double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
                        if (!Double.isNaN(y)) {
                            top = Math.min(top, y);
                            bottom = Math.max(bottom, y);
                        }
                    }
                    if (bottom - top > line) {
                        broken.add(s.substring(start, i));
                    }
                }
                start = i + 1;
            }
        }
        return broken;
    }

    @Test
    void theListAndTheIndustryTreeNeedNoHorizontalScrollBar() throws Exception {
        for (double[] size : new double[][] {{1280, 800}, {1000, 700}}) { // the default window, and a small one
            Shown s = open(Locale.ENGLISH, size[0], size[1]);
            try {
                MainWindow w = s.ui().window();
                for (String id : List.of("#park-list", "#industry-tree")) {
                    List<ScrollBar> horizontal = fx(() -> w.scene().lookup(id).lookupAll(".scroll-bar").stream()
                            .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL
                                    && showing(b))
                            .map(ScrollBar.class::cast).toList());
                    assertEquals(List.of(), horizontal, id + " at " + size[0] + " px");
                }
                if (size[0] == 1280) {
                    double left = fx(() -> w.scene().lookup("#left-panel").getLayoutBounds().getWidth());
                    assertTrue(left >= 300, "the list takes the room its names ask for, within its share: " + left);
                }
            } finally {
                close(s);
            }
        }
    }

    @Test
    void at1000x700NothingInThePanelsIsCutAndTheMapKeepsTheSelectedPark() throws Exception {
        for (Locale language : Messages.SUPPORTED) {
            Shown s = open(language, 1000, 700);
            try {
                MainWindow w = s.ui().window();
                Park bda = s.ui().dataset().park("bda").orElseThrow();
                Point2D centre = fx(() -> w.map().screenPointOf(bda.centre()));
                Bounds map = fx(() -> w.map().localToScreen(w.map().getBoundsInLocal()));
                assertTrue(map.contains(centre), language + ": E-Town's centre " + centre + " in the map " + map);
                assertTrue(!fx(() -> w.scene().lookup("#map-legend-items").isVisible()),
                        language + ": the legend folds to its title in the narrow map");
                for (String id : List.of("#left-panel", "#right-panel")) {
                    assertEquals(List.of(), fx(() -> cut(w.scene().lookup(id))), language + ": cut in " + id);
                }
                Label heading = (Label) fx(() -> w.scene().lookup("#overview-name"));
                assertEquals(List.of(), fx(() -> brokenWords(heading)), language + ": heading broken inside words");
            } finally {
                close(s);
            }
        }
    }

    @Test
    void tabVisitsFiltersListDetailsThenMapAndEveryStopHasAName(FxRobot robot) throws Exception {
        Shown s = open(Locale.ENGLISH, 1280, 800);
        try {
            MainWindow w = s.ui().window();
            List<Node> order = fx(w::focusOrder);
            assertTrue(order.size() > 8, "stops: " + order);
            fx(() -> {
                order.get(0).requestFocus();
                return null;
            });
            List<String> visited = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                Node owner = fx(() -> w.scene().getFocusOwner());
                visited.add(region(w, owner));
                robot.push(KeyCode.TAB);
                // on the map Tab first goes through the parks in view, then leaves it
                for (int park = 0; park < 500 && owner == w.map().mapView()
                        && fx(() -> w.scene().getFocusOwner()) == owner; park++) {
                    robot.push(KeyCode.TAB);
                }
            }
            assertEquals(fx(() -> w.scene().getFocusOwner()), order.get(0), "Tab comes round to the first stop");
            List<String> regions = visited.stream().distinct().toList();
            assertEquals(List.of("filters", "list", "details", "map"), regions.stream().filter(r -> !r.equals("status")).toList(),
                    "order of the regions Tab visits: " + visited);
            List<String> unnamed = fx(() -> order.stream().filter(n -> !named(n)).map(Node::toString).toList());
            assertEquals(List.of(), unnamed, "focusable controls without a name for screen readers");
        } finally {
            close(s);
        }
    }

    static String region(MainWindow w, Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            String id = p.getId();
            if ("park-list".equals(id)) {
                return "list";
            }
            if ("left-panel".equals(id)) {
                return "filters";
            }
            if ("right-panel".equals(id)) {
                return "details";
            }
            if (p == w.map()) {
                return "map";
            }
        }
        return "status";
    }

    static boolean named(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return true;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        return n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank();
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheBasemapAndIsRemembered(FxRobot robot) throws Exception {
        Shown s = open(Locale.ENGLISH, 1280, 800);
        try {
            MainWindow w = s.ui().window();
            assertTrue(!fx(w::isDark), "light by default");
            chooseTheme(robot, "dark");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(fx(w::isDark), "dark stylesheet on the window");
            int argb = s.ui().services().basemap().render(new TileKey(10, 843, 388)).argb()[0];
            assertEquals(BasemapStyle.Palette.DARK.outside().getRGB(), argb, "the basemap's tiles in the dark palette");
            assertEquals("dark", new SettingsStore(s.dir().resolve("settings.properties")).get(Theme.SETTING).orElseThrow());
            chooseTheme(robot, "light");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!fx(w::isDark), "back to light");
            assertEquals(BasemapStyle.Palette.LIGHT.outside().getRGB(),
                    s.ui().services().basemap().render(new TileKey(10, 843, 388)).argb()[0]);
        } finally {
            close(s);
        }
    }

    /** View › Theme › the theme: along the Theme row into its submenu first, so as not to cross Language below. */
    static void chooseTheme(FxRobot robot, String id) {
        robot.clickOn("#menu-view").clickOn("#menu-theme");
        Bounds row = robot.lookup("#menu-theme").query().localToScreen(robot.lookup("#menu-theme").query().getBoundsInLocal());
        robot.moveTo(new Point2D(row.getMaxX() + 30, row.getCenterY()));
        robot.clickOn("#menu-theme-" + id);
    }

    @Test
    void followSystemReadsTheDesktopAndFallsBackToLight() {
        assertTrue(Theme.desktopIsDark(Map.of("GTK_THEME", "Adwaita:dark"), c -> null));
        assertTrue(!Theme.desktopIsDark(Map.of("GTK_THEME", "Adwaita"), c -> null));
        assertTrue(!Theme.desktopIsDark(Map.of(), c -> null), "no answer: light");
        assertTrue(Theme.desktopIsDark(Map.of(), c -> c.contains("color-scheme") ? "'prefer-dark'\n" : null)
                || !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));
        assertEquals(Theme.LIGHT, Theme.parse("nonsense"));
    }
}
