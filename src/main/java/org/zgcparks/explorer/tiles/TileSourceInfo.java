package org.zgcparks.explorer.tiles;

/**
 * Describes a tile source for the user.
 *
 * @param online      whether tiles come from the network
 * @param attribution the credit the source requires, shown on the map and printed on fact sheets
 */
public record TileSourceInfo(String name, boolean online, String attribution, String attributionUrl) {
}
