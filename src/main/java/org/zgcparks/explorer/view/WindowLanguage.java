package org.zgcparks.explorer.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.settings.LanguagePrefs;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.view.compare.CompareWindow;

/**
 * The window's language, chosen in View › Language and remembered in the settings. A switch rebuilds the main
 * window's content in the new language from the unchanged view-model, so the selection, the filter and the data
 * stay as they are, and the map is put back where it was. Every view is built with one {@link Messages}; none has
 * to know that the language can change.
 */
public final class WindowLanguage {

    /** The settings key that remembers the chosen language. */
    public static final String SETTING = "ui.language";

    /** Builds the main window (with its fact-sheet service) in a language. */
    @FunctionalInterface
    public interface WindowFactory {
        MainWindow build(Messages messages, MainWindow.SidePanels sidePanels);
    }

    private final Stage stage;
    private final SettingsStore settings;
    private final WindowFactory factory;
    private MainWindow window;
    private Messages messages;

    public WindowLanguage(Stage stage, SettingsStore settings, WindowFactory factory) {
        this.stage = stage;
        this.settings = settings;
        this.factory = factory;
    }

    /**
     * The language to start in: the one given (from {@code --lang}), else the one chosen last time, else the
     * system's.
     */
    public static Locale startLanguage(Optional<Locale> given, SettingsStore settings) {
        return Messages.supported(given.orElseGet(() -> LanguagePrefs.load(settings).language()
                .orElse(Locale.getDefault())));
    }

    /** Builds the first window. */
    public MainWindow open(Locale language, MainWindow.SidePanels sidePanels) {
        messages = new Messages(language);
        window = factory.build(messages, sidePanels);
        window.onLanguageChosen(this::switchTo);
        return window;
    }

    /** Rebuilds the window in another language, keeping what it shows; remembers the choice. */
    public void switchTo(Locale language) {
        Locale chosen = Messages.supported(language);
        new LanguagePrefs(Optional.of(chosen)).save(settings);
        if (window == null || chosen.equals(messages.locale())) {
            settings.save();
            return;
        }
        MainWindow old = window;
        GeoPoint centre = old.mapCentre();
        double zoom = old.mapZoom();
        OpenCompare compare = OpenCompare.of(old.analysts());
        old.save();
        old.dispose();
        window = null;
        open(chosen, MainWindow.SidePanels.AT_ONCE).showMapAt(centre, zoom);
        compare.reopenIn(window.analysts());
        settings.save();
    }

    /**
     * The Compare window's state across a switch: the compared parks, and if it is open, its place, size and tab. It
     * is built with the window's language, so the old one closes and a new one opens where it was, re-labelled.
     * (Modal dialogs cannot be open during a switch: they block View › Language, and Settings applies its language
     * choice after it closed.)
     */
    private record OpenCompare(List<Park> parks, Optional<Rectangle2D> bounds, int tab) {

        static OpenCompare of(AnalystsTools tools) {
            Optional<Stage> shown = tools.compareWindow().map(CompareWindow::stage).filter(Stage::isShowing);
            shown.ifPresent(Stage::hide);
            return new OpenCompare(List.copyOf(tools.compare().parks()),
                    shown.map(s -> new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight())),
                    shown.map(s -> s.getScene().getRoot().lookup("#compare-tabs")).filter(TabPane.class::isInstance)
                            .map(t -> ((TabPane) t).getSelectionModel().getSelectedIndex()).orElse(0));
        }

        void reopenIn(AnalystsTools tools) {
            tools.compare().setAll(parks);
            bounds.ifPresent(b -> {
                Stage stage = tools.openCompare().stage();
                stage.setX(b.getMinX());
                stage.setY(b.getMinY());
                stage.setWidth(b.getWidth());
                stage.setHeight(b.getHeight());
                if (stage.getScene().getRoot().lookup("#compare-tabs") instanceof TabPane tabs) {
                    tabs.getSelectionModel().select(tab);
                }
            });
        }
    }

    public MainWindow window() {
        return window;
    }

    public Locale language() {
        return messages.locale();
    }

    /** A language in its own name: "English", "中文", "Русский". */
    static String nameOf(Locale l) {
        String name = l.getDisplayLanguage(l);
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The View › Language submenu; each language in its own name, the current one checked. */
    static Menu menu(Messages messages, Consumer<Locale> choose) {
        Menu menu = new Menu(messages.get("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale l : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(nameOf(l));
            item.setId("menu-language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.equals(messages.locale()));
            item.setOnAction(e -> choose.accept(l));
            menu.getItems().add(item);
        }
        return menu;
    }
}
