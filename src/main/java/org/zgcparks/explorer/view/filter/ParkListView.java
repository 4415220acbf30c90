package org.zgcparks.explorer.view.filter;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
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
import org.zgcparks.explorer.viewmodel.ParkMatcher;

/**
 * The left pane: search, filters, and the parks that match them grouped by kind, each saying why it matched.
 * Selecting a park here selects it on the map, and a selection made elsewhere is shown here.
 */
public final class ParkListView extends VBox {

    /** A tree entry: a kind heading or a park. */
    public record Entry(ParkKind kind, Park park, int count) {
    }

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final TreeView<Entry> tree = new TreeView<>();
    private final SearchBox search;
    private final FilterPanel filters;
    private final Label count = new Label();
    private final Map<String, TreeItem<Entry>> itemsById = new java.util.HashMap<>();
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
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, filterPane, count, tree);

        vm.matchingParks().addListener((ListChangeListener<Park>) c -> rebuild());
        vm.selectionHiddenByFilterProperty().addListener((obs, o, n) -> updateCount());
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
        vm.selectedParkProperty().addListener((obs, old, park) -> showSelection(park));
    }

    public SearchBox searchField() {
        return search;
    }

    public FilterPanel filters() {
        return filters;
    }

    private void rebuild() {
        syncing = true;
        try {
            Collator collator = Collator.getInstance(messages.locale());
            Map<ParkKind, List<Park>> byKind = new EnumMap<>(ParkKind.class);
            for (Park p : vm.matchingParks()) {
                byKind.computeIfAbsent(p.kind(), k -> new java.util.ArrayList<>()).add(p);
            }
            TreeItem<Entry> root = new TreeItem<>();
            itemsById.clear();
            byKind.forEach((kind, parks) -> {
                TreeItem<Entry> group = new TreeItem<>(new Entry(kind, null, parks.size()));
                group.setExpanded(true);
                parks.stream()
                        .sorted(Comparator.comparing((Park p) -> p.names().in(messages.locale()), collator))
                        .forEach(p -> {
                            TreeItem<Entry> item = new TreeItem<>(new Entry(kind, p, 0));
                            itemsById.put(p.id(), item);
                            group.getChildren().add(item);
                        });
                root.getChildren().add(group);
            });
            tree.setRoot(root);
            updateCount();
        } finally {
            syncing = false;
        }
        showSelection(vm.selectedParkProperty().get());
    }

    private void updateCount() {
        int total = vm.parks().size();
        int shown = vm.matchingParks().size();
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

    private final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("kind-heading", "park-entry");
            setGraphic(null);
            if (empty || entry == null) {
                setText(null);
                setId(null);
                return;
            }
            if (entry.park() == null) {
                setText(messages.get("kinds." + entry.kind().id()) + " (" + entry.count() + ")");
                getStyleClass().add("kind-heading");
                setId("kind-heading-" + entry.kind().id());
                return;
            }
            Park p = entry.park();
            String zh = p.names().zh();
            String name = p.names().in(messages.locale());
            getStyleClass().add("park-entry");
            setId("park-entry-" + p.id());
            String because = why(p);
            if (because.isEmpty()) {
                setText(zh.isEmpty() || name.equals(zh) ? name : name + "  " + zh);
            } else {
                setText(null);
                Label title = new Label(zh.isEmpty() || name.equals(zh) ? name : name + "  " + zh);
                Label reason = new Label(because);
                reason.getStyleClass().add("match-reason");
                reason.setId("match-reason-" + p.id());
                setGraphic(new VBox(1, title, reason));
            }
        }
    }
}
