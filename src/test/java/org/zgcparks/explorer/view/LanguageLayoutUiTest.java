package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * The main window at its default size (1280×800) in English, Chinese and Russian, E-Town selected and a filter set:
 * no control of the filter panel is cut to "…", the Overview's heading is the name in the window's language, and
 * the Chinese and Russian overviews hold no English words outside a list of proper names, ids and units.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageLayoutUiTest {

    /** Words that may stay in Latin letters in Chinese and Russian: proper names of firms, products and ids. */
    static final Set<String> LATIN_ALLOWED = Set.of("Jinlan", "Gene", "UBTech", "Xiaomi", "Rocket", "Street", "Yizhuang",
            "Guotou", "Town", "OLED", "Huawei", "Lenovo", "Baidu", "Tencent", "Oracle", "Inno", "Way", "Wdwkbio", "Huami",
            "Irootech", "Herosail", "wearables", "Trustworthy", "Plug", "Play", "Tech", "Center", "Microsoft",
            "Accelerator", "Thunder", "Software", "OpenStreetMap", "Fortune", "pinyin");

    static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");

    record Shown(TestWindows ui, Stage stage) {
    }

    Shown open(Locale language) throws Exception {
        Path dir = Files.createTempDirectory("zgc-lang-test");
        Shown shown = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            TestWindows ui = TestWindows.build(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()),
                    MainWindow.SidePanels.AT_ONCE, language);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            ui.vm().select("bda");
            ui.vm().setIndustryChosen("ai", true);
            return new Shown(ui, stage);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    void close(Shown s) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> s.stage().close()).get();
        s.ui().tiles().source().shutdown();
    }

    /** The text a Labeled shows on screen: its skin's Text node, which ends in "…" when the label is cut. */
    static String displayed(Labeled l) {
        List<Text> texts = new ArrayList<>();
        collect(l, texts);
        return texts.isEmpty() ? l.getText() : texts.get(0).getText();
    }

    static void collect(Node n, List<Text> out) {
        if (n instanceof Text t && t.getStyleClass().contains("text")) {
            out.add(t);
        } else if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (!(c instanceof Labeled)) {
                    collect(c, out);
                }
            }
        }
    }

    static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void theFilterPanelCutsNothingAndTheOverviewSpeaksTheWindowsLanguage(FxRobot robot) throws Exception {
        for (Locale language : Messages.SUPPORTED) {
            Shown s = open(language);
            try {
                List<String> cut = robot.lookup("#filter-panel").lookup((Node n) -> n instanceof Labeled)
                        .queryAllAs(Labeled.class).stream().filter(LanguageLayoutUiTest::showing)
                        .filter(l -> l.getText() != null && !l.getText().isEmpty())
                        .filter(l -> !displayed(l).equals(l.getText()))
                        .filter(l -> !WindowLayoutUiTest.tooltipGivesWhole(l))
                        .map(l -> l.getText() + " → " + displayed(l)).toList();
                assertEquals(List.of(), cut, language + ": cut in the filter panel");

                Park bda = s.ui().dataset().park("bda").orElseThrow();
                assertEquals(bda.names().in(language), robot.lookup("#overview-name").queryAs(Label.class).getText()
                        .replace(LanguageSwitchUiTest.HAIR_SPACE, ""));
                assertEquals(bda.description().in(language),
                        robot.lookup("#overview-description").queryAs(Label.class).getText());
                if (!language.getLanguage().equals("en")) {
                    assertFalse(bda.description().in(language).equals(bda.description().en()), "translated");
                    List<String> english = new ArrayList<>();
                    robot.lookup("#details-tabs").lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                            .stream().filter(LanguageLayoutUiTest::showing).map(Labeled::getText)
                            .filter(t -> t != null && !t.replace(LanguageSwitchUiTest.HAIR_SPACE, "").equals(bda.names().en())).forEach(t -> {
                                Matcher m = LATIN_WORD.matcher(t);
                                while (m.find()) {
                                    if (!LATIN_ALLOWED.contains(m.group())) {
                                        english.add(m.group() + " in \"" + t + "\"");
                                    }
                                }
                            });
                    assertEquals(List.of(), english, language + ": English words in the overview");
                }
            } finally {
                close(s);
            }
        }
    }
}
