package org.zgcparks.explorer.model;

import java.util.List;
import java.util.Optional;

/**
 * A park, zone, street or cluster of the dataset.
 *
 * @param parentId       the enclosing park or region, or null
 * @param districtIds    the district or districts it lies in, the main one first (E-Town spans two)
 * @param positionNote   how exact {@code centre} is, for parks drawn as markers (empty if not stated)
 * @param outline        the approximate boundary, when the dataset has one; otherwise the park is a marker at
 *                       {@code centre}
 * @param projectReading a reading that goes beyond the sources, marked as the project's own (empty if none)
 */
public record Park(
        String id,
        Names names,
        List<String> aliases,
        ParkKind kind,
        String parentId,
        List<String> districtIds,
        GeoPoint centre,
        LocalizedText positionNote,
        Optional<Outline> outline,
        LocalizedText description,
        List<IndustryLink> industries,
        List<TimelineEvent> timeline,
        LocalizedText projectReading) {

    public Park {
        aliases = List.copyOf(aliases);
        districtIds = List.copyOf(districtIds);
        industries = List.copyOf(industries);
        timeline = List.copyOf(timeline);
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
        positionNote = positionNote == null ? LocalizedText.EMPTY : positionNote;
    }

    /** A park in one district, with no reading of the project's own. */
    public Park(String id, Names names, List<String> aliases, ParkKind kind, String parentId, String districtId,
                GeoPoint centre, String positionNote, Optional<Outline> outline, LocalizedText description,
                List<IndustryLink> industries, List<TimelineEvent> timeline) {
        this(id, names, aliases, kind, parentId, List.of(districtId), centre, LocalizedText.english(positionNote), outline,
                description,
                industries, timeline, LocalizedText.EMPTY);
    }

    /** The main district (the first one named). */
    public String districtId() {
        return districtIds.isEmpty() ? "" : districtIds.get(0);
    }

    /** Whether the park lies (at least partly) in the given district. */
    public boolean inDistrict(String districtId) {
        return districtIds.contains(districtId);
    }
}
