package org.zgcparks.explorer.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;

/** The side-by-side grid writes each figure's period in the window's language, as the details pane does. */
@ExtendWith(ApplicationExtension.class)
class CompareTableLanguageTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs; the grid is built without a window
    }

    @Test
    void periodsAreWrittenInChineseInAChineseGrid() throws Exception {
        Dataset ds = new DatasetLoader().loadBundled();
        List<Park> parks = List.of(ds.park("bda").orElseThrow(), ds.park("zgc-street").orElseThrow(),
                ds.park("im-way").orElseThrow());
        Messages zh = new Messages(Locale.CHINESE);
        ParkComparison cmp = ParkComparison.of(ds, parks);
        GridPane grid = WaitForAsyncUtils.asyncFx(() -> new CompareTable(zh).build(ds, cmp)).get();
        List<String> texts = new ArrayList<>();
        collect(grid, texts);
        Metric first = cmp.figureRows().get(0).first();
        String period = new Formats(zh).period(first);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(period + " · ")),
                "the first figure's period, in Chinese: " + period + " in " + texts);
        assertEquals(List.of(), texts.stream().filter(t -> t.contains("LocalizedText") || t.contains("en=")).toList());
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Label l) {
            texts.add(l.getText());
            if (l.getTooltip() != null) {
                texts.add(l.getTooltip().getText());
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }
}
