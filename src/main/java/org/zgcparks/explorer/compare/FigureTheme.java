package org.zgcparks.explorer.compare;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zgcparks.explorer.model.Metric;

/**
 * What a figure is about, as far as its unit tells: the Compare view groups figures by it. The dataset has no theme
 * field, and the units are few and regular ("billion" with a currency, "enterprises", "%", "km²"), so the unit is
 * enough; a figure it cannot place is "other".
 */
public enum FigureTheme {
    MONEY("money"),
    ENTERPRISES("enterprises"),
    PEOPLE("people"),
    SHARES_AND_GROWTH("shares"),
    LAND_AND_BUILDINGS("land"),
    OTHER("other");

    private static final Pattern ENTERPRISES_UNITS = Pattern.compile(
            ".*\\b(compan(y|ies)|enterprises?|firms?|start-ups?|teams?|operators?|institutions?|agencies|banks?|units?)\\b.*");
    private static final Pattern PEOPLE_UNITS = Pattern.compile(".*\\b(people|persons?|employees|jobs|talents?|places)\\b.*");
    private static final Pattern LAND_UNITS = Pattern.compile("^(km|m|km²|m²|million m²|ha|mu|buildings?|hectares?)$");

    private final String id;

    FigureTheme(String id) {
        this.id = id;
    }

    /** A stable identifier, for message keys and CSS classes. */
    public String id() {
        return id;
    }

    public static FigureTheme of(Metric m) {
        String unit = m.unit().toLowerCase(Locale.ROOT).trim();
        if (!m.currency().isBlank()) {
            return MONEY;
        }
        if (unit.startsWith("%")) {
            return SHARES_AND_GROWTH;
        }
        if (LAND_UNITS.matcher(unit).matches()) {
            return LAND_AND_BUILDINGS;
        }
        if (ENTERPRISES_UNITS.matcher(unit).matches()) {
            return ENTERPRISES;
        }
        if (PEOPLE_UNITS.matcher(unit).matches()) {
            return PEOPLE;
        }
        return OTHER;
    }
}
