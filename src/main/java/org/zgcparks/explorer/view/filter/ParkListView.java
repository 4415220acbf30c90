package org.zgcparks.explorer.view.filter;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.query.ParkMatcher;
import org.zgcparks.explorer.view.support.WeakListeners;
import org.zgcparks.explorer.viewmodel.CompareViewModel;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The left pane: search, filters, and the parks that match them grouped by kind, each saying why it matched.
 * Selecting a park here selects it on the map, and a selection made elsewhere is shown here. Ctrl-click (Cmd-click)
 * puts a park into the comparison or takes it out, Shift-click adds the parks from the selected one to the clicked
 * one; the compared parks are marked. The list only shows the view-model's state and calls its commands.
 */
public final class ParkListView extends VBox {

    /** A tree entry: a kind heading or a park. */
    public record Entry(ParkKind kind, Park park, int count) {
    }

    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final PseudoClass COMPARED = PseudoClass.getPseudoClass("compared");

    private final ExplorerViewModel vm;
    private final CompareViewModel compare;
    private final Messages messages;
    private final TreeView<Entry> tree = new TreeView<>();
    private final SearchBox search;
    private final FilterPanel filters;
    private final Label count = new Label();
    private final Map<String, TreeItem<Entry>> itemsById = new HashMap<>();
    private final List<String> sortedIds = new ArrayList<>();
    private final Map<ParkKind, TreeItem<Entry>> groups = new EnumMap<>(ParkKind.class);
    private final TreeItem<Entry> root = new TreeItem<>();
    private Dataset datasetShown;
    /** The rows (recycled by the tree), re-marked when the compared parks change. */
    private final Set<EntryCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final Label comparing = new Label();
    /** Whether the last compare click found the comparison full (the line under the count says so). */
    private boolean full;

