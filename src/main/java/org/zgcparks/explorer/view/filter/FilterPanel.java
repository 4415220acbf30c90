package org.zgcparks.explorer.view.filter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.scene.text.Text;
import org.controlsfx.control.CheckComboBox;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.District;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryGroup;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.query.ParkFilter;
import org.zgcparks.explorer.query.SearchIndex;
import org.zgcparks.explorer.view.support.WeakListeners;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The filters: a checkable tree of industries grouped as in the dataset's taxonomy (with a search box that
 * narrows it, so "aero" reaches "Commercial aerospace"), match any / all, park kinds, districts, and
 * Clear filters. Ticking a group ticks its industries, in one change of the filter. The panel only shows the
 * view-model's filter and calls its commands: each control is redrawn from the filter (so the filter can also
 * change elsewhere: chips, search, settings), and what a control sends is either a user's action (a tick box's or a
 * radio button's action) or the change the user made to the filter as it stands, which is nothing when the control
 * is merely being redrawn to it; so no flag is needed to keep redrawing from feeding back.
 */
public final class FilterPanel extends VBox {

    /** A tree entry: a group heading or an industry, with the industries its tick box stands for. */
    public record Node(String id, String label, boolean group, List<String> industryIds) {
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
    private CheckComboBox<District> districts;
    private final HBox pickers = new HBox(6);
    private final Map<String, Node> industryNodes = new LinkedHashMap<>();
    /** The rows of the tree (recycled by it), redrawn when the filter changes. */
    private final Set<IndustryCell> cells = Collections.newSetFromMap(new WeakHashMap<>());

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
        tree.setCellFactory(t -> new IndustryCell());
        tree.setPrefHeight(190);
        tree.setMinHeight(90);

        ToggleGroup mode = new ToggleGroup();
        any.setText(messages.get("filter.match.any"));
        any.setId("match-any");
        any.setToggleGroup(mode);
        any.setOnAction(e -> vm.setMatchMode(ParkFilter.MatchMode.ANY));
        all.setText(messages.get("filter.match.all"));
        all.setId("match-all");
        all.setToggleGroup(mode);
        all.setOnAction(e -> vm.setMatchMode(ParkFilter.MatchMode.ALL));
        Label matchLabel = new Label(messages.get("filter.match"));
        HBox modeRow = new HBox(8, matchLabel, any, all);
        modeRow.getStyleClass().add("filter-row");
        modeRow.setAlignment(Pos.CENTER_LEFT);

