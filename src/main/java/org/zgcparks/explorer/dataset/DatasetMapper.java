package org.zgcparks.explorer.dataset;

import static org.zgcparks.explorer.dataset.JsonFields.declaredIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.DatasetInfo;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.District;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryGroup;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Region;
import org.zgcparks.explorer.model.Source;

/**
 * Maps a located JSON tree onto the model and checks it: required fields and types, unique ids, references,
 * coordinates inside Beijing, closed simple polygons, metrics with unit and period. Problems are collected,
 * never thrown, so a user sees all of them at once.
 * <p>
 * This class reads the dataset's top level and its smaller entries; parks ({@link ParkMapper}), metrics
 * ({@link MetricMapper}), citations and industry links ({@link CitationMapper}), positions and outlines
 * ({@link GeometryMapper}), texts and dates ({@link TextFields}) and plain fields, ids and references
 * ({@link JsonFields}) each have their own mapper.
 */
final class DatasetMapper {

    /** Format identifier a dataset file must declare. */
    static final String FORMAT = "zgc-parks-dataset/1";

    private final JsonFields fields;
    private final TextFields texts;
    private final CitationMapper citations;
    private final ParkMapper parkMapper;
    private final MetricMapper metricMapper;

    DatasetMapper(LocatedJson json, List<Problem> problems) {
        this.fields = new JsonFields(json, problems);
        this.texts = new TextFields(fields);
        this.citations = new CitationMapper(fields, texts);
        this.parkMapper = new ParkMapper(fields, texts, citations, new GeometryMapper(fields, texts));
        this.metricMapper = new MetricMapper(fields, texts, citations);
    }

    Dataset map() {
        JsonNode root = fields.root();
        if (!root.isObject()) {
            fields.problem("", "the dataset must be a JSON object");
            return null;
        }
        String format = fields.text(root, "", "format", true);
        if (format != null && !FORMAT.equals(format)) {
            fields.problem("/format", "unsupported format \"" + format + "\": expected \"" + FORMAT + "\"");
        }
        DatasetInfo info = info(root.get("info"), "/info");
        // References are checked against the ids a file declares, so that one broken entry is reported once,
        // not again at every place that refers to it.
        Set<String> sourceIds = declaredIds(root, "sources");
        Set<String> groupIds = declaredIds(root, "industryGroups");
        Set<String> industryIds = declaredIds(root, "industries");
        Set<String> districtIds = declaredIds(root, "districts");
        Set<String> subjects = declaredIds(root, "parks");
        subjects.addAll(declaredIds(root, "regions"));
        List<Source> sources = fields.list(root, "sources", this::source);
        List<Region> regions = fields.list(root, "regions", this::region);
        List<IndustryGroup> groups = fields.list(root, "industryGroups", (n, p) -> industryGroup(n, p, sourceIds));
        List<Industry> industries = fields.list(root, "industries", (n, p) -> industry(n, p, groupIds));
        List<District> districts = fields.list(root, "districts",
                (n, p) -> district(n, p, industryIds, sourceIds));
        List<Park> parks = fields.list(root, "parks",
                (n, p) -> parkMapper.park(n, p, industryIds, sourceIds, districtIds));
        List<Policy> policies = fields.list(root, "policies", (n, p) -> policy(n, p, subjects, sourceIds));
        List<Metric> metrics = fields.list(root, "metrics",
                (n, p) -> metricMapper.metric(n, p, subjects, sourceIds));
        parkMapper.checkParents(root, parks, subjects);
        fields.checkReferences();
        if (info == null) {
            return null;
        }
        return new Dataset(info, sources, regions, districts, groups, industries, parks, policies, metrics);
    }

    private DatasetInfo info(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            fields.problem(p, "missing object \"info\" (name, version, asOf)");
            return null;
        }
        LocalizedText titles = texts.textOrLocalized(n, p, "name", true);
        String name = titles.isBlank() ? null : titles.en();
        String version = fields.text(n, p, "version", true);
        String asOf = texts.date(n, p, "asOf", true);
        LocalizedText description = texts.localized(n, p, "description", false);
        String licence = fields.text(n, p, "licence", false);
        return new DatasetInfo(name, version, asOf, description, licence == null ? "" : licence, titles);
    }

    private Source source(JsonNode n, String p) {
        String id = fields.id(n, p);
        LocalizedText titles = texts.textOrLocalized(n, p, "title", true);
        LocalizedText publishers = texts.textOrLocalized(n, p, "publisher", true);
        return new Source(id, titles.isBlank() ? null : titles.en(), publishers.isBlank() ? null : publishers.en(),
                texts.date(n, p, "date", true), fields.text(n, p, "language", true), titles, publishers);
    }

    private Region region(JsonNode n, String p) {
        return new Region(fields.id(n, p), texts.names(n, p, true), texts.localized(n, p, "description", false),
                texts.localized(n, p, "projectReading", false));
    }

    private IndustryGroup industryGroup(JsonNode n, String p, Set<String> sourceIds) {
        String id = fields.id(n, p);
        Names names = texts.names(n, p, false);
        Citation citation = citations.citation(n, p, sourceIds);
        return new IndustryGroup(id, names, texts.localized(n, p, "description", false), citation);
    }

    private Industry industry(JsonNode n, String p, Set<String> groupIds) {
        String id = fields.id(n, p);
        Names names = texts.names(n, p, true);
        List<String> groups = fields.strings(n, p, "groups");
        for (int i = 0; i < groups.size(); i++) {
            fields.reference(p + "/groups/" + i, groups.get(i), groupIds, "industry group");
        }
        return new Industry(id, names, groups, fields.strings(n, p, "aliases"),
                texts.localized(n, p, "projectReading", false));
    }

    private District district(JsonNode n, String p, Set<String> industryIds, Set<String> sourceIds) {
        String id = fields.id(n, p);
        Names names = texts.names(n, p, true);
        List<IndustryLink> links = citations.links(n, p, "leadingIndustries", industryIds, sourceIds);
        return new District(id, names, links);
    }

    private Policy policy(JsonNode n, String p, Set<String> subjects, Set<String> sourceIds) {
        String id = fields.id(n, p);
        LocalizedText title = texts.localized(n, p, "title", true);
        LocalizedText issuer = texts.textOrLocalized(n, p, "issuer", true);
        DateSpec date = texts.when(n, p);
        LocalizedText summary = texts.localized(n, p, "summary", true);
        List<String> applies = fields.strings(n, p, "appliesTo");
        if (applies.isEmpty()) {
            fields.problem(p + "/appliesTo", "a policy must name at least one park or region it applies to");
        }
        for (int i = 0; i < applies.size(); i++) {
            fields.reference(p + "/appliesTo/" + i, applies.get(i), subjects, "park or region");
        }
        return new Policy(id, title, issuer, date, summary, applies, citations.sources(n, p, sourceIds),
                texts.localized(n, p, "projectReading", false));
    }
}
