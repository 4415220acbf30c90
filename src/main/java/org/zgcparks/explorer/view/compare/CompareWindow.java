package org.zgcparks.explorer.view.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zgcparks.explorer.compare.BarChartModel;
import org.zgcparks.explorer.compare.ChartModels;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.view.DataExportActions;
import org.zgcparks.explorer.view.support.WeakListeners;
import org.zgcparks.explorer.viewmodel.CompareViewModel;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * View › Compare parks…: a window with the parks to choose (a Compare check each, with a search box), and for the
 * 2–6 chosen: the side-by-side grid, a bar chart of one comparable figure, and the industries of the parks matching
 * the filter by park count. Charts export as PNG or SVG; the compared parks' data exports as CSV or GeoJSON.
 */
public final class CompareWindow {

    private final ExplorerViewModel vm;
    private final CompareViewModel compare;
    private final Messages messages;
    private final DataExportActions exports;
    private final Locale locale;
    private final Formats formats;
    private final Stage stage = new Stage();
    private final Map<Park, BooleanProperty> checks = new HashMap<>();
    private final ListView<Park> picker = new ListView<>();
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final ScrollPane sideBySide = new ScrollPane();
    private final ComboBox<ParkComparison.FigureRow> figureChoice = new ComboBox<>();
    private final StackPane figureChartSlot = new StackPane();
    private final StackPane industryChartSlot = new StackPane();
    private final TabPane tabs = new TabPane();
    private final CompareTable table;
    private final ChartModels charts;
    private ParkComparison comparison;
    private BarChartModel figureModel;
    private BarChartModel industryModel;

