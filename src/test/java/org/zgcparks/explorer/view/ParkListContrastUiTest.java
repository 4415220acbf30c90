package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.filter.ParkListView;
import org.zgcparks.explorer.view.map.MapTiles;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * Text in the park list is readable in every state of a row: the WCAG 2 contrast ratio of each text colour the
 * stylesheet gives a row (title, match reason) against the row's background is at least 4.5:1, for normal,
 * hovered, selected (list focused and not) rows, in the light and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class ParkListContrastUiTest {

    static final double AA = 4.5;
    ExplorerViewModel vm;
    MainWindow window;
    MapTiles tiles;

    @Start
    void start(Stage stage) throws Exception {
        TestWindows ui = TestWindows.open(stage, Files.createTempDirectory("zgc-contrast-test"),
                s -> TileSourceFactory.offlineOnly(s.basemap()));
        vm = ui.vm();
        window = ui.window();
        tiles = ui.tiles();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        tiles.source().shutdown();
    }


    /** WCAG 2 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a), 1);
    }

    /** The row's colour under its text: its background fills that reach the text area, painted over white. */
    static Color background(TreeCell<?> cell) {
        Color c = Color.WHITE;
        if (cell.getBackground() != null) {
            for (BackgroundFill f : cell.getBackground().getFills()) {
                if (f.getFill() instanceof Color color && f.getInsets().getLeft() < 4 && f.getInsets().getTop() < 4) {
                    c = over(color, c);
                }
            }
        }
        return c;
    }

    /** Every visible text of every visible row, in the rows' current state: "state text: ratio" for those below AA. */
    List<String> lowContrast(TreeView<?> tree, String state) {
        List<String> low = new ArrayList<>();
        for (Node n : tree.lookupAll(".park-list-cell")) {
            TreeCell<?> cell = (TreeCell<?>) n;
            if (!cell.isVisible() || cell.isEmpty()) {
                continue;
            }
            Color bg = background(cell);
            for (Node t : cell.lookupAll(".label")) {
                Label label = (Label) t;
                if (label.isVisible() && !label.getText().isEmpty() && label.getTextFill() instanceof Color fg) {
                    double r = ratio(over(fg, bg), bg);
                    if (r < AA) {
                        low.add(String.format("%s '%s' %s on %s: %.2f", state, label.getText(), fg, bg, r));
                    }
                }
            }
        }
        return low;
    }

    @Test
    void everyRowTextHasContrastOfAtLeast4point5InEveryState(FxRobot robot) throws Exception {
        checkEveryState(robot);
    }

    @Test
    void inTheDarkThemeToo(FxRobot robot) throws Exception {
        robot.interact(() -> window.useTheme(Theme.DARK));
        try {
            assertTrue(fx(() -> window.isDark()), "dark");
            checkEveryState(robot);
        } finally {
            robot.interact(() -> window.useTheme(Theme.LIGHT));
        }
    }

    private void checkEveryState(FxRobot robot) throws Exception {
        robot.interact(() -> vm.filterByIndustry("commercial-aerospace")); // rows show the green match reason
        robot.interact(() -> vm.select("bda"));
        TreeView<?> tree = robot.lookup("#park-list").queryAs(TreeView.class);
        List<String> low = new ArrayList<>();

        robot.interact(() -> tree.requestFocus());
        low.addAll(fx(() -> lowContrast(tree, "focused list")));
        robot.interact(() -> window.map().mapView().requestFocus());
        low.addAll(fx(() -> lowContrast(tree, "unfocused list")));
        robot.interact(() -> {
            for (Node n : tree.lookupAll(".park-list-cell")) {
                n.pseudoClassStateChanged(PseudoClass.getPseudoClass("hover"), true);
            }
            tree.applyCss();
        });
        low.addAll(fx(() -> lowContrast(tree, "hovered")));
        assertTrue(fx(() -> tree.lookupAll(".park-list-cell").stream().anyMatch(n -> ParkListView.parkOf(n)
                .map(p -> p.id().equals("bda")).orElse(false) && ((TreeCell<?>) n).isSelected())), "a selected row was checked");
        assertTrue(low.isEmpty(), String.join("\n", low));
    }
}
