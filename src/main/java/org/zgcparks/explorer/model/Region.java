package org.zgcparks.explorer.model;

/**
 * A scope wider than a park that figures and policies can belong to: the city of Beijing, or
 * Zhongguancun Science Park as a whole. Regions are not drawn on the map.
 *
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record Region(String id, Names names, LocalizedText description, LocalizedText projectReading) {
    public Region {
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
    }
}
