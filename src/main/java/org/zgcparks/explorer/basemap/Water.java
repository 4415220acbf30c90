package org.zgcparks.explorer.basemap;

import org.locationtech.jts.geom.Geometry;

/**
 * A reservoir (polygon) or a river or canal (line), in WGS-84 lon/lat degrees.
 */
public record Water(Kind kind, PlaceName name, Geometry geometry) {

    public enum Kind { RESERVOIR, RIVER, CANAL }

    public boolean isArea() {
        return kind == Kind.RESERVOIR;
    }
}
