package org.zgcparks.explorer.model;

import java.util.List;

/** A closed ring of positions: the last point equals the first. */
public record Ring(List<GeoPoint> points) {
    public Ring {
        points = List.copyOf(points);
    }
}
