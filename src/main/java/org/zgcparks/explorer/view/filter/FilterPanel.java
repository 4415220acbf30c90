package org.zgcparks.explorer.view.filter;

import org.zgcparks.explorer.view.support.WeakListeners;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.District;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryGroup;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.query.SearchIndex;

/**
 * The filters: a checkable tree of industries grouped as in the dataset's taxonomy (with a search box that
 * narrows it, so "aero" reaches "Commercial aerospace"), match any / all, park kinds, districts, and
 * Clear filters. Checking a group checks its industries. The panel only edits the view-model's filter and
 * redraws itself from it, so the filter can also change elsewhere (chips, search, settings).
 */
public final class FilterPanel extends VBox {

    /** A tree entry: a group heading or an industry. */
    public record Node(String id, String label, boolean group) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final TextField industrySearch = new TextField();
    private final TreeView<Node> tree = new TreeView<>();
    private final RadioButton any = new RadioButton();
    private final RadioButton all = new RadioButton();
    private final CheckComboBox<ParkKind> kinds = new CheckComboBox<>();
    private final CheckComboBox<District> districts = new CheckComboBox<>();
    private final Map<String, List<CheckBoxTreeItem<Node>>> itemsByIndustry = new LinkedHashMap<>();
    private boolean syncing;
    private boolean fromTree;

