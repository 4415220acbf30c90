package org.zgcparks.explorer.view.filter;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The park list: a search field and a tree of parks grouped by kind. Selecting a park here selects it on the
 * map, and a selection made elsewhere is shown here, scrolled into view.
 */
public final class ParkListView extends VBox {

    /** A tree entry: a kind heading or a park. */
    public record Entry(ParkKind kind, Park park, int count) {
    }

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final TreeView<Entry> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Map<String, TreeItem<Entry>> itemsById = new java.util.HashMap<>();
    private boolean syncing;

    public ParkListView(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("park-list-pane");
        search.setId("search-field");
        search.setPromptText(messages.get("list.search.prompt"));
        search.textProperty().bindBidirectional(vm.listFilterProperty());
        count.setId("park-count");
        count.getStyleClass().add("park-count");
        tree.setId("park-list");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, count, tree);

        vm.listedParks().addListener((ListChangeListener<Park>) c -> rebuild());
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

    public TextField searchField() {
        return search;
    }

    private void rebuild() {
        syncing = true;
        try {
            Collator collator = Collator.getInstance(messages.locale());
            Map<ParkKind, List<Park>> byKind = new EnumMap<>(ParkKind.class);
            for (Park p : vm.listedParks()) {
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
            int total = vm.parks().size();
            int shown = vm.listedParks().size();
            count.setText(shown == total ? messages.get("list.count.all", total)
                    : messages.get("list.count.some", shown, total));
        } finally {
            syncing = false;
        }
        showSelection(vm.selectedParkProperty().get());
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

    private final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("kind-heading", "park-entry");
            if (empty || entry == null) {
                setText(null);
                setId(null);
                return;
            }
            if (entry.park() == null) {
                setText(messages.get("kinds." + entry.kind().id()) + " (" + entry.count() + ")");
                getStyleClass().add("kind-heading");
                setId("kind-heading-" + entry.kind().id());
            } else {
                Park p = entry.park();
                String zh = p.names().zh();
                String name = p.names().in(messages.locale());
                setText(zh.isEmpty() || name.equals(zh) ? name : name + "  " + zh);
                getStyleClass().add("park-entry");
                setId("park-entry-" + p.id());
            }
        }
    }
}
