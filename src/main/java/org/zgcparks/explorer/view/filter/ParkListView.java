package org.zgcparks.explorer.view.filter;

import org.zgcparks.explorer.view.support.WeakListeners;
import java.text.Collator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.query.ParkMatcher;

/**
 * The left pane: search, filters, and the parks that match them grouped by kind, each saying why it matched.
 * Selecting a park here selects it on the map, and a selection made elsewhere is shown here.
 */
public final class ParkListView extends VBox {

    /** A tree entry: a kind heading or a park. */
    public record Entry(ParkKind kind, Park park, int count) {
    }

    private static final javafx.css.PseudoClass HEADING = javafx.css.PseudoClass.getPseudoClass("heading");

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final TreeView<Entry> tree = new TreeView<>();
    private final SearchBox search;
    private final FilterPanel filters;
    private final Label count = new Label();
    private final Map<String, TreeItem<Entry>> itemsById = new java.util.HashMap<>();
    private final List<String> sortedIds = new java.util.ArrayList<>();
    private final Map<ParkKind, TreeItem<Entry>> groups = new EnumMap<>(ParkKind.class);
    private final TreeItem<Entry> root = new TreeItem<>();
    private org.zgcparks.explorer.model.Dataset datasetShown;
    private boolean syncing;

    public ParkListView(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
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
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, filterPane, count, tree);

        WeakListeners.listen(this, vm.matchesProperty(), (obs, o, m) -> rebuild());
        WeakListeners.listen(this, vm.selectionHiddenByFilterProperty(), (obs, o, n) -> updateCount());
        rebuild();
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (syncing || item == null || item.getValue().park() == null) {
                return;
            }
            syncing = true;
            try {
                vm.selectedParkProperty().set(item.getValue().park());
            } finally {
                syncing = false;
            }
        });
        WeakListeners.listen(this, vm.selectedParkProperty(), (obs, old, park) -> showSelection(park));
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
        syncing = true;
        try {
            Map<String, ?> matching = vm.matchesProperty().get();
            Map<ParkKind, List<TreeItem<Entry>>> byKind = new EnumMap<>(ParkKind.class);
            for (String id : sortedIds) {
                if (matching.containsKey(id)) {
                    TreeItem<Entry> item = itemsById.get(id);
                    byKind.computeIfAbsent(item.getValue().kind(), k -> new java.util.ArrayList<>()).add(item);
                }
            }
            List<TreeItem<Entry>> shownGroups = new java.util.ArrayList<>();
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
        } finally {
            syncing = false;
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

    private void showSelection(Park park) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            TreeItem<Entry> item = park == null ? null : itemsById.get(park.id());
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
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
        private final Tooltip subParkNote = new Tooltip(messages.get("kinds.sub-park.note.long"));
        /** The row's whole text, for names too long for the panel (one per row, its text changed in place). */
        private final Tooltip fullText = new Tooltip();

        EntryCell() {
            getStyleClass().add("park-list-cell");
            title.getStyleClass().add("entry-title");
            reason.getStyleClass().add("match-reason");
            setGraphic(new VBox(1, title, reason));
            setText(null);
        }

        private void show(String titleText, String reasonText, boolean heading) {
            title.setText(titleText);
            reason.setText(reasonText);
            reason.setVisible(!reasonText.isEmpty());
            reason.setManaged(!reasonText.isEmpty());
            pseudoClassStateChanged(HEADING, heading);
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
                show(messages.get("kinds." + entry.kind().id()) + " (" + entry.count() + ")",
                        subParks ? messages.get("kinds.sub-park.note") : "", true);
                setTooltip(subParks ? subParkNote : null);
            } else {
                Park p = entry.park();
                String zh = p.names().zh();
                String name = p.names().in(messages.locale());
                String why = why(p);
                show(zh.isEmpty() || name.equals(zh) ? name : name + "  " + zh, why, false);
                fullText.setText(java.util.stream.Stream.of(p.names().in(messages.locale()), p.names().en(), zh,
                                p.names().ru(), why).filter(t -> !t.isEmpty()).distinct()
                        .collect(java.util.stream.Collectors.joining("\n")));
                setTooltip(fullText);
            }
        }
    }

    /** The park a row of the list shows, if it shows one (for tests: rows are recycled and carry no ids). */
    public static Optional<Park> parkOf(javafx.scene.Node row) {
        return row instanceof EntryCell cell && !cell.isEmpty() && cell.getItem() != null
                ? Optional.ofNullable(cell.getItem().park()) : Optional.empty();
    }
}
