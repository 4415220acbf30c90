package org.zgcparks.explorer.view.details;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zgcparks.explorer.dataset.DistrictCheck;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.model.TimelineEvent;
import org.zgcparks.explorer.viewmodel.ExplorerViewModel;

/**
 * The side panel: Overview, Industries, Policies, Metrics and Sources of the selected park, each scrolling.
 * With no park selected it shows what the dataset is and how to pick a park.
 */
public final class DetailsPane extends TabPane {

    private final ExplorerViewModel vm;
    private final Messages messages;
    private final Formats formats;
    private final Locale locale;
    private final Tab overview;
    private final Tab industries;
    private final Tab policies;
    private final Tab metrics;
    private final Tab sources;
    private final MetricsView metricsView;

    /**
     * Adds a change listener for as long as the pane is in use: the window's scope removes them all when the window
     * is replaced, so that a discarded pane stops rebuilding and can be collected.
     */
    @FunctionalInterface
    public interface Listeners {
        <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener);
    }

    /** A pane whose listeners stay as long as the view-model (for a pane that lives as long as it). */
    public DetailsPane(ExplorerViewModel vm, Messages messages) {
        this(vm, messages, DetailsPane::addForever);
    }

    private static <T> void addForever(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
    }

    public DetailsPane(ExplorerViewModel vm, Messages messages, Listeners listeners) {
        this.vm = vm;
        this.messages = messages;
        this.formats = new Formats(messages);
        this.locale = messages.locale();
        setId("details-tabs");
        setAccessibleText(messages.get("a11y.details"));
        getStyleClass().add("details");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        overview = tab("tab-overview", "details.tab.overview");
        industries = tab("tab-industries", "details.tab.industries");
        policies = tab("tab-policies", "details.tab.policies");
        metrics = tab("tab-metrics", "details.tab.metrics");
        sources = tab("tab-sources", "details.tab.sources");
        getTabs().addAll(overview, industries, policies, metrics, sources);
        metricsView = new MetricsView(vm, messages);
        listeners.listen(vm.selectedParkProperty(), (obs, old, park) -> show(park));
        listeners.listen(vm.datasetProperty(), (obs, old, ds) -> show(vm.selectedParkProperty().get()));
        listeners.listen(vm.districts().checkProperty(), (obs, old, c) -> show(vm.selectedParkProperty().get()));
        show(vm.selectedParkProperty().get());
    }

    /**
     * The pane under a note that shows while the selected park is outside the filter (it stays selected and drawn,
     * and the note says why it is not in the list).
     */
    public VBox withFilterWarning() {
        Label warning = new Label(messages.get("details.filteredOut"));
        warning.setId("filter-warning");
        warning.getStyleClass().add("filter-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.visibleProperty().bind(vm.selectionHiddenByFilterProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        VBox box = new VBox(warning, this);
        VBox.setVgrow(this, Priority.ALWAYS);
        return box;
    }

    /** The Metrics tab's content: the figures table and the selected figure in full. */
    public MetricsView metricsView() {
        return metricsView;
    }

    private Tab tab(String id, String key) {
        Tab t = new Tab(messages.get(key));
        t.setId(id);
        return t;
    }

    private void show(Park park) {
        Dataset ds = vm.dataset();
        if (park == null || ds == null) {
            Label hint = text(messages.get("details.empty"), "details-hint");
            hint.setId("details-empty");
            VBox box = column(hint);
            if (ds != null) {
                box.getChildren().addAll(heading(ds.info().name(locale)), text(ds.info().description().in(locale), "details-text"),
                        text(messages.get("details.asof", ds.info().asOf(), ds.info().version()), "details-meta"));
            }
            overview.setContent(scroll(box));
            for (Tab t : List.of(industries, policies, sources)) {
                t.setContent(scroll(column(text(messages.get("details.empty.short"), "details-hint"))));
            }
            metricsView.show(List.of());
            metrics.setContent(metricsView);
            return;
        }
        overview.setContent(scroll(overview(ds, park)));
        industries.setContent(scroll(industries(ds, park)));
        policies.setContent(scroll(policies(ds, park)));
        metricsView.show(ds.metricsOf(park.id()));
        metrics.setContent(metricsView);
        sources.setContent(scroll(sources(ds, park)));
    }

    // ---- tabs ----------------------------------------------------------------------------------------

    private VBox overview(Dataset ds, Park park) {
        // The name in the reader's language first, then in the other two (Chinese with its pinyin).
        String heading = DetailsWords.capitalised(park.names().in(locale), locale);
        Label name = new Label(breakable(heading));
        name.setAccessibleText(heading);
        name.setId("overview-name");
        name.getStyleClass().add("details-title");
        name.setWrapText(true);
        String zhLine = park.names().zh() + (park.names().pinyin().isEmpty() ? "" : "  ·  " + park.names().pinyin());
        Label[] others = java.util.stream.Stream.of("en", "zh", "ru").filter(l -> !l.equals(locale.getLanguage()))
                .map(l -> {
                    Label other = text(breakable(switch (l) {
                        case "zh" -> zhLine;
                        case "ru" -> park.names().ru();
                        default -> park.names().en();
                    }), "details-subtitle");
                    other.setId("overview-name-" + l);
                    other.setAccessibleText(other.getText().replace("\u200A", ""));
                    return other;
                }).toArray(Label[]::new);

        GridPane facts = new GridPane();
        facts.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(0, 200, Double.MAX_VALUE, javafx.scene.layout.Priority.ALWAYS,
                        javafx.geometry.HPos.LEFT, true));
        facts.getStyleClass().add("details-facts");
        int row = 0;
        row = fact(facts, row, "overview.kind", messages.get("kind." + park.kind().id()));
        row = fact(facts, row, "overview.district", list(park.districtIds().stream()
                .map(id -> ds.district(id).map(d -> d.names().in(locale)).orElse(id)).toList()));
        DistrictCheck check = vm.districts().checkProperty().get();
        DistrictCheck.Finding finding = check.isAvailable() ? check.check(park) : null;
        if (finding != null) {
            row = fact(facts, row, "overview.districtByGeometry", districtNames(ds, finding.byGeometry()));
        }
        if (park.parentId() != null) {
            row = fact(facts, row, "overview.parent", ds.namesOf(park.parentId()).in(locale));
        }
        row = fact(facts, row, "overview.area", formats.area(park));
        String accuracy = park.outline().map(o -> o.accuracyNote()).orElse(park.positionNote()).in(locale);
        if (!accuracy.isBlank()) {
            row = fact(facts, row, "overview.accuracy", accuracy);
        }
        List<Park> children = ds.childrenOf(park.id());
        if (!children.isEmpty()) {
            fact(facts, row, "overview.contains", list(children.stream().map(c -> c.names().in(locale)).toList()));
        }
        Label description = text(park.description().in(locale), "details-text");
        description.setId("overview-description");
        VBox box = column(name, others[0], others[1], facts, heading(messages.get("overview.about")), description);
        if (!park.projectReading().isBlank()) {
            Label reading = text(formats.projectReading(park.projectReading()), "project-reading");
            reading.setId("overview-project-reading");
            box.getChildren().add(reading);
        }
        if (finding != null && !finding.agrees()) {
            String recorded = list(finding.recorded().stream()
                    .map(id -> ds.district(id).map(d -> d.names().in(locale)).orElse(id)).toList());
            Label warning = text(messages.get("overview.districtMismatch", recorded,
                    districtNames(ds, finding.byGeometry()), DetailsWords.distance(finding.distanceMetres(), messages)), "filter-warning");
            warning.setId("overview-district-warning");
            box.getChildren().add(box.getChildren().indexOf(facts) + 1, warning);
        }

        List<Metric> keyFacts = ds.metricsOf(park.id()).stream().limit(4).toList();
        if (!keyFacts.isEmpty()) {
            box.getChildren().add(heading(messages.get("overview.keyfacts")));
            for (int i = 0; i < keyFacts.size(); i++) {
                Metric m = keyFacts.get(i);
                Label fact = text(messages.get("overview.keyfact", m.name().in(locale), formats.value(m), formats.period(m)),
                        "details-text");
                fact.setId("overview-keyfact-" + i);
                box.getChildren().add(fact);
            }
        }
        if (!park.timeline().isEmpty()) {
            box.getChildren().add(heading(messages.get("overview.timeline")));
            park.timeline().stream().sorted(Comparator.comparing(TimelineEvent::date)).forEach(e ->
                    box.getChildren().add(text(formats.date(e.date()) + " — " + e.text().in(locale), "details-text")));
        }
        return box;
    }

    private VBox industries(Dataset ds, Park park) {
        VBox box = column();
        box.setId("industries-list");
        if (park.industries().isEmpty()) {
            box.getChildren().add(text(messages.get("industries.none"), "details-hint"));
            return box;
        }
        for (var role : org.zgcparks.explorer.model.Role.values()) {
            List<IndustryLink> links = park.industries().stream().filter(l -> l.role() == role).toList();
            if (links.isEmpty()) {
                continue;
            }
            box.getChildren().add(heading(messages.get("role." + role.id())));
            for (IndustryLink l : links) {
                String name = ds.industry(l.industryId()).map(i -> i.names().in(locale)).orElse(l.industryId());
                javafx.scene.control.Hyperlink item = new javafx.scene.control.Hyperlink(name);
                item.getStyleClass().addAll("industry-chip", "role-" + role.id());
                item.setId("industry-" + l.industryId());
                item.setTooltip(new javafx.scene.control.Tooltip(messages.get("industries.chip.tooltip", name)));
                item.setOnAction(e -> vm.filterByIndustry(l.industryId()));
                VBox entry = new VBox(2, item);
                if (!l.note().isBlank()) {
                    entry.getChildren().add(text(l.note().in(locale), "details-text"));
                }
                for (var reading : List.of(l.projectReading(), ds.industry(l.industryId())
                        .map(org.zgcparks.explorer.model.Industry::projectReading)
                        .orElse(org.zgcparks.explorer.model.LocalizedText.EMPTY))) {
                    if (!reading.isBlank()) {
                        entry.getChildren().add(text(formats.projectReading(reading), "project-reading"));
                    }
                }
                entry.getChildren().add(text(messages.get("source.prefix", formats.citations(ds, l.citations())), "details-meta"));
                box.getChildren().add(entry);
            }
        }
        return box;
    }

    private VBox policies(Dataset ds, Park park) {
        VBox box = column();
        box.setId("policies-list");
        List<Policy> list = ds.policiesOf(park.id()).stream().sorted(Comparator.comparing(Policy::date)).toList();
        if (list.isEmpty()) {
            box.getChildren().add(text(messages.get("policies.none"), "details-hint"));
        }
        for (Policy p : list) {
            Label title = text(p.title().in(locale), "policy-title");
            VBox entry = new VBox(2, title,
                    text(formats.date(p.date()) + " · " + p.issuer().in(locale), "details-meta"),
                    text(p.summary().in(locale), "details-text"));
            if (!p.projectReading().isBlank()) {
                entry.getChildren().add(text(formats.projectReading(p.projectReading()), "project-reading"));
            }
            entry.getChildren().add(text(messages.get("source.prefix", formats.citations(ds, p.citations())), "details-meta"));
            box.getChildren().add(entry);
        }
        return box;
    }

    private VBox sources(Dataset ds, Park park) {
        VBox box = column();
        box.setId("sources-list");
        List<Source> list = ds.sourcesOf(park);
        if (list.isEmpty()) {
            box.getChildren().add(text(messages.get("sources.none"), "details-hint"));
        }
        for (Source s : list) {
            box.getChildren().add(new VBox(2, text(s.title(locale), "policy-title"),
                    text(s.publisher(locale) + " · " + s.date() + " · " + DetailsWords.languageName(s.language(), locale), "details-meta")));
        }
        return box;
    }

    // ---- small builders ------------------------------------------------------------------------------

    private int fact(GridPane grid, int row, String key, String value) {
        Label k = text(messages.get(key), "fact-key");
        k.setWrapText(false);
        k.setMinWidth(Label.USE_PREF_SIZE);
        Label v = text(value, "fact-value");
        v.setId(key.replace('.', '-'));
        GridPane.setHgrow(v, javafx.scene.layout.Priority.ALWAYS);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** Basemap districts named as the dataset names them (in the UI language), else by the basemap's own name. */
    private String districtNames(Dataset ds, List<org.zgcparks.explorer.basemap.District> districts) {
        if (districts.isEmpty()) {
            return "—";
        }
        DistrictCheck check = vm.districts().checkProperty().get();
        return list(districts.stream().map(b -> ds.districts().stream()
                .filter(d -> check.district(d.id()).filter(b::equals).isPresent()).findFirst()
                .map(d -> d.names().in(locale)).orElse(b.name().in(locale))).toList());
    }

    /** Items joined as the language lists them: "A, B" in English and Russian, "A、B" in Chinese. */
    private String list(List<String> items) {
        return String.join(messages.get("list.separator"), items);
    }

    /**
     * A name that may wrap after its hyphens too: JavaFX wraps a label only between words and cuts a word longer than
     * the line anywhere ("экономико-технологическо|го"), and it takes only whitespace for a word boundary (not a
     * zero-width space or a soft hyphen). A hair space (U+200A, a tenth of an em) after each hyphen between letters
     * lets long compounds ("Economic-Technological", "экономико-технологического") break after the hyphen, as a
     * typesetter would, and is not seen within a line.
     */
    static String breakable(String name) {
        return name.replaceAll("(?<=\\p{L})-(?=\\p{L})", "-\u200A");
    }

    private static Label heading(String s) {
        return text(s, "details-heading");
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("details-column");
        return box;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("details-scroll");
        return sp;
    }
}
