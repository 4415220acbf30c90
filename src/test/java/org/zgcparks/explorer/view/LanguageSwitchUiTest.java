package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * View › Language switches EN → ZH → RU → EN with E-Town selected, a filter set and the map moved: the selection,
 * the filter and the map's view stay; the visible texts of the whole window are in the new language; the choice
 * is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchUiTest {

    /** Latin words that may show in Chinese and Russian: file names, proper names, the map's credit, units. */
    static final Set<String> LATIN_ALLOWED = Set.of("json", "OpenStreetMap", "contributors", "Jinlan",
            "Gene", "UBTech", "Xiaomi", "Yizhuang", "Guotou", "OLED", "Fortune", "pinyin");
    /** Names in the Overview may break after a hyphen: a hair space marks where (see DetailsPane). */
    static final String HAIR_SPACE = "\u200A";
    static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");

    Path dir;
    TestWindows.Switchable ui;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("zgc-switch-test");
        ui = TestWindows.switchable(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()), Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every text the window shows: its Labeled controls' texts and the Text nodes that are not part of one. */
    static List<String> visibleTexts(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            if (l.getText() != null && !l.getText().isBlank()) {
                out.add(l.getText());
            }
            if (l.getGraphic() != null) {
                collect(l.getGraphic(), out);
            }
            return;
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void switchingKeepsSelectionFilterAndMapAndTranslatesTheWholeWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ui.vm().select("bda");
            ui.vm().setIndustryChosen("ai", true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> ui.language().window().showMapAt(new GeoPoint(39.80, 116.50), 11)).get();
        WaitForAsyncUtils.waitForFxEvents();
        GeoPoint centre = WaitForAsyncUtils.asyncFx(() -> ui.language().window().mapCentre()).get();
        double zoom = WaitForAsyncUtils.asyncFx(() -> ui.language().window().mapZoom()).get();
        ParkFilter filter = ui.vm().filterProperty().get();
        Park bda = ui.dataset().park("bda").orElseThrow();

        for (Locale language : List.of(Locale.CHINESE, new Locale("ru"), Locale.ENGLISH)) {
            robot.clickOn("#menu-view");
            robot.clickOn("#menu-language");
            robot.clickOn("#menu-language-" + language.getLanguage());
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(language, ui.language().language());
            assertEquals(bda, ui.vm().selectedParkProperty().get(), language + ": selection kept");
            assertEquals(filter, ui.vm().filterProperty().get(), language + ": filter kept");
            GeoPoint now = WaitForAsyncUtils.asyncFx(() -> ui.language().window().mapCentre()).get();
            assertEquals(centre.lat(), now.lat(), 1e-4, language + ": map centre kept");
            assertEquals(centre.lon(), now.lon(), 1e-4, language + ": map centre kept");
            assertEquals(zoom, WaitForAsyncUtils.asyncFx(() -> ui.language().window().mapZoom()).get(), 1e-9);
            assertEquals(bda.names().in(language), robot.lookup("#overview-name").queryAs(Label.class).getText()
                    .replace(HAIR_SPACE, ""));
            Messages messages = new Messages(language);
            assertEquals(messages.get("menu.view"), robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                    .getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow().getText());

            List<String> texts = WaitForAsyncUtils.asyncFx(() -> visibleTexts(stage.getScene().getRoot())).get();
            assertTrue(texts.contains(bda.description().in(language)), language + ": " + texts);
            if (!language.getLanguage().equals("en")) {
                List<String> english = new ArrayList<>();
                for (String t : texts) {
                    if (t.replace(HAIR_SPACE, "").equals(bda.names().en())) {
                        continue; // the Overview names the park in all three languages
                    }
                    Matcher m = LATIN_WORD.matcher(t.replaceAll("\\S+\\.json", "")); // file names are not words
                    while (m.find()) {
                        if (!LATIN_ALLOWED.contains(m.group())) {
                            english.add(m.group() + " in \"" + t + "\"");
                        }
                    }
                }
                assertEquals(List.of(), english, language + ": English words in the window");
            }
        }
        SettingsStore saved = new SettingsStore(dir.resolve("settings.properties"));
        assertEquals("en", saved.get(WindowLanguage.SETTING).orElseThrow(), "the last choice is remembered");
        SettingsStore chose = new SettingsStore(dir.resolve("chose.properties"));
        chose.put(WindowLanguage.SETTING, "zh");
        assertEquals(Locale.CHINESE, WindowLanguage.startLanguage(Optional.empty(), chose), "remembered");
        assertEquals(new Locale("ru"), WindowLanguage.startLanguage(Optional.of(new Locale("ru")), chose),
                "--lang wins");
    }

    @Test
    void settingsOffersTheLanguageToo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ui.vm().select("haidian-park")).get();
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-settings");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#settings-language")
                .queryAs(javafx.scene.control.ComboBox.class).setValue(new Locale("ru"))).get();
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Locale("ru"), ui.language().language());
        assertEquals("Парк Хайдянь", robot.lookup("#overview-name").queryAs(Label.class).getText().replace(HAIR_SPACE, ""));
        assertEquals("haidian-park", ui.vm().selectedParkProperty().get().id(), "selection kept");
    }
}
