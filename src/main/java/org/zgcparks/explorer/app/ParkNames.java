package org.zgcparks.explorer.app;

import java.util.List;
import java.util.stream.Collectors;
import org.zgcparks.explorer.cli.Suggestions;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.query.ParkLookup;

/** The command line's message for a {@code --park} name that names no park, or several, in the run's language. */
final class ParkNames {

    private ParkNames() {
    }

    static String problem(String name, ParkLookup.Result result, Dataset ds, Messages messages) {
        if (result.ambiguous()) {
            return messages.get("cli.park.ambiguous", name, list(result.matches(), messages));
        }
        if (!result.suggestions().isEmpty()) {
            return messages.get("cli.park.guess", name, list(result.suggestions(), messages));
        }
        return messages.get("cli.park.unknown", name,
                ds.parks().stream().map(Park::id).sorted().collect(Collectors.joining(", ")));
    }

    /** "bda (Beijing Economic-Technological Development Area (E-Town)) or yizhuang-park (Yizhuang Park)". */
    private static String list(List<Park> parks, Messages messages) {
        return Suggestions.or(parks.stream().map(p -> p.id() + " (" + p.names().in(messages.locale()) + ")").toList(),
                messages.locale());
    }
}
