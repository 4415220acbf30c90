package org.zgcparks.explorer.tiles;

/** Whether the tile source's server can be reached. */
public enum NetworkStatus {
    /** the source is local (an MBTiles file, the offline basemap): there is nothing to reach */
    LOCAL,
    /** tiles come from the server */
    ONLINE,
    /** the server cannot be reached, or the user chose to stay offline: cached tiles and the offline basemap */
    OFFLINE
}
