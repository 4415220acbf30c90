package org.zgcparks.explorer.view;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.view.map.ParkMapView;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The main window's menu bar: File, Edit, View and Help, each item with a stable id, an accelerator where a
 * desktop user expects one, and its action. The window's own commands (open, settings, find, language, theme) come
 * in as {@link Commands}; the rest act on the view-model, the map, the panels and the tools directly.
 */
final class MainMenus {

    /** What the menus ask of the window. */
    record Commands(Runnable openDataset, Runnable openBundled, Runnable openSettings, Runnable focusSearch,
                    Runnable about, Runnable quit, Consumer<Locale> chooseLanguage, Consumer<Theme> chooseTheme) {
    }

    /** What the menus act on. */
    record Parts(ExplorerViewModel vm, Messages messages, ViewScope scope, FactSheetActions factSheets,
                 AnalystsTools analysts, ParkMapView map, PanelLayout panels, WebLinks links, Theme theme) {
    }

    private final Parts p;
    private final Commands commands;

    private MainMenus(Parts parts, Commands commands) {
        this.p = parts;
        this.commands = commands;
    }

    static MenuBar build(Parts parts, Commands commands) {
        MainMenus menus = new MainMenus(parts, commands);
        MenuBar bar = new MenuBar(menus.file(), parts.analysts().editMenu(), menus.view(), menus.help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem open = item("menu-open", "menu.file.open", shortcut(KeyCode.O), commands.openDataset());
        MenuItem openBundled = item("menu-open-bundled", "menu.file.openBundled", null, commands.openBundled());
        // Print and Export PDF act on the selected park; the booklet on the parks matching the filter.
        MenuItem print = item("menu-print", "menu.file.print", shortcut(KeyCode.P), p.factSheets()::print);
        print.disableProperty().bind(p.vm().selectedParkProperty().isNull());
        MenuItem export = item("menu-export-pdf", "menu.file.exportPdf", null, p.factSheets()::exportSelected);
        export.disableProperty().bind(p.vm().selectedParkProperty().isNull());
        MenuItem booklet = item("menu-export-booklet", "menu.file.exportBooklet", null, p.factSheets()::exportBooklet);
        booklet.disableProperty().bind(Bindings.createBooleanBinding(
                () -> p.vm().matchesProperty().get().isEmpty(), p.vm().matchesProperty()));
        MenuItem printBooklet = item("menu-print-booklet", "menu.file.printBooklet", null, p.factSheets()::printBooklet);
        printBooklet.disableProperty().bind(booklet.disableProperty());
        MenuItem prefs = item("menu-settings", "menu.file.settings", shortcut(KeyCode.COMMA), commands.openSettings());
        MenuItem quit = item("menu-quit", "menu.file.quit", shortcut(KeyCode.Q), commands.quit());
        Menu file = new Menu(p.messages().get("menu.file"), null, open, openBundled, new SeparatorMenuItem(), print,
                export, booklet, p.analysts().exportDataItem(), printBooklet, new SeparatorMenuItem(), prefs,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    private Menu view() {
        Messages messages = p.messages();
        ExplorerViewModel vm = p.vm();
        MenuItem find = item("menu-find", "menu.view.find", shortcut(KeyCode.F), commands.focusSearch());
        MenuItem zoomIn = item("menu-zoom-in", "menu.view.zoomIn", shortcut(KeyCode.EQUALS), () -> p.map().zoomBy(1));
        MenuItem zoomOut = item("menu-zoom-out", "menu.view.zoomOut", shortcut(KeyCode.MINUS), () -> p.map().zoomBy(-1));
        // Ctrl+0 frames what the filter leaves; Ctrl+Shift+0 every park
        MenuItem matching = item("menu-zoom-matching", "menu.view.zoomMatching", shortcut(KeyCode.DIGIT0),
                () -> p.map().showMatching(true));
        MenuItem all = item("menu-zoom-all", "menu.view.zoomAll", new KeyCodeCombination(KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> p.map().showAll(true));
        MenuItem clear = item("menu-clear-selection", "menu.view.clearSelection", null, vm::clearSelection);
        MenuItem clearFilters = item("menu-clear-filters", "menu.view.clearFilters", null, vm::clearFilters);
        ToggleGroup nonMatching = new ToggleGroup();
        RadioMenuItem dim = radio("menu-nonmatching-dim", messages.get("menu.view.dim"), nonMatching,
                () -> vm.setNonMatching(ExplorerViewModel.NonMatching.DIM));
        RadioMenuItem hide = radio("menu-nonmatching-hide", messages.get("menu.view.hide"), nonMatching,
                () -> vm.setNonMatching(ExplorerViewModel.NonMatching.HIDE));
        Consumer<ExplorerViewModel.NonMatching> showMode = m -> (m == ExplorerViewModel.NonMatching.HIDE ? hide : dim)
                .setSelected(true);
        showMode.accept(vm.nonMatchingProperty().get());
        p.scope().listen(vm.nonMatchingProperty(), (obs, o, m) -> showMode.accept(m));
        CheckMenuItem districtLines = new CheckMenuItem(messages.get("menu.view.districtBoundaries"));
        districtLines.setId("menu-district-boundaries");
        districtLines.setSelected(vm.districts().boundariesShownProperty().get());
        p.scope().listen(vm.districts().boundariesShownProperty(), (obs, o, shown) -> districtLines.setSelected(shown));
        districtLines.setOnAction(e -> vm.setBoundariesShown(districtLines.isSelected()));
        // the side panels can be hidden, the map taking their room (the buttons on the split do the same)
        CheckMenuItem showList = new CheckMenuItem(messages.get("menu.view.showList"));
        showList.setId("menu-show-list");
        showList.selectedProperty().bindBidirectional(p.panels().showListProperty());
        CheckMenuItem showDetails = new CheckMenuItem(messages.get("menu.view.showDetails"));
        showDetails.setId("menu-show-details");
        showDetails.selectedProperty().bindBidirectional(p.panels().showDetailsProperty());
        // the theme, then the language last, where its submenu opens without crossing other items
        Menu view = new Menu(messages.get("menu.view"), null, find, new SeparatorMenuItem(), zoomIn, zoomOut, matching,
                all, new SeparatorMenuItem(), districtLines, new SeparatorMenuItem(), dim, hide, clearFilters,
                new SeparatorMenuItem(), clear, new SeparatorMenuItem(), showList, showDetails,
                new SeparatorMenuItem(), p.analysts().compareItem(),
                new SeparatorMenuItem(), themeMenu(), WindowLanguage.menu(messages, commands.chooseLanguage()));
        view.setId("menu-view");
        return view;
    }

    /** View › Theme: Light, Dark, Follow system; the current choice checked. */
    private Menu themeMenu() {
        Menu menu = new Menu(p.messages().get("menu.view.theme"));
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = radio("menu-theme-" + t.id(), p.messages().get("menu.view.theme." + t.id()), group,
                    () -> commands.chooseTheme().accept(t));
            item.setSelected(t == p.theme());
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu help() {
        MenuItem about = item("menu-about", "menu.help.about", null, commands.about());
        MenuItem reportMap = item("menu-report-map", "menu.help.reportMap", null,
                () -> p.links().open(TileSourceChoice.OSM_REPORT_URL));
        Menu help = new Menu(p.messages().get("menu.help"), null, reportMap, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return help;
    }

    private MenuItem item(String id, String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(p.messages().get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(String id, String text, ToggleGroup group, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
