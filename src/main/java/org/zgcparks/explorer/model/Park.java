package org.zgcparks.explorer.model;

import java.util.List;
import java.util.Optional;

/**
 * A park, zone, street or cluster of the dataset.
 *
 * @param parentId the enclosing park or region, or null
 * @param positionNote how exact {@code centre} is, for parks drawn as markers (empty if not stated)
 * @param outline  the approximate boundary, when the dataset has one; otherwise the park is a marker at {@code centre}
 */
public record Park(
        String id,
        Names names,
        List<String> aliases,
        ParkKind kind,
        String parentId,
        String districtId,
        GeoPoint centre,
        String positionNote,
        Optional<Outline> outline,
        LocalizedText description,
        List<IndustryLink> industries,
        List<TimelineEvent> timeline) {

    public Park {
        aliases = List.copyOf(aliases);
        industries = List.copyOf(industries);
        timeline = List.copyOf(timeline);
    }
}
