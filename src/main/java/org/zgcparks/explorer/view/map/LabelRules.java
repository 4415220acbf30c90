package org.zgcparks.explorer.view.map;

import java.util.Locale;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;

/** What the map labels a park, from which zoom, and how important its label is (by kind, then by size). */
final class LabelRules {

    private LabelRules() {
    }

    /**
     * The short label of a park: its name without a trailing parenthesis, or the parenthesis alone when the
     * name before it is long ("Beijing Economic-Technological Development Area (E-Town)" is labelled "E-Town").
     */
    static String text(Park park, Locale locale) {
        String name = park.names().in(locale);
        int open = name.indexOf(" (");
        int width = 1;
        if (open < 0) {
            open = name.indexOf('（');
            width = 0;
        }
        if (open <= 0 || !(name.endsWith(")") || name.endsWith("）"))) {
            return name;
        }
        String before = name.substring(0, open);
        String inside = name.substring(open + width + 1, name.length() - 1);
        return before.length() > 32 && !inside.isBlank() ? inside : before;
    }

    /** At low zoom only the big parks are labelled; small places get labels as the user zooms in. */
    static boolean wanted(ParkKind kind, double zoom) {
        return switch (kind) {
            case DEVELOPMENT_ZONE, SUB_PARK -> true;
            case SCIENCE_CITY, CLUSTER -> zoom >= 11;
            default -> zoom >= 13;
        };
    }

    private static int kindRank(ParkKind kind) {
        return switch (kind) {
            case DEVELOPMENT_ZONE -> 9;
            case SUB_PARK -> 8;
            case SCIENCE_CITY -> 7;
            case CLUSTER -> 6;
            case STREET -> 5;
            default -> 4;
        };
    }

    /**
     * A label's priority: its kind first (a development zone over a sub-park over a science city…), then the area of
     * its outline (km², up to 9,999), so that among parks of one kind the larger wins the room.
     */
    static double priority(ParkKind kind, double areaKm2) {
        return kindRank(kind) * 10_000 + Math.min(areaKm2, 9_999);
    }
}
