package org.zgcparks.explorer.app;

import java.util.List;
import java.util.stream.Collectors;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkLookup;

/** The command line's message for a {@code --park} name that names no park, or several. */
final class ParkNames {

    private ParkNames() {
    }

    static String problem(String name, ParkLookup.Result result, Dataset ds) {
        if (result.ambiguous()) {
            return "\"" + name + "\" for --park names several parks: " + list(result.matches())
                    + "; give one of their ids";
        }
        String head = "unknown park \"" + name + "\" for --park";
        if (!result.suggestions().isEmpty()) {
            return head + "; did you mean " + list(result.suggestions()) + "?";
        }
        return head + "; give an id, name or alias, e.g. "
                + ds.parks().stream().map(Park::id).sorted().collect(Collectors.joining(", "));
    }

    /** "bda (Beijing Economic-Technological Development Area (E-Town)) or yizhuang-park (Yizhuang Park)". */
    private static String list(List<Park> parks) {
        List<String> items = parks.stream().map(p -> p.id() + " (" + p.names().en() + ")").toList();
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
