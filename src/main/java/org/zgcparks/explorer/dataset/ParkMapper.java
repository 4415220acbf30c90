package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.TimelineEvent;

/**
 * Maps the parks: kind, districts, centre and outline, industry links, timeline, and the parent chain (no park its
 * own parent or ancestor).
 */
final class ParkMapper {

    private final JsonFields fields;
    private final TextFields texts;
    private final CitationMapper citations;
    private final GeometryMapper geometry;

    ParkMapper(JsonFields fields, TextFields texts, CitationMapper citations, GeometryMapper geometry) {
        this.fields = fields;
        this.texts = texts;
        this.citations = citations;
        this.geometry = geometry;
    }

    Park park(JsonNode n, String p, Set<String> industryIds, Set<String> sourceIds, Set<String> districtIds) {
        String id = fields.id(n, p);
        Names names = texts.names(n, p, true);
        String kindId = fields.text(n, p, "kind", true);
        ParkKind kind = null;
        if (kindId != null) {
            kind = ParkKind.fromId(kindId).orElse(null);
            if (kind == null) {
                fields.problem(p + "/kind", "unknown park kind \"" + kindId + "\"; expected one of "
                        + Arrays.stream(ParkKind.values()).map(ParkKind::id).toList());
            }
        }
        String parent = fields.text(n, p, "parent", false);
        List<String> districts = districts(n, p, districtIds);
        GeoPoint centre = geometry.point(n.get("centre"), p + "/centre");
        LocalizedText positionNote = texts.textOrLocalized(n, p, "positionNote", false);
        Optional<Outline> outline = Optional.empty();
        if (n.has("outline") && !n.get("outline").isNull()) {
            outline = Optional.ofNullable(geometry.outline(n.get("outline"), p + "/outline"));
        }
        LocalizedText description = texts.localized(n, p, "description", true);
        List<IndustryLink> links = citations.links(n, p, "industries", industryIds, sourceIds);
        List<TimelineEvent> timeline = timeline(n, p, sourceIds);
        if (kind == null || centre == null) {
            return null;
        }
        return new Park(id, names, fields.strings(n, p, "aliases"), kind, parent, districts, centre,
                positionNote, outline, description,
                links, timeline, texts.localized(n, p, "projectReading", false));
    }

    private List<TimelineEvent> timeline(JsonNode n, String p, Set<String> sourceIds) {
        List<TimelineEvent> timeline = new ArrayList<>();
        JsonNode events = n.get("timeline");
        if (events != null && !events.isArray()) {
            fields.problem(p + "/timeline", "\"timeline\" must be an array");
        } else if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                String ep = p + "/timeline/" + i;
                JsonNode e = events.get(i);
                if (!e.isObject()) {
                    fields.problem(ep, "a timeline event must be an object");
                    continue;
                }
                Citation citation = citations.citation(e, ep, sourceIds);
                timeline.add(new TimelineEvent(texts.when(e, ep), texts.localized(e, ep, "text", true), citation));
            }
        }
        return timeline;
    }

    /**
     * The park's district: "district" (one id) or "districts" (several, the main one first, for a park that
     * spans a district line), each checked.
     */
    private List<String> districts(JsonNode n, String p, Set<String> districtIds) {
        if (n.has("district") && n.has("districts")) {
            fields.problem(p + "/districts", "give either \"district\" or \"districts\", not both");
        }
        if (!n.has("districts")) {
            String district = fields.text(n, p, "district", true);
            fields.reference(p + "/district", district, districtIds, "district");
            return district == null ? List.of() : List.of(district);
        }
        List<String> districts = fields.strings(n, p, "districts");
        if (districts.isEmpty()) {
            fields.problem(p + "/districts", "\"districts\" must name at least one district");
        }
        for (int i = 0; i < districts.size(); i++) {
            if (districts.indexOf(districts.get(i)) < i) {
                fields.problem(p + "/districts/" + i, "district \"" + districts.get(i) + "\" is named twice");
            }
            fields.reference(p + "/districts/" + i, districts.get(i), districtIds, "district");
        }
        return districts;
    }

    /** Checks every park's "parent": not itself, a known park or region, and no cycle through the parents. */
    void checkParents(JsonNode root, List<Park> parks, Set<String> subjects) {
        JsonNode arr = root.get("parks");
        for (int i = 0; arr != null && arr.isArray() && i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            JsonNode parent = n == null ? null : n.get("parent");
            if (parent != null && parent.isTextual()) {
                String id = n.path("id").asText();
                String parentId = parent.asText();
                if (parentId.equals(id)) {
                    fields.problem("/parks/" + i + "/parent", "park \"" + id + "\" cannot be its own parent");
                } else {
                    fields.reference("/parks/" + i + "/parent", parentId, subjects, "park or region");
                }
            }
        }
        // cycles: follow parents with a step limit
        Map<String, String> parentOf = new HashMap<>();
        parks.forEach(pk -> parentOf.put(pk.id(), pk.parentId()));
        for (int i = 0; i < parks.size(); i++) {
            String start = parks.get(i).id();
            String cur = parentOf.get(start);
            for (int steps = 0; cur != null && steps <= parks.size(); steps++) {
                if (cur.equals(start)) {
                    fields.problem(fields.pointerOfId("/parks", start) + "/parent",
                            "park \"" + start + "\" is its own ancestor");
                    break;
                }
                cur = parentOf.get(cur);
            }
        }
    }
}
