package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zgcparks.explorer.view.TestWindows.fx;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.cli.CommandLine;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.export.FigureTsv;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.tiles.TileSourceFactory;
import org.zgcparks.explorer.view.compare.CompareWindow;

/** The analysts' tools in the running window: Metrics detail and Ctrl+C, Compare and charts, data export, links. */
@ExtendWith(ApplicationExtension.class)
class AnalystsUiTest {

    Path dir;
    TestWindows ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-analysts-ui");
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }


    static void interact(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static MenuItem menuItem(TestWindows ui, String id) {
        return FactSheetUiTest.menuItem(ui, id);
    }

    @SuppressWarnings("unchecked")
    TableView<Metric> metricsTable(FxRobot robot) {
        return robot.lookup("#metrics-table").queryAs(TableView.class);
    }

    @Test
    void theMetricsTabShowsTheSelectedFigureInFull(FxRobot robot) throws Exception {
        interact(() -> ui.vm().select("bda"));
        robot.clickOn("#tab-metrics");
        TableView<Metric> table = metricsTable(robot);
        List<Metric> figures = ui.dataset().metricsOf("bda");
        assertEquals(figures.size(), table.getItems().size());
        Metric third = figures.get(2);
        interact(() -> table.getSelectionModel().clearAndSelect(2));
        assertEquals(third.name().en(), robot.lookup("#metric-detail-name").queryAs(Label.class).getText());
        assertEquals(new Formats(new Messages(Locale.ENGLISH)).period(third),
                robot.lookup("#metric-detail-period").queryAs(Label.class).getText());
        assertEquals(third.kind().id(), robot.lookup("#metric-detail-kind").queryAs(Label.class).getText());
        String sources = fx(() -> robot.lookup("#metric-detail-sources").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat));
        var source = ui.dataset().source(third.sourceIds().get(0)).orElseThrow();
        assertTrue(sources.contains(source.title()) && sources.contains(source.publisher())
                && sources.contains(source.date())
                && sources.contains("(" + Locale.forLanguageTag(source.language()).getDisplayLanguage(Locale.ENGLISH) + ")"),
                sources);
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) throws Exception {
        interact(() -> ui.vm().select("bda"));
        robot.clickOn("#tab-metrics");
        TableView<Metric> table = metricsTable(robot);
        interact(() -> {
            Clipboard.getSystemClipboard().clear();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(3, 1);
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Metric> figures = ui.dataset().metricsOf("bda");
        String expected = FigureTsv.of(ui.dataset(), List.of(figures.get(1), figures.get(3)), Locale.ENGLISH);
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals(expected, copied);
        String[] lines = copied.split("\n");
        assertEquals(3, lines.length, "a header and two rows, in table order");
        assertEquals(figures.get(1).value().toPlainString(), lines[1].split("\t")[1], "plain numbers paste as numbers");
        assertEquals(FigureTsv.HEADER.size(), lines[1].split("\t", -1).length);
        var menu = table.getContextMenu();
        assertEquals(List.of("metrics-menu-copy", "metrics-menu-compare", "metrics-menu-export"),
                menu.getItems().stream().map(MenuItem::getId).toList());
    }

    @Test
    void compareWithFromTheMetricsMenuOpensCompareWithThePark(FxRobot robot) throws Exception {
        interact(() -> ui.vm().select("bda"));
        robot.clickOn("#tab-metrics");
        interact(() -> metricsTable(robot).getContextMenu().getItems().get(1).fire());
        assertEquals(List.of("bda"), fx(() -> ui.window().analysts().compare().parks().stream().map(Park::id).toList()));
        assertNotNull(robot.lookup("#compare-hint").tryQuery().orElse(null), "one park: a hint to tick more");
    }

    @Test
    void compareShowsTheParksSideBySideWithChartsThatExportAsPng(FxRobot robot) throws Exception {
        List<Park> parks = List.of("bda", "zgc-street", "inno-way").stream()
                .map(id -> ui.dataset().park(id).orElseThrow()).toList();
        CompareWindow cw = fx(() -> {
            ui.window().analysts().compare().setAll(parks);
            return ui.window().analysts().openCompare();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(cw.comparison());
        for (int j = 0; j < parks.size(); j++) {
            assertEquals(parks.get(j).names().en(), robot.lookup("#compare-park-" + j).queryAs(Label.class).getText());
        }
        interact(() -> cw.selectTab("compare-tab-industries"));
        StackedBarChart<?, ?> industries = robot.lookup("#compare-industry-chart").queryAs(StackedBarChart.class);
        assertEquals(3, industries.getData().size(), "a series per role");
        Path png = dir.resolve("industries.png");
        interact(() -> ui.window().analysts().dataExports().writeChart(cw.currentChart().orElseThrow(),
                cw.currentModel().orElseThrow(), png));
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 200 && img.getHeight() > 200, img.getWidth() + "x" + img.getHeight());
        assertTrue(colours(img) > 3, "the PNG shows the chart, not a blank: " + colours(img) + " colours");
        assertNotNull(robot.lookup("#data-export-done-dialog").tryQuery().orElse(null));
        Path svg = dir.resolve("industries.svg");
        interact(() -> ui.window().analysts().dataExports().writeChart(cw.currentChart().orElseThrow(),
                cw.currentModel().orElseThrow(), svg));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains("class='bar leading'"),
                text.substring(0, Math.min(200, text.length())));
        assertFalse(text.contains("<image"), "an SVG of vectors, not an embedded bitmap");
    }

    /** How many distinct colours the image has (a blank one has one). */
    static long colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void aFigureChartHasABarPerParkWithTheFigureAndMarksTargets(FxRobot robot) throws Exception {
        var ds = ui.dataset();
        Metric template = ds.metricsOf("zgc-street").get(0);
        List<Metric> extra = new ArrayList<>(ds.metrics());
        extra.add(target(template, "t1", "zgc-street", "12"));
        extra.add(target(template, "t2", "inno-way", "30"));
        var withTargets = new Dataset(ds.info(), ds.sources(), ds.regions(), ds.districts(),
                ds.industryGroups(), ds.industries(), ds.parks(), ds.policies(), extra);
        List<String> ids = List.of("zgc-street", "inno-way", "bda");
        CompareWindow cw = fx(() -> {
            ui.vm().setDataset(withTargets, "test");
            ui.window().analysts().compare().setAll(ids.stream().map(id -> withTargets.park(id).orElseThrow()).toList());
            return ui.window().analysts().openCompare();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> cw.selectTab("compare-tab-figure"));
        var choice = robot.lookup("#compare-figure-choice").queryAs(javafx.scene.control.ComboBox.class);
        var row = (ParkComparison.FigureRow) choice.getValue();
        assertNotNull(row, "the two targets of the same name can be charted");
        assertEquals("Floor space to be built", row.first().name().en());
        BarChart<?, ?> chart = robot.lookup("#compare-figure-chart").queryAs(BarChart.class);
        assertEquals(2, chart.getData().get(0).getData().size(), "a bar per park with the figure; bda gets none");
        var axis = (NumberAxis) chart.getYAxis();
        assertTrue(axis.getTickLabelFormatter().toString(axis.getUpperBound()).contains("m²"),
                "the ticks carry the unit: " + axis.getTickLabelFormatter().toString(axis.getUpperBound()));
        assertEquals(30.0, axis.getUpperBound(), 0, "the axis reaches the largest value");
        assertTrue(chart.getTitle().contains("2030 target"), chart.getTitle());
        assertTrue(chart.getData().get(0).getName().startsWith("Target"), chart.getData().get(0).getName());
        for (var d : chart.getData().get(0).getData()) {
            assertTrue(d.getNode().getStyleClass().contains("chart-target"), "target bars are marked");
        }
    }

    static Metric target(Metric t, String id, String park, String value) {
        return new Metric(id, park, new LocalizedText("Floor space to be built", "", ""),
                Qualifier.EXACT, new BigDecimal(value), Optional.empty(), "m²", "",
                LocalizedText.english("2030 target"),
                MetricKind.TARGET, Optional.empty(), t.citations(),
                LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    @Test
    void exportDataWritesTheParksOfTheFilterAndAFailureLeavesNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("all.csv");
        interact(() -> ui.window().analysts().dataExports().write(
                ui.window().analysts().dataExports().parks(DataExportActions.Scope.FILTER), csv));
        int figures = ui.dataset().parks().stream().mapToInt(p -> ui.dataset().metricsOf(p.id()).size()).sum();
        assertEquals(figures + 1, Files.readAllLines(csv).size());
        assertNotNull(robot.lookup("#data-export-done-dialog").tryQuery().orElse(null));
        Path bad = dir.resolve("missing").resolve("parks.geojson");
        interact(() -> ui.window().analysts().dataExports().write(ui.dataset().parks(), bad));
        assertFalse(Files.exists(bad.getParent()));
        assertNotNull(robot.lookup("#data-export-failed-dialog").tryQuery().orElse(null));
        assertFalse(menuItem(ui, "menu-export-data").isDisable());
    }

    @Test
    void copyLinkPutsALinkToTheSelectedParkOnTheClipboard(FxRobot robot) throws Exception {
        assertTrue(menuItem(ui, "menu-copy-link").isDisable(), "no park selected");
        interact(() -> ui.vm().select("zgc-street"));
        interact(() -> menuItem(ui, "menu-copy-link").fire());
        assertEquals("zgcparks://park/zgc-street?lang=en", fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void aParkGivenOnTheCommandLineOpensSelected(FxRobot robot) throws Exception {
        interact(() -> ui.vm().clearSelection());
        CommandLine cl = CommandLine.parse("zgcparks://park/inno-way?lang=en");
        interact(() -> cl.select().ifPresent(ui.vm()::select)); // as the composition root does after building the window
        assertEquals("Zhongguancun Inno Way", robot.lookup("#overview-name").queryAs(Label.class).getText());
        assertNull(robot.lookup("#details-empty").tryQuery().orElse(null));
    }
}
