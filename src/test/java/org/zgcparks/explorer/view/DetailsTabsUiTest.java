package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * At 1000×700, in every language, the details' tab headers all fit: the TabPane shows no overflow menu (the ▼ button
 * of its {@code .control-buttons-tab}), and every tab's header lies whole inside the header area, its name uncut.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsTabsUiTest {

    @Test
    void everyTabHeaderIsWhollyVisibleAt1000x700(FxRobot robot) throws Exception {
        List<String> all = new ArrayList<>();
        for (Locale language : Messages.SUPPORTED) {
            Path dir = Files.createTempDirectory("zgc-tabs-test");
            LanguageLayoutUiTest.Shown s = WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = new Stage();
                TestWindows ui = TestWindows.build(stage, dir, f -> TileSourceFactory.offlineOnly(f.basemap()),
                        MainWindow.SidePanels.AT_ONCE, language);
                stage.setWidth(1000);
                stage.setHeight(700);
                stage.show();
                ui.vm().select("bda");
                return new LanguageLayoutUiTest.Shown(ui, stage);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            try {
                TabPane tabs = robot.lookup("#details-tabs").queryAs(TabPane.class);
                List<String> problems = fx(() -> {
                    List<String> out = new ArrayList<>();
                    Node area = tabs.lookup(".tab-header-area");
                    Bounds room = area.localToScene(area.getLayoutBounds());
                    Node menu = tabs.lookup(".control-buttons-tab");
                    if (menu != null && LanguageLayoutUiTest.showing(menu) && menu.getLayoutBounds().getWidth() > 0) {
                        Node region = tabs.lookup(".headers-region");
                        out.add("the overflow menu ▼ is shown (headers " + region.prefWidth(-1) + " px in " + room.getWidth() + ")");
                    }
                    for (Node header : tabs.lookupAll(".tab-header-area .tab")) {
                        Bounds b = header.localToScene(header.getLayoutBounds());
                        Label label = (Label) header.lookup(".tab-label");
                        String name = label == null ? "?" : label.getText();
                        if (!LanguageLayoutUiTest.showing(header) || b.getMinX() < room.getMinX() - 0.5
                                || b.getMaxX() > room.getMaxX() + 0.5) {
                            out.add(name + " at " + b.getMinX() + "–" + b.getMaxX() + " outside " + room.getMinX()
                                    + "–" + room.getMaxX());
                        }
                        if (label != null && !LanguageLayoutUiTest.displayed(label).equals(label.getText())) {
                            out.add(name + " cut to " + LanguageLayoutUiTest.displayed(label));
                        }
                    }
                    if (tabs.lookupAll(".tab-header-area .tab").size() != tabs.getTabs().size()) {
                        out.add("headers: " + tabs.lookupAll(".tab-header-area .tab").size());
                    }
                    return out;
                });
                problems.forEach(p -> all.add(language + ": " + p));
                assertFalse(tabs.getTabs().isEmpty());
            } finally {
                WaitForAsyncUtils.asyncFx(() -> s.stage().close()).get();
                s.ui().tiles().source().shutdown();
            }
        }
        assertEquals(List.of(), all, "tab headers at 1000×700");
    }
}