        kinds.setId("kind-filter");
        kinds.setAccessibleText(messages.get("filter.kinds"));
        kinds.setTitle(messages.get("filter.kinds"));
        kinds.getItems().setAll(ParkKind.values());
        kinds.setConverter(converter(k -> messages.get("kind." + k.id())));
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<ParkKind>) c ->
                vm.setKinds(changed(vm.filterProperty().get().kinds(), c, k -> k)));
        kinds.setMaxWidth(Double.MAX_VALUE);
        // The two boxes share the width equally (their preferred widths follow their longest item, which left
        // "Districts" cut to "Dist…" beside the kinds), so each title fits in every language.
        kinds.setPrefWidth(60);
        HBox.setHgrow(kinds, Priority.ALWAYS);
        pickers.getChildren().setAll(kinds, districtPicker());

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("clear-filters");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.filterProperty().get().isEmpty(), vm.filterProperty()));
        // Clear sits under the any/all choice, which leaves room for every language's words (Russian is the
        // longest): side by side they were cut to "Совпа… ◉ … ○ … Сбросит…".
        VBox clearRow = new VBox(4, modeRow, clear);

        getChildren().addAll(industrySearch, tree, clearRow, pickers);
        WeakListeners.listen(this, vm.datasetProperty(), (obs, o, ds) -> {
            rebuildTree();
            pickers.getChildren().set(1, districtPicker());
        });
        WeakListeners.listen(this, vm.filterProperty(), (obs, o, f) -> showFilter(f));
        rebuildTree();
        showFilter(vm.filterProperty().get());
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
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

    /**
     * The filter's ids after a user's change to a picker's checks: what the filter has, plus what was checked,
     * less what was unchecked. Redrawing a picker from the filter checks and unchecks only what the filter already
     * says, so then this is the filter unchanged and the command does nothing.
     */
    private static <T, K> Set<K> changed(Set<K> now, ListChangeListener.Change<? extends T> c, Function<T, K> key) {
        Set<K> out = new LinkedHashSet<>(now);
        while (c.next()) {
            c.getRemoved().forEach(t -> out.remove(key.apply(t)));
            c.getAddedSubList().forEach(t -> out.add(key.apply(t)));
        }
        return out;
    }

    /**
     * The district picker for the current dataset, made anew for each dataset: its checks are drawn from the filter
     * before it listens, so that the districts of the previous dataset leaving its list are no user's unchecking.
     */
    private CheckComboBox<District> districtPicker() {
        CheckComboBox<District> picker = new CheckComboBox<>();
        picker.setId("district-filter");
        picker.setAccessibleText(messages.get("filter.districts"));
        picker.setTitle(messages.get("filter.districts"));
        picker.setConverter(converter(d -> d.names().in(messages.locale())));
        Dataset ds = vm.dataset();
        picker.getItems().setAll(ds == null ? List.of() : ds.districts());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(60);
        HBox.setHgrow(picker, Priority.ALWAYS);
        districts = picker;
        showDistricts(vm.filterProperty().get());
        picker.getCheckModel().getCheckedItems().addListener((ListChangeListener<District>) c ->
                vm.setDistricts(changed(vm.filterProperty().get().districtIds(), c, District::id)));
        return picker;
    }

    /** Rebuilds the industry tree, narrowed by the search box; its rows draw their ticks from the filter. */
    private void rebuildTree() {
        Dataset ds = vm.dataset();
        industryNodes.clear();
        TreeItem<Node> root = new TreeItem<>(new Node("", "", true, List.of()));
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
    }

    private void addGroup(TreeItem<Node> root, String id, String label, List<Industry> industries, Set<String> wanted) {
        List<Industry> shown = industries.stream().filter(i -> wanted == null || wanted.contains(i.id())).toList();
        if (shown.isEmpty()) {
            return;
        }
        // the group's tick box stands for the industries it shows (all of them, or those the search left)
        TreeItem<Node> group = new TreeItem<>(new Node(id, label, true, shown.stream().map(Industry::id).toList()));
        group.setExpanded(wanted != null);
        for (Industry i : shown) {
            Node node = new Node(i.id(), i.names().in(messages.locale()), false, List.of(i.id()));
            industryNodes.putIfAbsent(i.id(), node);
            group.getChildren().add(new TreeItem<>(node));
        }
        root.getChildren().add(group);
    }

    /** A user ticked or unticked an entry: its industries join or leave the filter, in one change. */
    private void ticked(Node node, boolean on) {
        Set<String> ids = new LinkedHashSet<>(vm.filterProperty().get().industryIds());
        if (on) {
            ids.addAll(node.industryIds());
        } else {
            node.industryIds().forEach(ids::remove);
        }
        vm.setIndustries(ids);
    }

    /** Shows the view-model's filter in the controls. */
    private void showFilter(ParkFilter f) {
        cells.forEach(IndustryCell::showTick);
        (f.mode() == ParkFilter.MatchMode.ALL ? all : any).setSelected(true);
        for (ParkKind k : ParkKind.values()) {
            setChecked(kinds, k, f.kinds().contains(k));
        }
        showDistricts(f);
    }

    private void showDistricts(ParkFilter f) {
        for (District d : List.copyOf(districts.getItems())) {
            setChecked(districts, d, f.districtIds().contains(d.id()));
        }
    }

    private static <T> void setChecked(CheckComboBox<T> box, T item, boolean on) {
        if (on != box.getCheckModel().isChecked(item)) {
            if (on) {
                box.getCheckModel().check(item);
            } else {
                box.getCheckModel().clearCheck(item);
            }
        }
    }

    /** A row of the industry tree: the name and a tick box, ticked when the filter has all its industries. */
    private final class IndustryCell extends TreeCell<Node> {
        private final CheckBox box = new CheckBox();
        private final Tooltip fullText = new Tooltip();

        IndustryCell() {
            // the action is the user's alone: drawing the tick below sends nothing
            box.setOnAction(e -> {
                if (getItem() != null) {
                    ticked(getItem(), box.isSelected());
                }
            });
            cells.add(this);
            // as wide as the tree, never wider: a long name ends in "…" and the tooltip gives it whole
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else {
                setText(node.label());
                setGraphic(box);
                fullText.setText(node.label()); // a long name can still be cut in a narrow panel
                setTooltip(fullText);
                showTick();
            }
        }

        void showTick() {
            Node node = getItem();
            if (isEmpty() || node == null) {
                return;
            }
            Set<String> chosen = vm.filterProperty().get().industryIds();
            long n = node.industryIds().stream().filter(chosen::contains).count();
            box.setSelected(n > 0 && n == node.industryIds().size());
            box.setIndeterminate(n > 0 && n < node.industryIds().size());
        }
    }

    /** Room an industry row needs besides its text: indent, disclosure arrow, tick box, padding, a scroll bar. */
    private static final double ROW_CHROME = 100;

    /** The width the industry tree would like: its widest row. */
    double wantedWidth() {
        Text probe = new Text();
        cells.stream().findFirst().ifPresent(c -> probe.setFont(c.getFont()));
        double widest = 0;
        for (TreeItem<Node> group : tree.getRoot() == null ? List.<TreeItem<Node>>of() : tree.getRoot().getChildren()) {
            probe.setText(group.getValue().label());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            for (TreeItem<Node> child : group.getChildren()) {
                probe.setText(child.getValue().label());
                widest = Math.max(widest, probe.getLayoutBounds().getWidth() + 18); // one level deeper
            }
        }
        return widest + ROW_CHROME;
    }

    /** Ticks or unticks an industry as a user would, through its tick box (for tests). */
    public boolean setIndustryChecked(String industryId, boolean checked) {
        Node node = industryNodes.get(industryId);
        if (node == null) {
            return false;
        }
        ticked(node, checked);
        return true;
    }

    /** The industries the tree currently offers (after its search box). */
    public Set<String> offeredIndustries() {
        return Set.copyOf(industryNodes.keySet());
    }

    public TreeView<Node> tree() {
        return tree;
    }

    TreeItem<Node> root() {
        return tree.getRoot();
    }
}
