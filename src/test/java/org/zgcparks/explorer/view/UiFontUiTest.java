package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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
import org.zgcparks.explorer.i18n.BundledFont;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Chinese renders with no Chinese font on the machine: the UI is set in the bundled font, and its glyphs are real
 * letters, not the missing-glyph box. (On a machine whose only fonts are DejaVu, the default font draws every Chinese
 * character as the same box, which is what the pixel comparisons catch.)
 */
@ExtendWith(ApplicationExtension.class)
class UiFontUiTest {

    Path dir;
    TestWindows ui;
    UiFont font;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("zgc-font-ui");
        Optional<String> bundled = UiFont.loadBundled();
        assertEquals(Optional.of(BundledFont.FAMILY), bundled, "the bundled font loads into JavaFX");
        font = new UiFont(UiFont.choose(bundled, List.of("DejaVu Sans", "DejaVu Serif")));
        font.applyToEveryWindow();
        ui = TestWindows.open(stage, dir, s -> TileSourceFactory.offlineOnly(s.basemap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.hideStage();
        ui.tiles().source().shutdown();
    }

    @Test
    void thePlatformsChineseFontIsKeptWhereItIsAPreferredOneElseTheBundledFontIsUsed() {
        assertEquals("WenQuanYi Micro Hei", UiFont.choose(Optional.of("WenQuanYi Micro Hei"), List.of("DejaVu Sans")));
        assertNull(UiFont.choose(Optional.of("WenQuanYi Micro Hei"), List.of("Segoe UI", "Microsoft YaHei UI")));
        assertNull(UiFont.choose(Optional.of("WenQuanYi Micro Hei"), List.of("Helvetica", "PingFang SC")));
        assertNull(UiFont.choose(Optional.empty(), List.of("DejaVu Sans")), "no bundled font: the platform's default");
    }

    @Test
    void aChineseParkNameIsDrawnWithRealGlyphsNotTheMissingGlyphBox() throws Exception {
        Park park = ui.dataset().park("zgc-street").orElseThrow();
        String name = park.names().zh();
        List<WritableImage> glyphs = new ArrayList<>();
        WritableImage[] box = new WritableImage[1];
        Font[] used = new Font[1];
        ExplorerUiTest.interact(() -> {
            for (int cp : name.codePoints().distinct().toArray()) {
                glyphs.add(render(Character.toString(cp), null));
            }
            // U+0378 is unassigned: every font draws it as its missing-glyph box
            box[0] = render("\u0378", used);
        });
        assertEquals(BundledFont.FAMILY, used[0].getFamily(), "the scene's text is set in the bundled font");
        Set<String> distinct = new HashSet<>();
        for (WritableImage g : glyphs) {
            assertTrue(ink(g) > 20, "the glyph draws something");
            assertFalse(same(g, box[0]), "a Chinese character is not the missing-glyph box");
            distinct.add(pixels(g));
        }
        assertEquals(glyphs.size(), distinct.size(), "each character of " + name + " has its own glyph");
    }

    @Test
    void pinyinWithTonesIsDrawnToo() throws Exception {
        String pinyin = "Hǎidiàn Yuán ǐ ǒ ǔ ǘ ǚ ǜ ü ā";
        List<String> chars = pinyin.codePoints().filter(cp -> cp != ' ').distinct().mapToObj(Character::toString).toList();
        List<WritableImage> glyphs = new ArrayList<>();
        ExplorerUiTest.interact(() -> chars.forEach(c -> glyphs.add(render(c, null))));
        for (int i = 0; i < chars.size(); i++) {
            assertTrue(ink(glyphs.get(i)) > 20, chars.get(i) + " draws something");
        }
        assertEquals(chars.size(), glyphs.stream().map(UiFontUiTest::pixels).distinct().count(), "each its own glyph");
    }

    @Test
    void everyTextOfTheMainWindowAndItsDialogsIsSetInTheBundledFont(FxRobot robot) throws Exception {
        ExplorerUiTest.interact(() -> ui.vm().select("zgc-street"));
        Park park = ui.dataset().park("zgc-street").orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#overview-name-zh").tryQuery().isPresent());
        Labeled zh = robot.lookup("#overview-name-zh").queryAs(Labeled.class);
        assertTrue(zh.getText().contains(park.names().zh()));
        assertEquals(BundledFont.FAMILY, zh.getFont().getFamily());
        assertAllInBundledFont(ui.window().scene().getRoot(), "the main window");

        ExplorerUiTest.interact(() -> Dialogs.about(ui.window().scene().getWindow(), new Messages(
                Locale.CHINESE), ui.dataset(), "").show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        Node about = robot.lookup("#about-dialog").query();
        assertTrue(((TextInputControl) robot.lookup("#about-text").query()).getText().contains("文泉驿微米黑"));
        assertAllInBundledFont(about, "the About dialog");
        ExplorerUiTest.interact(() -> about.getScene().getWindow().hide());

        robot.clickOn("#menu-file");
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> popups = Window.getWindows().stream().filter(w -> w != ui.window().scene().getWindow()
                && w.isShowing() && w.getScene() != null).toList();
        assertFalse(popups.isEmpty(), "the menu is open");
        for (Window w : popups) {
            assertAllInBundledFont(w.getScene().getRoot(), "a menu");
        }
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    static void assertAllInBundledFont(Node root, String where) {
        int checked = 0;
        for (Node n : root.lookupAll("*")) {
            Font f = n instanceof Labeled l ? l.getFont() : n instanceof Text t ? t.getFont()
                    : n instanceof TextInputControl c ? c.getFont() : null;
            if (f != null) {
                assertEquals(BundledFont.FAMILY, f.getFamily(), where + ": " + n);
                checked++;
            }
        }
        assertTrue(checked > 0, where + " has text");
    }

    WritableImage render(String text, Font[] used) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 40px; -fx-text-fill: black; -fx-background-color: white;");
        StackPane pane = new StackPane(label);
        pane.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(pane, 80, 80);
        font.style(scene);
        pane.applyCss();
        pane.layout();
        if (used != null) {
            used[0] = label.getFont();
        }
        return pane.snapshot(null, null);
    }

    static int ink(WritableImage img) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((r.getArgb(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    static String pixels(WritableImage img) {
        PixelReader r = img.getPixelReader();
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                sb.append((r.getArgb(x, y) & 0xff) < 128 ? '#' : '.');
            }
        }
        return sb.toString();
    }

    static boolean same(WritableImage a, WritableImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight() && pixels(a).equals(pixels(b));
    }
}
