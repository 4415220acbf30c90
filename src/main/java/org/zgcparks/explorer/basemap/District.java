package org.zgcparks.explorer.basemap;

import org.locationtech.jts.geom.Geometry;

/**
 * One of Beijing's 16 districts.
 *
 * @param adcode   its GB/T 2260 code (110101-110119)
 * @param name     e.g. 海淀区 / Haidian / Хайдянь
 * @param geometry its area in WGS-84 lon/lat degrees (a Polygon or MultiPolygon, valid)
 */
public record District(int adcode, PlaceName name, Geometry geometry) {
}
