package org.zgcparks.explorer.tiles;

/**
 * Describes a tile source for the user.
 *
 * @param name        a short name for the status bar, e.g. "OpenStreetMap" or a file name
 * @param network     whether tiles come from a server (and so can go offline)
 * @param attribution the credit the source requires, shown on the map and printed on fact sheets (may be empty)
 */
public record TileSourceInfo(String name, boolean network, String attribution, String attributionUrl) {
}