    public CompareWindow(Window owner, ExplorerViewModel vm, CompareViewModel compare, Messages messages,
                         DataExportActions exports, String stylesheet) {
        this.vm = vm;
        this.compare = compare;
        this.messages = messages;
        this.exports = exports;
        this.locale = messages.locale();
        this.formats = new Formats(messages);
        this.table = new CompareTable(messages);
        this.charts = new ChartModels(messages);
        stage.initOwner(owner);
        stage.setTitle(messages.get("compare.title"));

        search.setId("compare-search");
        search.setPromptText(messages.get("compare.search"));
        picker.setId("compare-picker");
        picker.setCellFactory(lv -> new CheckBoxListCell<>(this::check, new javafx.util.StringConverter<>() {
            @Override
            public String toString(Park p) {
                return p == null ? "" : p.names().in(locale);
            }

            @Override
            public Park fromString(String s) {
                return null;
            }
        }));
        status.setId("compare-status");
        status.setWrapText(true);
        VBox left = new VBox(6, new Label(messages.get("compare.pick")), search, picker, status);
        left.setPadding(new Insets(8));
        VBox.setVgrow(picker, Priority.ALWAYS);

        sideBySide.setId("compare-side-by-side");
        sideBySide.setFitToWidth(true);
        figureChoice.setId("compare-figure-choice");
        figureChoice.setMaxWidth(Double.MAX_VALUE);
        figureChoice.setCellFactory(lv -> rowCell());
        figureChoice.setButtonCell(rowCell());
        figureChoice.valueProperty().addListener((obs, old, row) -> showFigureChart(row));
        VBox figurePane = new VBox(6, figureChoice, figureChartSlot);
        figurePane.setPadding(new Insets(8));
        VBox.setVgrow(figureChartSlot, Priority.ALWAYS);
        Tab grid = new Tab(messages.get("compare.tab.table"), sideBySide);
        grid.setId("compare-tab-table");
        Tab figure = new Tab(messages.get("compare.tab.figure"), figurePane);
        figure.setId("compare-tab-figure");
        Tab industries = new Tab(messages.get("compare.tab.industries"), industryChartSlot);
        industries.setId("compare-tab-industries");
        tabs.getTabs().addAll(grid, figure, industries);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("compare-tabs");

        Button png = new Button(messages.get("compare.exportPng"));
        png.setId("compare-export-png");
        png.setTooltip(new Tooltip(messages.get("chart.exportFormats")));
        png.setOnAction(e -> currentChart().ifPresent(c -> exports.exportChart(c, currentModel().orElseThrow(),
                "zgc-parks-chart", stage)));
        png.disableProperty().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(grid));
        Button data = new Button(messages.get("compare.exportData"));
        data.setId("compare-export-data");
        data.disableProperty().bind(compare.canCompareProperty().not());
        data.setOnAction(e -> exports.exportParks(List.copyOf(compare.parks()), "zgc-parks-compared", stage));
        Button close = new Button(messages.get("compare.close"));
        close.setId("compare-close");
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, png, data, spacer, close);
        buttons.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        BorderPane root = new BorderPane(split);
        root.setBottom(buttons);
        root.setId("compare-root");
        Scene scene = new Scene(root, 1150, 720);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);

        // the view-models outlive this window (a language switch replaces it): they hold its listeners weakly
        WeakListeners.listen(root, vm.datasetProperty(), (obs, old, ds) -> resetPicker());
        WeakListeners.listen(root, vm.matchesProperty(), (obs, old, m) -> showIndustryChart());
        WeakListeners.listenList(root, compare.parks(), (ListChangeListener<Park>) c -> refresh());
        search.textProperty().addListener((obs, old, t) -> resetPicker());
        resetPicker();
        refresh();
    }

    public Stage stage() {
        return stage;
    }

    /** Opens (or brings to the front) the window. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** The comparison shown, or null with fewer than two parks. */
    public ParkComparison comparison() {
        return comparison;
    }

    // ---- the picker ----------------------------------------------------------------------------------

    private BooleanProperty check(Park park) {
        return checks.computeIfAbsent(park, p -> {
            BooleanProperty b = new SimpleBooleanProperty(compare.parks().contains(p));
            // adding a park that is in, or removing one that is out, does nothing: showing the comparison's state
            // in the tick boxes sends nothing back
            b.addListener((obs, was, on) -> {
                if (on && !compare.parks().contains(p) && !compare.add(p)) {
                    status.setText(messages.get("compare.full", ParkComparison.MAX_PARKS));
                    b.set(false);
                } else if (!on) {
                    compare.remove(p);
                }
            });
            return b;
        });
    }

    private void resetPicker() {
        Dataset ds = vm.dataset();
        if (ds == null) {
            picker.getItems().clear();
            return;
        }
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        FilteredList<Park> items = new FilteredList<>(FXCollections.observableArrayList(ds.parks()),
                p -> q.isEmpty() || (p.names().en() + " " + p.names().zh() + " " + p.names().ru() + " "
                        + p.names().pinyin() + " " + p.id()).toLowerCase(Locale.ROOT).contains(q));
        picker.setItems(items);
    }

    // ---- content -------------------------------------------------------------------------------------

    private void refresh() {
        checks.forEach((p, b) -> b.set(compare.parks().contains(p)));
        int n = compare.parks().size();
        if (n < ParkComparison.MAX_PARKS) {
            status.setText(messages.get("compare.count", n, ParkComparison.MIN_PARKS, ParkComparison.MAX_PARKS));
        }
        Dataset ds = vm.dataset();
        if (ds == null || n < ParkComparison.MIN_PARKS) {
            comparison = null;
            Label hint = new Label(messages.get("compare.hint", ParkComparison.MIN_PARKS, ParkComparison.MAX_PARKS));
            hint.setId("compare-hint");
            hint.setWrapText(true);
            hint.setPadding(new Insets(16));
            sideBySide.setContent(hint);
            figureChoice.getItems().clear();
        } else {
            comparison = compare.comparison();
            sideBySide.setContent(table.build(ds, comparison));
            List<ParkComparison.FigureRow> chartable = comparison.figureRows().stream()
                    .filter(r -> r.count() >= 2 && r.sameUnit()).toList();
            figureChoice.getItems().setAll(chartable);
            if (!chartable.isEmpty()) {
                figureChoice.getSelectionModel().select(0);
            }
        }
        showFigureChart(figureChoice.getValue());
        showIndustryChart();
    }

    private void showFigureChart(ParkComparison.FigureRow row) {
        figureModel = null;
        if (comparison == null || row == null) {
            Label none = new Label(messages.get(comparison == null ? "compare.hint" : "compare.noChart",
                    ParkComparison.MIN_PARKS, ParkComparison.MAX_PARKS));
            none.setId("compare-no-chart");
            none.setWrapText(true);
            figureChartSlot.getChildren().setAll(none);
            return;
        }
        figureModel = charts.figure(row, comparison.parks());
        figureChartSlot.getChildren().setAll(CompareCharts.figureChart(figureModel));
    }

    private void showIndustryChart() {
        Dataset ds = vm.dataset();
        industryModel = null;
        if (ds == null) {
            industryChartSlot.getChildren().clear();
            return;
        }
        var matches = vm.matchesProperty().get();
        List<Park> parks = ds.parks().stream().filter(p -> matches.containsKey(p.id())).toList();
        ParkFilter f = vm.filterProperty().get();
        industryModel = charts.industries(ds, parks, f.isEmpty() ? "" : ParkFilter.describe(f, ds, messages));
        industryChartSlot.getChildren().setAll(CompareCharts.industryChart(industryModel));
    }

    /** The chart on the selected tab, if it shows one. */
    public Optional<Chart> currentChart() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        StackPane slot = "compare-tab-figure".equals(t.getId()) ? figureChartSlot
                : "compare-tab-industries".equals(t.getId()) ? industryChartSlot : null;
        if (slot == null || slot.getChildren().isEmpty() || !(slot.getChildren().get(0) instanceof Chart c)) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /** What the chart on the selected tab shows, if it shows one: what its SVG is drawn from. */
    public Optional<BarChartModel> currentModel() {
        String tab = tabs.getSelectionModel().getSelectedItem().getId();
        return Optional.ofNullable("compare-tab-figure".equals(tab) ? figureModel
                : "compare-tab-industries".equals(tab) ? industryModel : null);
    }

    /** Selects a tab by id (compare-tab-table, compare-tab-figure, compare-tab-industries). */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private ListCell<ParkComparison.FigureRow> rowCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ParkComparison.FigureRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label(locale) + " — " + formats.period(r.first()) + " ("
                        + messages.get("metric.kind." + r.kind().id()) + ", " + formats.unit(r.first()) + ")");
            }
        };
    }

    /** "billion CNY", "%", "enterprises": the unit as the dataset writes it, to tell rows apart in the list. */
    Node root() {
        return stage.getScene().getRoot();
    }
}
