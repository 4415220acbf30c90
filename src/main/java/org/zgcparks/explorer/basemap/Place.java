package org.zgcparks.explorer.basemap;

/**
 * A named settlement (GeoNames).
 *
 * @param population inhabitants, 0 when unknown
 * @param inBeijing  whether it lies inside Beijing's outline
 */
public record Place(Rank rank, PlaceName name, long population, boolean inBeijing, double lon, double lat) {

    /** How important a place is on the map, most important first. */
    public enum Rank {
        /** The capital (北京). */
        CAPITAL,
        /** The seat or main town of a district or county (通州, 海淀, 廊坊...). */
        DISTRICT_SEAT,
        /** The seat of a township or street office. */
        TOWN,
        /** Any other populated place. */
        VILLAGE
    }
}