    public ParkListView(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
        this.compare = vm.compare();
        this.messages = messages;
        getStyleClass().add("park-list-pane");
        search = new SearchBox(vm, messages);
        filters = new FilterPanel(vm, messages);
        TitledPane filterPane = new TitledPane(messages.get("filter.title"), filters);
        filterPane.setId("filter-pane");
        filterPane.setExpanded(true);
        count.setId("park-count");
        count.getStyleClass().add("park-count");
        tree.setId("park-list");
        tree.setAccessibleText(messages.get("a11y.parkList"));
        tree.setShowRoot(false);
        tree.setRoot(root);
        tree.setCellFactory(t -> new EntryCell());
        tree.setTooltip(new Tooltip(messages.get("list.compare.hint")));
        tree.addEventFilter(MouseEvent.MOUSE_PRESSED, this::compareClick);
        VBox.setVgrow(tree, Priority.ALWAYS);
        comparing.setId("park-list-comparing");
        comparing.getStyleClass().add("park-count");
        comparing.managedProperty().bind(comparing.visibleProperty());
        getChildren().addAll(search, filterPane, count, comparing, tree);
        WeakListeners.listenList(this, compare.parks(), (ListChangeListener<Park>) c -> showCompared());
        showCompared();

        WeakListeners.listen(this, vm.matchesProperty(), (obs, o, m) -> rebuild());
        WeakListeners.listen(this, vm.selectionHiddenByFilterProperty(), (obs, o, n) -> updateCount());
        rebuild();
        // a user's choice in the list; the list showing the view-model's selection sends the same park back, which
        // changes nothing, and a heading or no row selects nothing
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue().park() != null) {
                vm.select(item.getValue().park());
            }
        });
        WeakListeners.listen(this, vm.selectedParkProperty(), (obs, old, park) -> showSelection(park));
    }

    /** The park the list shows selected, if any. */
    public Optional<Park> selectedInList() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue().park());
    }

    /** A park's row title: its name in the window's language, then its Chinese name. */
    private String titleOf(Park p) {
        String zh = p.names().zh();
        String name = p.names().in(messages.locale());
        return zh.isEmpty() || name.equals(zh) ? name : name + "  " + zh;
    }

    /** Room a row needs besides its text: the tree's indent and disclosure arrow, the cell's padding, a scroll bar. */
    private static final double ROW_CHROME = 84;

    /**
     * The width the side panel would like: the widest park row, or the filters' widest industry, whichever is wider
     * (the panel caps it so that the map keeps its room).
     */
    public double wantedWidth() {
        Text probe = new Text();
        cells.stream().findFirst().ifPresent(c -> probe.setFont(c.title.getFont()));
        double widest = 0;
        for (TreeItem<Entry> item : itemsById.values()) {
            probe.setText(titleOf(item.getValue().park()));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.max(widest + ROW_CHROME, filters.wantedWidth());
    }

    public SearchBox searchField() {
        return search;
    }

    public FilterPanel filters() {
        return filters;
    }

    /**
     * Rebuilds the items for a new dataset: one tree item per park, sorted once with the locale's collator, and
     * one group item per kind. Filter changes then only re-link these items (see {@link #showMatching}): a new
     * root would make the tree recreate and restyle every cell, which costs several frames at thousands of parks.
     */
    private void rebuildItems() {
        Collator collator = Collator.getInstance(messages.locale());
        itemsById.clear();
        sortedIds.clear();
        groups.clear();
        vm.parks().stream()
                .map(p -> Map.entry(p, collator.getCollationKey(p.names().in(messages.locale()))))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> {
                    Park p = e.getKey();
                    itemsById.put(p.id(), new TreeItem<>(new Entry(p.kind(), p, 0)));
                    sortedIds.add(p.id());
                });
        for (ParkKind kind : ParkKind.values()) {
            TreeItem<Entry> group = new TreeItem<>(new Entry(kind, null, 0));
            group.setExpanded(true);
            groups.put(kind, group);
        }
        datasetShown = vm.dataset();
    }

    private void rebuild() {
        if (datasetShown != vm.dataset()) {
            rebuildItems();
        }
        // nothing selected while the rows are re-linked, so that no other row is selected as they move; the
        // selection is shown again below
        tree.getSelectionModel().clearSelection();
        {
            Map<String, ?> matching = vm.matchesProperty().get();
            Map<ParkKind, List<TreeItem<Entry>>> byKind = new EnumMap<>(ParkKind.class);
            for (String id : sortedIds) {
                if (matching.containsKey(id)) {
                    TreeItem<Entry> item = itemsById.get(id);
                    byKind.computeIfAbsent(item.getValue().kind(), k -> new ArrayList<>()).add(item);
                }
            }
            List<TreeItem<Entry>> shownGroups = new ArrayList<>();
            byKind.forEach((kind, items) -> {
                TreeItem<Entry> group = groups.get(kind);
                group.setValue(new Entry(kind, null, items.size()));
                group.getChildren().setAll(items);
                shownGroups.add(group);
            });
            groups.forEach((kind, group) -> {
                if (!byKind.containsKey(kind)) {
                    group.getChildren().clear();
                }
            });
            root.getChildren().setAll(shownGroups);
            updateCount();
        }
        showSelection(vm.selectedParkProperty().get());
    }

    private void updateCount() {
        int total = vm.parks().size();
        int shown = vm.matchesProperty().get().size();
        String text = shown == total ? messages.get("list.count.all", total) : messages.get("list.count.some", shown, total);
        if (vm.selectionHiddenByFilterProperty().get()) {
            text += " · " + messages.get("list.selectionFiltered");
        }
        count.setText(text);
    }

    /** Shows the selected park (scrolled into view), unless the list shows it already. */
    private void showSelection(Park park) {
        TreeItem<Entry> item = park == null ? null : itemsById.get(park.id());
        if (item != null && tree.getRoot() != null && item.getParent() == null) {
            item = null; // filtered out: not in the list
        }
        if (item == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    /**
     * Ctrl-click (Cmd-click) on a park puts it into the comparison or takes it out; Shift-click adds the parks listed
     * from the selected one to the clicked one. Neither changes the selection.
     */
    private void compareClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !(e.isShortcutDown() || e.isShiftDown())) {
            return;
        }
        Optional<Park> clicked = e.getPickResult().getIntersectedNode() == null ? Optional.empty()
                : rowOf(e.getPickResult().getIntersectedNode()).flatMap(ParkListView::parkOf);
        if (clicked.isEmpty()) {
            return;
        }
        e.consume();
        if (e.isShortcutDown()) {
            full = !compare.toggle(clicked.get()) && !compare.contains(clicked.get()) && compare.isFull();
        } else {
            full = false;
            for (Park p : listedBetween(vm.selectedParkProperty().get(), clicked.get())) {
                full |= !compare.add(p) && !compare.contains(p);
            }
        }
        showCompared();
    }

    /** The parks listed from one to the other (both included, in list order); just {@code to} without a start. */
    private List<Park> listedBetween(Park from, Park to) {
        List<Park> listed = root.getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(item -> item.getValue().park()).toList();
        int a = from == null ? -1 : listed.indexOf(from);
        int b = listed.indexOf(to);
        if (a < 0 || b < 0) {
            return List.of(to);
        }
        return listed.subList(Math.min(a, b), Math.max(a, b) + 1);
    }

    private static Optional<Node> rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof EntryCell) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Marks the compared parks' rows and says how many there are. */
    private void showCompared() {
        cells.forEach(EntryCell::showCompared);
        int n = compare.parks().size();
        comparing.setVisible(n > 0 || full);
        comparing.setText(full ? messages.get("compare.full", ParkComparison.MAX_PARKS)
                : messages.get("list.comparing", n));
    }

    /** "Commercial aerospace (leading), AI (developing)": why a park passed the industry filter. */
    private String why(Park p) {
        ParkMatcher.Match m = vm.matchesProperty().get().get(p.id());
        Dataset ds = vm.dataset();
        if (m == null || m.because().isEmpty() || ds == null) {
            return "";
        }
        return m.because().stream().map((IndustryLink l) -> ds.industry(l.industryId())
                        .map(i -> i.names().in(messages.locale())).orElse(l.industryId())
                        + " (" + messages.get("role.short." + l.role().id()) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * A row of the list. Rows are recycled as the list changes, and any change to a row's nodes, id or style
     * classes makes JavaFX restyle it from scratch, which for a screenful of rows costs milliseconds on each filter
     * change. So a row keeps one shape: its graphic is always the title line plus the reason line (hidden when there
     * is no reason), and headings differ by the {@code :heading} pseudo-class only. Tests find a park's row by its
     * item (see {@link #parkOf}).
     */
    private final class EntryCell extends TreeCell<Entry> {
        private final Label title = new Label();
        private final Label reason = new Label();
        /** The row's whole text, for names too long for the panel (one per row, its text changed in place). */
        private final Tooltip fullText = new Tooltip();

        EntryCell() {
            cells.add(this);
            getStyleClass().add("park-list-cell");
            title.getStyleClass().add("entry-title");
            reason.getStyleClass().add("match-reason");
            setGraphic(new VBox(1, title, reason));
            setText(null);
            // as wide as the list, never wider: no horizontal scroll bar; a name the panel cannot hold ends in "…"
            // and the row's tooltip gives it whole
            setPrefWidth(0);
        }

        void showCompared() {
            Entry entry = getItem();
            pseudoClassStateChanged(COMPARED, !isEmpty() && entry != null && entry.park() != null
                    && compare.contains(entry.park()));
        }

        private void show(String titleText, String reasonText, boolean heading) {
            title.setText(titleText);
            reason.setText(reasonText);
            reason.setVisible(!reasonText.isEmpty());
            reason.setManaged(!reasonText.isEmpty());
            pseudoClassStateChanged(HEADING, heading);
            showCompared();
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setTooltip(null);
            }
            if (empty || entry == null) {
                show("", "", false);
            } else if (entry.park() == null) {
                // the sub-park group says once why it lists seventeen where the official list has sixteen
                boolean subParks = entry.kind() == ParkKind.SUB_PARK;
                String heading = messages.get("kinds." + entry.kind().id()) + " (" + entry.count() + ")";
                String note = subParks ? messages.get("kinds.sub-park.note") : "";
                show(heading, note, true);
                // the heading and its note whole, should the panel be too narrow for them
                fullText.setText(subParks ? heading + "\n" + note + "\n" + messages.get("kinds.sub-park.note.long")
                        : heading);
                setTooltip(fullText);
            } else {
                Park p = entry.park();
                String why = why(p);
                show(titleOf(p), why, false);
                fullText.setText(Stream.of(titleOf(p), p.names().en(), p.names().ru(), why)
                        .filter(t -> !t.isEmpty()).distinct()
                        .collect(Collectors.joining("\n")));
                setTooltip(fullText);
            }
        }
    }

    /** The park a row of the list shows, if it shows one (for tests: rows are recycled and carry no ids). */
    public static Optional<Park> parkOf(Node row) {
        return row instanceof EntryCell cell && !cell.isEmpty() && cell.getItem() != null
                ? Optional.ofNullable(cell.getItem().park()) : Optional.empty();
    }
}
