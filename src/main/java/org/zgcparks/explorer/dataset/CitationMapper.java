package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Role;

/**
 * Maps what a claim cites: citations of sources (a source id, with an optional paragraph locator) and the industry
 * links of parks and districts, each of which names its sources.
 */
final class CitationMapper {

    private final JsonFields fields;
    private final TextFields texts;

    CitationMapper(JsonFields fields, TextFields texts) {
        this.fields = fields;
        this.texts = texts;
    }

    List<IndustryLink> links(JsonNode n, String p, String field, Set<String> industryIds, Set<String> sourceIds) {
        List<IndustryLink> links = new ArrayList<>();
        JsonNode arr = n.get(field);
        if (arr == null || arr.isNull()) {
            return links;
        }
        if (!arr.isArray()) {
            fields.problem(p + "/" + field, "\"" + field + "\" must be an array");
            return links;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String lp = p + "/" + field + "/" + i;
            JsonNode l = arr.get(i);
            if (!l.isObject()) {
                fields.problem(lp, "an industry link must be an object with \"industry\", \"role\" and \"source\"");
                continue;
            }
            String industry = fields.text(l, lp, "industry", true);
            fields.reference(lp + "/industry", industry, industryIds, "industry");
            String roleId = fields.text(l, lp, "role", true);
            Role role = roleId == null ? null : Role.fromId(roleId).orElse(null);
            if (roleId != null && role == null) {
                fields.problem(lp + "/role",
                        "role must be \"leading\", \"developing\" or \"planned\", not \"" + roleId + "\"");
            }
            List<Citation> sources = sources(l, lp, sourceIds);
            LocalizedText note = texts.textOrLocalized(l, lp, "note", false);
            LocalizedText reading = texts.localized(l, lp, "projectReading", false);
            if (industry != null && !seen.add(industry)) {
                fields.problem(lp + "/industry",
                        "industry \"" + industry + "\" is linked twice; list all its sources in one link");
            }
            if (industry != null && role != null && !sources.isEmpty()) {
                links.add(new IndustryLink(industry, role, sources, note, reading));
            }
        }
        return links;
    }

    /**
     * The "sources" array: one or more citations, each a source id or an object {"source": id, "at": locator}
     * naming the paragraph.
     */
    List<Citation> sources(JsonNode n, String p, Set<String> sourceIds) {
        JsonNode arr = n.get("sources");
        if (arr == null) {
            fields.problem(p, "missing \"sources\": the ids of the articles that state this");
            return List.of();
        }
        List<Citation> sources = new ArrayList<>();
        if (!arr.isArray()) {
            fields.problem(p + "/sources",
                    "\"sources\" must be an array of source ids or {\"source\", \"at\"} objects");
            return sources;
        }
        for (int i = 0; i < arr.size(); i++) {
            String cp = p + "/sources/" + i;
            JsonNode c = arr.get(i);
            if (c.isTextual()) {
                fields.reference(cp, c.asText(), sourceIds, "source");
                sources.add(Citation.of(c.asText()));
            } else if (c.isObject()) {
                Citation citation = citation(c, cp, sourceIds);
                if (citation != null) {
                    sources.add(citation);
                }
            } else {
                fields.problem(cp, "a source must be a source id or an object {\"source\": id, \"at\": \"¶N\"}");
            }
        }
        if (arr.isEmpty()) {
            fields.problem(p + "/sources", "\"sources\" must name at least one source");
        }
        return sources;
    }

    /** A "source" id with an optional "at" paragraph locator, in the object n. */
    Citation citation(JsonNode n, String p, Set<String> sourceIds) {
        String source = fields.text(n, p, "source", true);
        fields.reference(p + "/source", source, sourceIds, "source");
        String at = fields.text(n, p, "at", false);
        if (at != null) {
            FieldRules.locatorProblem(at).ifPresent(msg -> fields.problem(p + "/at", msg));
        }
        return source == null ? null : new Citation(source, at);
    }
}
