package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * The details of E-Town in Chinese and Russian use the language's punctuation and words, not English ones: lists
 * joined with 、 in Chinese, key facts with full-width ：and （）, the source's language by its name, the figure's unit
 * as the language writes it, and the Russian heading capitalised.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsWordsUiTest {

    static final Locale RU = new Locale("ru");

    LanguageLayoutUiTest.Shown open(Locale language) throws Exception {
        Path dir = Files.createTempDirectory("zgc-words-test");
        LanguageLayoutUiTest.Shown s = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            TestWindows ui = TestWindows.build(stage, dir, f -> TileSourceFactory.offlineOnly(f.basemap()),
                    MainWindow.SidePanels.AT_ONCE, language);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            ui.vm().select("bda");
            return new LanguageLayoutUiTest.Shown(ui, stage);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return s;
    }

    void close(LanguageLayoutUiTest.Shown s) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> s.stage().close()).get();
        s.ui().tiles().source().shutdown();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void chineseDetailsUseChinesePunctuationAndWords(FxRobot robot) throws Exception {
        LanguageLayoutUiTest.Shown s = open(Locale.CHINESE);
        try {
            Park bda = s.ui().dataset().park("bda").orElseThrow();
            assertTrue(bda.districtIds().size() > 1, "E-Town lies in two districts");
            String districts = text(robot, "#overview-district");
            assertTrue(districts.contains("、") && !districts.contains(","), districts);
            String contains = text(robot, "#overview-contains");
            assertTrue(contains.contains("、") && !contains.contains(", "), contains);

            Metric first = s.ui().dataset().metricsOf("bda").get(0);
            Formats formats = new Formats(new Messages(Locale.CHINESE));
            assertEquals("• " + first.name().in(Locale.CHINESE) + "：" + formats.value(first) + "（"
                    + formats.period(first) + "）", text(robot, "#overview-keyfact-0"));

            List<String> sourceLines = fx(() -> robot.lookup("#sources-list").query().lookupAll(".details-meta").stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertFalse(sourceLines.isEmpty());
            for (String line : sourceLines) {
                assertFalse(line.matches(".*· [a-z]{2}$"), "the language is named, not coded: " + line);
            }
            assertTrue(sourceLines.stream().anyMatch(l -> l.endsWith("英语") || l.endsWith("中文")), sourceLines.toString());

            robot.interact(() -> robot.lookup("#details-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
            assertEquals(formats.unit(first), text(robot, "#metric-detail-unit"));
        } finally {
            close(s);
        }
    }

    @Test
    void russianDetailsCapitaliseTheHeadingAndNameTheUnitAndLanguage(FxRobot robot) throws Exception {
        LanguageLayoutUiTest.Shown s = open(RU);
        try {
            Park zgc = s.ui().dataset().parks().stream()
                    .filter(p -> !p.names().ru().isEmpty() && Character.isLowerCase(p.names().ru().charAt(0)))
                    .findFirst().orElseThrow(() -> new AssertionError("the dataset writes some Russian names lowercase"));
            robot.interact(() -> s.ui().vm().select(zgc.id()));
            String heading = text(robot, "#overview-name").replace(LanguageSwitchUiTest.HAIR_SPACE, "");
            assertTrue(Character.isUpperCase(heading.charAt(0)), heading);
            assertEquals(zgc.names().ru().substring(1), heading.substring(1));

            robot.interact(() -> s.ui().vm().select("bda"));
            Metric first = s.ui().dataset().metricsOf("bda").get(0);
            Formats formats = new Formats(new Messages(RU));
            assertEquals("• " + first.name().in(RU) + ": " + formats.value(first) + " (" + formats.period(first) + ")",
                    text(robot, "#overview-keyfact-0"));
            List<String> sourceLines = fx(() -> robot.lookup("#sources-list").query().lookupAll(".details-meta").stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertTrue(sourceLines.stream().anyMatch(l -> l.endsWith("английский") || l.endsWith("китайский")),
                    sourceLines.toString());
            robot.interact(() -> robot.lookup("#details-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
            assertEquals(formats.unit(first), text(robot, "#metric-detail-unit"));
            String sources = fx(() -> robot.lookup("#metric-detail-sources").query().lookupAll(".details-meta").stream()
                    .map(n -> ((Label) n).getText()).reduce("", String::concat));
            assertFalse(sources.matches(".*\\((en|zh|ru)\\).*"), "the language is named, not coded: " + sources);

        } finally {
            close(s);
        }
    }
}
