package org.zgcparks.explorer.view.filter;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.query.SearchIndex;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The search field: results for parks and industries appear under it as you type; Enter takes the highlighted
 * (or top) hit — a park is selected and the map flies to it, an industry becomes the filter; Down moves into
 * the results; Esc (handled by the window) clears the field. Ctrl+Enter (Cmd+Enter), or the results' context menu,
 * adds the park to the comparison instead.
 */
public final class SearchBox extends TextField {

    private static final int MAX_HITS = 12;

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final ListView<SearchIndex.Hit> results = new ListView<>();
    private final Popup popup = new Popup();
    private final javafx.scene.control.Label noHits = new javafx.scene.control.Label();

    public SearchBox(ExplorerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("search-field");
        setPromptText(messages.get("list.search.prompt"));
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setCellFactory(l -> new HitCell());
        results.setPrefHeight(260);
        noHits.setId("search-no-hits");
        noHits.getStyleClass().add("search-no-hits");
        noHits.setWrapText(true);
        results.setPlaceholder(noHits);
        popup.getContent().add(results);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        textProperty().addListener((obs, old, text) -> refresh(text));
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !results.isFocused()) {
                popup.hide();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addToCompare(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                activate(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        results.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addToCompare(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                activate(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        MenuItem compare = new MenuItem(messages.get("search.addToCompare"));
        compare.setId("search-add-to-compare");
        compare.setOnAction(e -> addToCompare(results.getSelectionModel().getSelectedItem()));
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SearchIndex.Hit hit = results.getSelectionModel().getSelectedItem();
            return hit == null || hit.kind() != SearchIndex.Kind.PARK;
        }, results.getSelectionModel().selectedItemProperty()));
        results.setContextMenu(new ContextMenu(compare));
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && results.getSelectionModel().getSelectedItem() != null) {
                activate(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The hits currently offered, best first. */
    public List<SearchIndex.Hit> hits() {
        return List.copyOf(results.getItems());
    }

    private void refresh(String text) {
        List<SearchIndex.Hit> hits = vm.search(text, MAX_HITS);
        results.getItems().setAll(hits);
        if (!hits.isEmpty()) {
            results.getSelectionModel().selectFirst();
        }
        // a query with no hit says so, in the list's place (and shorter than it)
        noHits.setText(hits.isEmpty() ? messages.get("search.noHits", text.strip()) : "");
        results.setPrefHeight(hits.isEmpty() ? 48 : 260);
        if (text.isBlank() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        if (!popup.isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            results.setPrefWidth(Math.max(320, getWidth()));
            popup.show(this, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void activate(SearchIndex.Hit hit) {
        if (hit == null) {
            List<SearchIndex.Hit> hits = vm.search(getText(), 1);
            if (hits.isEmpty()) {
                return;
            }
            hit = hits.get(0);
        }
        popup.hide();
        vm.activate(hit);
        if (hit.kind() == SearchIndex.Kind.INDUSTRY) {
            clear();
        }
    }

    /** Adds the park of a hit (the highlighted or top one) to the comparison; an industry hit adds nothing. */
    private void addToCompare(SearchIndex.Hit hit) {
        SearchIndex.Hit chosen = hit;
        if (chosen == null) {
            List<SearchIndex.Hit> hits = vm.search(getText(), 1);
            chosen = hits.isEmpty() ? null : hits.get(0);
        }
        if (chosen == null || chosen.kind() != SearchIndex.Kind.PARK || vm.dataset() == null) {
            return;
        }
        popup.hide();
        vm.dataset().park(chosen.id()).ifPresent(vm.compare()::add);
    }

    private final class HitCell extends ListCell<SearchIndex.Hit> {
        @Override
        protected void updateItem(SearchIndex.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            Dataset ds = vm.dataset();
            if (empty || hit == null || ds == null) {
                setText(null);
                setId(null);
                return;
            }
            setId("search-hit-" + hit.id());
            if (hit.kind() == SearchIndex.Kind.PARK) {
                var park = ds.park(hit.id()).orElseThrow();
                setText(twoNames(park.names()) + "\n"
                        + messages.get("search.hit.park", messages.get("kind." + park.kind().id()),
                        String.join(messages.get("list.separator"), park.districtIds().stream().map(id -> ds.district(id)
                                .map(d -> d.names().in(messages.locale())).orElse(id)).toList())));
            } else {
                var industry = ds.industry(hit.id()).orElseThrow();
                long count = ds.parks().stream().filter(p -> p.industries().stream()
                        .anyMatch(l -> l.industryId().equals(hit.id()))).count();
                setText(twoNames(industry.names()) + "\n"
                        + messages.get("search.hit.industry", count));
            }
        }

        /** The name in the window's language, then in Chinese (in English when the window is in Chinese). */
        private String twoNames(Names names) {
            String first = names.in(messages.locale());
            String second = "zh".equals(messages.locale().getLanguage()) ? names.en() : names.zh();
            return second.isBlank() || second.equals(first) ? first : first + "  " + second;
        }
    }
}
