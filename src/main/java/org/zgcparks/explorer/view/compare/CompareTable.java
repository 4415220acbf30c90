package org.zgcparks.explorer.view.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.zgcparks.explorer.compare.ParkComparison;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Role;

/**
 * The side-by-side grid: one column per park; kind, district and area; the industry × park matrix (the role in each
 * cell); then every figure, grouped by theme, one row per measure, blank where a park has no such figure.
 */
final class CompareTable {

    private final Messages messages;
    private final Formats formats;
    private final Locale locale;

    CompareTable(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages);
        this.locale = messages.locale();
    }

    GridPane build(Dataset ds, ParkComparison cmp) {
        GridPane grid = new GridPane();
        grid.setId("compare-grid");
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(12);
        grid.setVgap(3);
        grid.setPadding(new Insets(10));
        ColumnConstraints first = new ColumnConstraints(160, 220, 300);
        grid.getColumnConstraints().add(first);
        List<Park> parks = cmp.parks();
        for (int j = 0; j < parks.size(); j++) {
            grid.getColumnConstraints().add(new ColumnConstraints(110, 150, 240));
        }
        int row = 0;
        grid.add(cell("", "compare-corner"), 0, row);
        for (int j = 0; j < parks.size(); j++) {
            Label name = cell(parks.get(j).names().in(locale), "compare-park");
            name.setId("compare-park-" + j);
            grid.add(name, j + 1, row);
        }
        row++;
        row = factRow(grid, row, messages.get("overview.kind"), parks.stream().map(p -> messages.get("kind." + p.kind().id())).toList());
        row = factRow(grid, row, messages.get("overview.district"), parks.stream()
                .map(p -> ds.district(p.districtId()).map(d -> d.names().in(locale)).orElse(p.districtId())).toList());
        row = factRow(grid, row, messages.get("overview.area"), parks.stream().map(formats::area).toList());

        row = heading(grid, row, messages.get("compare.industries"), parks.size());
        for (ParkComparison.IndustryRow ir : cmp.industries()) {
            grid.add(cell(ds.industry(ir.industryId()).map(i -> i.names().in(locale)).orElse(ir.industryId()),
                    "compare-label"), 0, row);
            for (int j = 0; j < parks.size(); j++) {
                Optional<Role> role = ir.roles().get(j);
                Label mark = cell(role.map(r -> marker(r) + " " + messages.get("role." + r.id())).orElse(""),
                        "compare-role");
                role.ifPresent(r -> mark.getStyleClass().add("role-" + r.id()));
                grid.add(mark, j + 1, row);
            }
            row++;
        }
        if (cmp.industries().isEmpty()) {
            grid.add(cell(messages.get("industries.none"), "details-hint"), 0, row++);
        }

        for (ParkComparison.ThemeRows theme : cmp.themes()) {
            row = heading(grid, row, messages.get("compare.theme." + theme.theme().id()), parks.size());
            for (ParkComparison.FigureRow fr : theme.rows()) {
                Metric m = fr.first();
                Label label = cell(fr.label(locale), "compare-label");
                Label sub = cell(formats.period(m) + " · " + messages.get("metric.kind." + fr.kind().id()), "details-meta");
                javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(0, label, sub);
                grid.add(box, 0, row);
                for (int j = 0; j < parks.size(); j++) {
                    Optional<Metric> f = fr.cells().get(j);
                    Label v = cell(f.map(x -> formats.value(x) + (x.period().equals(m.period()) ? "" : " (" + formats.period(x) + ")"))
                            .orElse(""), "compare-value");
                    f.ifPresent(x -> v.setTooltip(new Tooltip(x.name().in(locale) + "\n" + formats.value(x) + " · "
                            + formats.period(x) + " · " + messages.get("metric.kind." + x.kind().id()))));
                    if (fr.kind() == org.zgcparks.explorer.model.MetricKind.TARGET) {
                        v.getStyleClass().add("compare-target");
                    }
                    grid.add(v, j + 1, row);
                }
                row++;
            }
        }
        if (cmp.themes().isEmpty()) {
            row = heading(grid, row, messages.get("details.tab.metrics"), parks.size());
            grid.add(cell(messages.get("compare.noFigures"), "details-hint"), 0, row);
        }
        return grid;
    }

    private static String marker(Role r) {
        return switch (r) {
            case LEADING -> "●";
            case DEVELOPING -> "◐";
            case PLANNED -> "○";
        };
    }

    private int factRow(GridPane grid, int row, String key, List<String> values) {
        grid.add(cell(key, "fact-key"), 0, row);
        for (int j = 0; j < values.size(); j++) {
            grid.add(cell(values.get(j), "fact-value"), j + 1, row);
        }
        return row + 1;
    }

    private static int heading(GridPane grid, int row, String text, int parks) {
        Label h = cell(text, "details-heading");
        grid.add(h, 0, row, parks + 1, 1);
        return row + 1;
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
