package org.zgcparks.explorer.basemap;

import org.zgcparks.explorer.i18n.Messages;

/**
 * The bundled basemap's credit in the reader's language. The data pack's own credit ({@code ATTRIBUTION.txt} and
 * {@code ATTRIBUTION-SHORT.txt}) is English; the words around its names and licences are translated in the messages
 * ({@code basemap.credit}, {@code basemap.credit.short}), whose English text is the pack's, word for word. A credit
 * that is not the bundled one is shown as it is given.
 */
public final class BasemapCredit {

    private BasemapCredit() {
    }

    /** The full credit (for the fact sheets, the tooltip on the map and Help › About). */
    public static String full(String credit, Messages messages) {
        return isBundled(credit, BasemapLoader.bundledAttribution()) ? messages.get("basemap.credit") : credit;
    }

    /** The short credit for the corner of the map. */
    public static String brief(String credit, Messages messages) {
        return isBundled(credit, BasemapLoader.bundledShortAttribution()) ? messages.get("basemap.credit.short") : credit;
    }

    private static boolean isBundled(String credit, String bundled) {
        return !credit.isBlank() && credit.strip().equals(bundled);
    }
}
