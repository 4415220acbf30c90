package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.factsheet.BookletOptions;
import org.zgcparks.explorer.factsheet.SheetPrinter;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/** The booklet's options come before the file or the printer, and the booklet is made in the language chosen. */
@ExtendWith(ApplicationExtension.class)
class BookletOptionsUiTest {

    Path dir;
    TestWindows ui;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("zgc-booklet-options-ui");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Locale> language(FxRobot robot) {
        return robot.lookup("#booklet-options-language").queryAs(ComboBox.class);
    }

    @Test
    void theOptionsOfferTheThreeLanguagesTheAppsFirstAndChartsAndHandOnTheChoice(FxRobot robot) throws Exception {
        AtomicReference<BookletOptions> chosen = new AtomicReference<>();
        ExplorerUiTest.interact(() -> new BookletOptionsDialog(stage, new Messages(Locale.ENGLISH)).show(chosen::set));
        ComboBox<Locale> language = language(robot);
        assertEquals(Locale.ENGLISH, fx(language::getValue), "the app's language is chosen first");
        assertEquals(List.of("English", "中文", "Русский"),
                fx(() -> language.getItems().stream().map(l -> language.getConverter().toString(l)).toList()));
        CheckBox charts = robot.lookup("#booklet-options-charts").queryAs(CheckBox.class);
        assertFalse(fx(charts::isSelected));
        ExplorerUiTest.interact(() -> language.setValue(Locale.CHINESE));
        robot.clickOn("#booklet-options-charts");
        robot.clickOn("#booklet-options-continue");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chosen.get() != null);
        assertEquals(new BookletOptions(Locale.CHINESE, true), chosen.get());
        assertTrue(robot.lookup("#booklet-options-dialog").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void inARussianWindowRussianIsChosenFirst(FxRobot robot) throws Exception {
        AtomicReference<BookletOptions> chosen = new AtomicReference<>();
        ExplorerUiTest.interact(() -> new BookletOptionsDialog(stage, new Messages(new Locale("ru"))).show(chosen::set));
        assertEquals("ru", fx(() -> language(robot).getValue().getLanguage()));
        assertEquals("Продолжить…", robot.lookup("#booklet-options-continue").queryButton().getText());
    }

    @Test
    void printBookletAsksTheOptionsFirstAndCancelAsksNoPrinter(FxRobot robot) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        ExplorerUiTest.interact(() -> ui.window().factSheets().usePrintSetup(new FactSheetActions.PrintSetup(() -> {
            asked.incrementAndGet();
            return Optional.empty();
        }, SheetPrinter.noDialog())));
        ExplorerUiTest.interact(() -> ui.window().factSheets().printBooklet());
        assertTrue(robot.lookup("#booklet-options-dialog").tryQuery().isPresent(), "the options come first");
        robot.clickOn(robot.lookup(".button").match(b -> b instanceof Button button
                && button.isCancelButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#booklet-options-dialog").tryQuery().isEmpty());
        assertEquals(0, asked.get(), "cancelled before any printer was looked for");
    }

    @Test
    void aBookletChosenInChineseWithChartsFromAnEnglishWindowIsChinese(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.vm().setFilter(ParkFilter.NONE.withIndustries(Set.of("commercial-aerospace"))));
        Path pdf = dir.resolve("booklet-zh.pdf");
        ExplorerUiTest.interact(() -> ui.window().factSheets().exportBooklet(pdf, new BookletOptions(Locale.CHINESE, true)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#export-done-dialog").tryQuery().isPresent());
        Messages zh = new Messages(Locale.CHINESE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(3);
            String text = s.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(zh.get("cover.title")), text);
            assertTrue(text.contains("商业航天"), "the filter in Chinese: " + text);
            assertTrue(text.contains(zh.get("contents.title")) && text.contains(zh.get("booklet.charts.title")), text);
            assertTrue(text.contains(zh.get("compare.chart.parks")), "the industries chart, in Chinese: " + text);
            assertFalse(text.contains("Park fact sheets") || text.contains("Contents"), text);
        }
    }
}
