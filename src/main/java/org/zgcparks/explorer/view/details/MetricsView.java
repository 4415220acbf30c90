package org.zgcparks.explorer.view.details;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.zgcparks.explorer.export.FigureTsv;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The Metrics tab: the park's figures in a table, and under it the selected figure in full (value, qualifier, unit,
 * period, target or actual, change, and its sources). Ctrl+C copies the selected rows as tab-separated text, which
 * spreadsheets paste as cells; the context menu offers Copy, Compare with… and Export….
 */
public final class MetricsView extends SplitPane {

    /** What the context menu's Compare with… and Export… do; set by the window. */
    public interface Actions {
        void compareWith(Park park);

        void exportPark(Park park);
    }

    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final Formats formats;
    private final Locale locale;
    private final TableView<Metric> table = new TableView<>();
    private final VBox detail = new VBox(4);
    private Actions actions;

    public MetricsView(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.formats = new Formats(messages);
        this.locale = messages.locale();
        setId("metrics-view");
        setOrientation(Orientation.VERTICAL);
        buildTable();
        detail.setId("metric-detail");
        detail.getStyleClass().add("metric-detail");
        detail.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("details-scroll");
        getItems().addAll(table, detailScroll);
        setDividerPositions(0.55);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> showDetail(m));
        showDetail(null);
    }

    public void setActions(Actions actions) {
        this.actions = actions;
    }

    /** The table (its id is {@code metrics-table}). */
    public TableView<Metric> table() {
        return table;
    }

    /** Shows these figures; the first is selected so that the detail pane is never empty when there are figures. */
    public void show(List<Metric> figures) {
        table.getItems().setAll(figures);
        if (!figures.isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
        } else {
            showDetail(null);
        }
    }

    // ---- table ---------------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("metrics-table");
        table.setPlaceholder(new Label(messages.get("metrics.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // at the panel's default width three columns fit; the rest of a figure is in the detail pane, and the
        // table's menu button (top right) shows the other columns for a wider panel
        table.setTableMenuButtonVisible(true);
        table.getColumns().add(column("metrics.col.name", m -> m.name().in(locale), 190));
        table.getColumns().add(column("metrics.col.value", formats::value, 110));
        table.getColumns().add(column("metrics.col.period", formats::period, 90));
        TableColumn<Metric, String> kind = column("metrics.col.kind", m -> messages.get("metric.kind." + m.kind().id()), 60);
        TableColumn<Metric, String> yoy = column("metrics.col.yoy", formats::yoy, 55);
        TableColumn<Metric, String> source = column("metrics.col.source",
                m -> vm.dataset() == null ? "" : formats.citations(vm.dataset(), m.citations()), 130);
        for (TableColumn<Metric, String> c : List.of(kind, yoy, source)) {
            c.setVisible(false);
            table.getColumns().add(c);
        }
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        MenuItem copy = new MenuItem(messages.get("metrics.menu.copy"));
        copy.setId("metrics-menu-copy");
        // no accelerator: a context menu's accelerators act on the whole window; Ctrl+C is the table's own key
        copy.setOnAction(e -> copySelection());
        MenuItem compare = new MenuItem(messages.get("metrics.menu.compare"));
        compare.setId("metrics-menu-compare");
        compare.setOnAction(e -> {
            Park park = vm.selectedParkProperty().get();
            if (actions != null && park != null) {
                actions.compareWith(park);
            }
        });
        MenuItem export = new MenuItem(messages.get("metrics.menu.export"));
        export.setId("metrics-menu-export");
        export.setOnAction(e -> {
            Park park = vm.selectedParkProperty().get();
            if (actions != null && park != null) {
                actions.exportPark(park);
            }
        });
        ContextMenu menu = new ContextMenu(copy, compare, export);
        menu.setId("metrics-menu");
        menu.setOnShowing(e -> copy.setDisable(table.getSelectionModel().getSelectedItems().isEmpty()));
        table.setContextMenu(menu);
    }

    private TableColumn<Metric, String> column(String key, Function<Metric, String> value, double width) {
        TableColumn<Metric, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        // a cell too narrow for its text shows the whole of it on hover; the detail pane shows it in full
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** Puts the selected rows (in table order) on the clipboard as tab-separated text; nothing if none is selected. */
    public void copySelection() {
        Dataset ds = vm.dataset();
        List<Metric> rows = table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(i -> table.getItems().get(i)).toList();
        if (ds == null || rows.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(FigureTsv.of(ds, rows, locale));
        Clipboard.getSystemClipboard().setContent(content);
    }

    // ---- detail --------------------------------------------------------------------------------------

    private void showDetail(Metric m) {
        detail.getChildren().clear();
        Dataset ds = vm.dataset();
        if (m == null || ds == null) {
            Label hint = label(messages.get(table.getItems().isEmpty() ? "metrics.none" : "metrics.detail.pick"),
                    "details-hint");
            detail.getChildren().add(hint);
            return;
        }
        Label name = label(m.name().in(locale), "metric-detail-name");
        name.setId("metric-detail-name");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("details-facts");
        facts.setHgap(8);
        facts.setVgap(2);
        int row = 0;
        row = fact(facts, row, "metric-detail-value", "metrics.col.value", formats.value(m));
        row = fact(facts, row, "metric-detail-qualifier", "metrics.detail.qualifier",
                messages.get("metrics.qualifier." + m.qualifier().id()));
        row = fact(facts, row, "metric-detail-unit", "metrics.detail.unit",
                formats.unit(m));
        row = fact(facts, row, "metric-detail-period", "metrics.col.period", formats.period(m));
        row = fact(facts, row, "metric-detail-kind", "metrics.col.kind", messages.get("metric.kind." + m.kind().id()));
        String yoy = formats.yoy(m);
        row = fact(facts, row, "metric-detail-change", "metrics.detail.change",
                yoy.isEmpty() ? messages.get("metrics.detail.noChange") : yoy);
        if (!m.note().isBlank()) {
            fact(facts, row, "metric-detail-note", "metrics.detail.note", formats.text(m.note()));
        }
        Label sourcesHeading = label(messages.get("metrics.detail.sources"), "details-heading");
        VBox sources = new VBox(2);
        sources.setId("metric-detail-sources");
        for (String id : m.sourceIds()) {
            ds.source(id).ifPresent(s -> sources.getChildren().add(label(sourceLine(ds, m, s), "details-meta")));
        }
        detail.getChildren().addAll(name, facts);
        if (!m.projectReading().isBlank()) {
            Label reading = label(formats.projectReading(m.projectReading()), "project-reading");
            reading.setId("metric-detail-reading");
            reading.setWrapText(true);
            detail.getChildren().add(reading);
        }
        detail.getChildren().addAll(sourcesHeading, sources);
    }

    /**
     * The one place that renders where a figure comes from: "Title — Publisher, date (language) · ¶2" in the reader's
     * language (the language named, not coded), with the passage (section and paragraph) this figure's citation of
     * that source records.
     */
    String sourceLine(Dataset ds, Metric figure, Source s) {
        Objects.requireNonNull(ds);
        String at = figure.citations().stream().filter(c -> c.sourceId().equals(s.id()) && !c.at().isEmpty())
                .map(Citation::at).findFirst().map(a -> " · " + a).orElse("");
        return messages.get("sheet.source", s.title(locale), s.publisher(locale), s.date(),
                DetailsWords.languageName(s.language(), locale)) + at;
    }

    /** Every source line of a figure, one per line (for tests and the clipboard of the detail pane). */
    String sourceLines(Dataset ds, Metric figure) {
        return figure.sourceIds().stream().map(id -> ds.source(id).orElse(null)).filter(Objects::nonNull)
                .map(s -> sourceLine(ds, figure, s)).collect(Collectors.joining("\n"));
    }

    private int fact(GridPane grid, int row, String id, String key, String value) {
        Label k = label(messages.get(key), "fact-key");
        k.setWrapText(false);
        k.setMinWidth(Label.USE_PREF_SIZE);
        Label v = label(value, "fact-value");
        v.setId(id);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private static Label label(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