    public FilterPanel(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("filter-panel");
        setId("filter-panel");

        industrySearch.setId("industry-search");
        industrySearch.setPromptText(messages.get("filter.industries.prompt"));
        industrySearch.textProperty().addListener((obs, o, t) -> rebuildTree());
        tree.setId("industry-tree");
        tree.setAccessibleText(messages.get("a11y.industries"));
        tree.setShowRoot(false);
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        tree.setPrefHeight(190);
        tree.setMinHeight(90);

        ToggleGroup mode = new ToggleGroup();
        any.setText(messages.get("filter.match.any"));
        any.setId("match-any");
        any.setToggleGroup(mode);
        all.setText(messages.get("filter.match.all"));
        all.setId("match-all");
        all.setToggleGroup(mode);
        mode.selectedToggleProperty().addListener((obs, o, t) -> {
            if (!syncing && t != null) {
                vm.setMatchMode(t == all ? ParkFilter.MatchMode.ALL : ParkFilter.MatchMode.ANY);
            }
        });
        Label matchLabel = new Label(messages.get("filter.match"));
        HBox modeRow = new HBox(8, matchLabel, any, all);
        modeRow.getStyleClass().add("filter-row");
        modeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        kinds.setId("kind-filter");
        kinds.setAccessibleText(messages.get("filter.kinds"));
        kinds.setTitle(messages.get("filter.kinds"));
        kinds.getItems().setAll(ParkKind.values());
        kinds.setConverter(converter(k -> messages.get("kind." + k.id())));
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<ParkKind>) c -> {
            if (!syncing) {
                vm.setKinds(Set.copyOf(kinds.getCheckModel().getCheckedItems()));
            }
        });
        districts.setId("district-filter");
        districts.setAccessibleText(messages.get("filter.districts"));
        districts.setTitle(messages.get("filter.districts"));
        districts.setConverter(converter(d -> d.names().in(messages.locale())));
        districts.getCheckModel().getCheckedItems().addListener((ListChangeListener<District>) c -> {
            if (!syncing) {
                vm.setDistricts(districts.getCheckModel().getCheckedItems().stream().map(District::id)
                        .collect(Collectors.toSet()));
            }
        });
        kinds.setMaxWidth(Double.MAX_VALUE);
        districts.setMaxWidth(Double.MAX_VALUE);
        // The two boxes share the width equally (their preferred widths follow their longest item, which left
        // "Districts" cut to "Dist…" beside the kinds), so each title fits in every language.
        kinds.setPrefWidth(60);
        districts.setPrefWidth(60);
        HBox.setHgrow(kinds, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(districts, javafx.scene.layout.Priority.ALWAYS);
        HBox pickers = new HBox(6, kinds, districts);

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("clear-filters");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.filterProperty().get().isEmpty(), vm.filterProperty()));
        // Clear sits under the any/all choice, which leaves room for every language's words (Russian is the
        // longest): side by side they were cut to "Совпа… ◉ … ○ … Сбросит…".
        VBox clearRow = new VBox(4, modeRow, clear);

        getChildren().addAll(industrySearch, tree, clearRow, pickers);
        WeakListeners.listen(this, vm.datasetProperty(), (obs, o, ds) -> {
            rebuildTree();
            rebuildDistricts();
        });
        WeakListeners.listen(this, vm.filterProperty(), (obs, o, f) -> {
            if (!fromTree) {
                showFilter(f);
            }
        });
        rebuildTree();
        rebuildDistricts();
        showFilter(vm.filterProperty().get());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    private void rebuildDistricts() {
        syncing = true;
        try {
            Dataset ds = vm.dataset();
            districts.getCheckModel().clearChecks();
            districts.getItems().setAll(ds == null ? List.of() : ds.districts());
        } finally {
            syncing = false;
        }
    }

    /** Rebuilds the industry tree, narrowed by the search box, with check marks from the filter. */
    private void rebuildTree() {
        Dataset ds = vm.dataset();
        itemsByIndustry.clear();
        CheckBoxTreeItem<Node> root = new CheckBoxTreeItem<>(new Node("", "", true));
        if (ds != null) {
            String query = industrySearch.getText();
            Set<String> wanted = null;
            if (query != null && !query.isBlank()) {
                wanted = vm.search(query, 500).stream().filter(h -> h.kind() == SearchIndex.Kind.INDUSTRY)
                        .map(SearchIndex.Hit::id).collect(Collectors.toSet());
            }
            for (IndustryGroup g : ds.industryGroups()) {
                addGroup(root, "group-" + g.id(), g.names().in(messages.locale()),
                        ds.industries().stream().filter(i -> i.groupIds().contains(g.id())).toList(), wanted);
            }
            addGroup(root, "group-other", messages.get("filter.industries.other"),
                    ds.industries().stream().filter(i -> i.groupIds().isEmpty()).toList(), wanted);
        }
        tree.setRoot(root);
        showFilter(vm.filterProperty().get());
    }

    private void addGroup(CheckBoxTreeItem<Node> root, String id, String label, List<Industry> industries,
                          Set<String> wanted) {
        List<Industry> shown = industries.stream().filter(i -> wanted == null || wanted.contains(i.id())).toList();
        if (shown.isEmpty()) {
            return;
        }
        CheckBoxTreeItem<Node> group = new CheckBoxTreeItem<>(new Node(id, label, true));
        group.setExpanded(wanted != null);
        for (Industry i : shown) {
            CheckBoxTreeItem<Node> item = new CheckBoxTreeItem<>(new Node(i.id(), i.names().in(messages.locale()), false));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (syncing) {
                    return;
                }
                // a group check changes many items in turn: apply each, and redraw only the same industry
                // elsewhere in the tree, not the whole tree mid-change
                fromTree = true;
                try {
                    vm.setIndustryChosen(i.id(), now);
                } finally {
                    fromTree = false;
                }
                syncing = true;
                try {
                    itemsByIndustry.getOrDefault(i.id(), List.of()).forEach(other -> other.setSelected(now));
                } finally {
                    syncing = false;
                }
            });
            itemsByIndustry.computeIfAbsent(i.id(), k -> new java.util.ArrayList<>()).add(item);
            group.getChildren().add(item);
        }
        root.getChildren().add(group);
    }

    /** Shows the view-model's filter in the controls without feeding it back. */
    private void showFilter(ParkFilter f) {
        syncing = true;
        try {
            Set<String> chosen = new HashSet<>(f.industryIds());
            itemsByIndustry.forEach((id, items) -> items.forEach(it -> it.setSelected(chosen.contains(id))));
            (f.mode() == ParkFilter.MatchMode.ALL ? all : any).setSelected(true);
            for (ParkKind k : ParkKind.values()) {
                boolean on = f.kinds().contains(k);
                if (on != kinds.getCheckModel().isChecked(k)) {
                    if (on) {
                        kinds.getCheckModel().check(k);
                    } else {
                        kinds.getCheckModel().clearCheck(k);
                    }
                }
            }
            for (District d : districts.getItems()) {
                boolean on = f.districtIds().contains(d.id());
                if (on != districts.getCheckModel().isChecked(d)) {
                    if (on) {
                        districts.getCheckModel().check(d);
                    } else {
                        districts.getCheckModel().clearCheck(d);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Checks or unchecks an industry as a user would, through its tree item (for tests). */
    public boolean setIndustryChecked(String industryId, boolean checked) {
        List<CheckBoxTreeItem<Node>> items = itemsByIndustry.get(industryId);
        if (items == null || items.isEmpty()) {
            return false;
        }
        items.get(0).setSelected(checked);
        return true;
    }

    /** The industries the tree currently offers (after its search box). */
    public Set<String> offeredIndustries() {
        return Set.copyOf(itemsByIndustry.keySet());
    }

    public TreeView<Node> tree() {
        return tree;
    }

    TreeItem<Node> root() {
        return tree.getRoot();
    }
}
