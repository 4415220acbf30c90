package org.zgcparks.explorer.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.DatasetInfo;
import org.zgcparks.explorer.model.DateSpec;
import org.zgcparks.explorer.model.District;
import org.zgcparks.explorer.model.GeoPoint;
import org.zgcparks.explorer.model.Industry;
import org.zgcparks.explorer.model.IndustryGroup;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Names;
import org.zgcparks.explorer.model.Outline;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Qualifier;
import org.zgcparks.explorer.model.Region;
import org.zgcparks.explorer.model.Ring;
import org.zgcparks.explorer.model.Role;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.model.TimelineEvent;

/**
 * Maps a located JSON tree onto the model and checks it: required fields and types, unique ids, references,
 * coordinates inside Beijing, closed simple polygons, metrics with unit and period. Problems are collected,
 * never thrown, so a user sees all of them at once.
 */
final class DatasetMapper {

    /** Format identifier a dataset file must declare. */
    static final String FORMAT = "zgc-parks-dataset/1";

    /** A generous box around Beijing Municipality (WGS-84). */
    static final double MIN_LAT = 39.40, MAX_LAT = 41.10, MIN_LON = 115.40, MAX_LON = 117.55;

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final LocatedJson json;
    private final List<Problem> problems;
    /** Every id defined anywhere, with the pointer of its first definition. */
    private final Map<String, String> allIds = new HashMap<>();
    private final List<Runnable> referenceChecks = new ArrayList<>();
    private final RingChecks ringChecks;

    DatasetMapper(LocatedJson json, List<Problem> problems) {
        this.json = json;
        this.problems = problems;
        this.ringChecks = new RingChecks(json.limits());
    }

    Dataset map() {
        JsonNode root = json.root();
        if (!root.isObject()) {
            problem("", "the dataset must be a JSON object");
            return null;
        }
        String format = text(root, "", "format", true);
        if (format != null && !FORMAT.equals(format)) {
            problem("/format", "unsupported format \"" + format + "\": expected \"" + FORMAT + "\"");
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
        List<Source> sources = list(root, "sources", this::source);
        List<Region> regions = list(root, "regions", this::region);
        List<IndustryGroup> groups = list(root, "industryGroups", (n, p) -> industryGroup(n, p, sourceIds));
        List<Industry> industries = list(root, "industries", (n, p) -> industry(n, p, groupIds));
        List<District> districts = list(root, "districts", (n, p) -> district(n, p, industryIds, sourceIds));
        List<Park> parks = list(root, "parks", (n, p) -> park(n, p, industryIds, sourceIds, districtIds));
        List<Policy> policies = list(root, "policies", (n, p) -> policy(n, p, subjects, sourceIds));
        List<Metric> metrics = list(root, "metrics", (n, p) -> metric(n, p, subjects, sourceIds));
        checkParents(root, parks, subjects);
        referenceChecks.forEach(Runnable::run);
        if (info == null) {
            return null;
        }
        return new Dataset(info, sources, regions, districts, groups, industries, parks, policies, metrics);
    }

    // ---- entities -------------------------------------------------------------------------------------

    private DatasetInfo info(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            problem(p, "missing object \"info\" (name, version, asOf)");
            return null;
        }
        LocalizedText titles = textOrLocalized(n, p, "name", true);
        String name = titles.isBlank() ? null : titles.en();
        String version = text(n, p, "version", true);
        String asOf = date(n, p, "asOf", true);
        LocalizedText description = localized(n, p, "description", false);
        String licence = text(n, p, "licence", false);
        return new DatasetInfo(name, version, asOf, description, licence == null ? "" : licence, titles);
    }

    private Source source(JsonNode n, String p) {
        String id = id(n, p);
        LocalizedText titles = textOrLocalized(n, p, "title", true);
        LocalizedText publishers = textOrLocalized(n, p, "publisher", true);
        return new Source(id, titles.isBlank() ? null : titles.en(), publishers.isBlank() ? null : publishers.en(),
                date(n, p, "date", true), text(n, p, "language", true), titles, publishers);
    }

    private Region region(JsonNode n, String p) {
        return new Region(id(n, p), names(n, p, true), localized(n, p, "description", false),
                localized(n, p, "projectReading", false));
    }

    private IndustryGroup industryGroup(JsonNode n, String p, Set<String> sourceIds) {
        String id = id(n, p);
        Names names = names(n, p, false);
        Citation citation = citation(n, p, sourceIds);
        return new IndustryGroup(id, names, localized(n, p, "description", false), citation);
    }

    private Industry industry(JsonNode n, String p, Set<String> groupIds) {
        String id = id(n, p);
        Names names = names(n, p, true);
        List<String> groups = strings(n, p, "groups");
        for (int i = 0; i < groups.size(); i++) {
            reference(p + "/groups/" + i, groups.get(i), groupIds, "industry group");
        }
        return new Industry(id, names, groups, strings(n, p, "aliases"), localized(n, p, "projectReading", false));
    }

    private District district(JsonNode n, String p, Set<String> industryIds, Set<String> sourceIds) {
        String id = id(n, p);
        Names names = names(n, p, true);
        List<IndustryLink> links = links(n, p, "leadingIndustries", industryIds, sourceIds);
        return new District(id, names, links);
    }

    private Park park(JsonNode n, String p, Set<String> industryIds, Set<String> sourceIds, Set<String> districtIds) {
        String id = id(n, p);
        Names names = names(n, p, true);
        String kindId = text(n, p, "kind", true);
        ParkKind kind = null;
        if (kindId != null) {
            kind = ParkKind.fromId(kindId).orElse(null);
            if (kind == null) {
                problem(p + "/kind", "unknown park kind \"" + kindId + "\"; expected one of "
                        + java.util.Arrays.stream(ParkKind.values()).map(ParkKind::id).toList());
            }
        }
        String parent = text(n, p, "parent", false);
        List<String> districts = districts(n, p, districtIds);
        GeoPoint centre = point(n.get("centre"), p + "/centre");
        LocalizedText positionNote = textOrLocalized(n, p, "positionNote", false);
        Optional<Outline> outline = Optional.empty();
        if (n.has("outline") && !n.get("outline").isNull()) {
            outline = Optional.ofNullable(outline(n.get("outline"), p + "/outline"));
        }
        LocalizedText description = localized(n, p, "description", true);
        List<IndustryLink> links = links(n, p, "industries", industryIds, sourceIds);
        List<TimelineEvent> timeline = new ArrayList<>();
        JsonNode events = n.get("timeline");
        if (events != null && !events.isArray()) {
            problem(p + "/timeline", "\"timeline\" must be an array");
        } else if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                String ep = p + "/timeline/" + i;
                JsonNode e = events.get(i);
                if (!e.isObject()) {
                    problem(ep, "a timeline event must be an object");
                    continue;
                }
                Citation citation = citation(e, ep, sourceIds);
                timeline.add(new TimelineEvent(when(e, ep), localized(e, ep, "text", true), citation));
            }
        }
        if (kind == null || centre == null) {
            return null;
        }
        return new Park(id, names, strings(n, p, "aliases"), kind, parent, districts, centre,
                positionNote, outline, description,
                links, timeline, localized(n, p, "projectReading", false));
    }

    private Policy policy(JsonNode n, String p, Set<String> subjects, Set<String> sourceIds) {
        String id = id(n, p);
        LocalizedText title = localized(n, p, "title", true);
        LocalizedText issuer = textOrLocalized(n, p, "issuer", true);
        DateSpec date = when(n, p);
        LocalizedText summary = localized(n, p, "summary", true);
        List<String> applies = strings(n, p, "appliesTo");
        if (applies.isEmpty()) {
            problem(p + "/appliesTo", "a policy must name at least one park or region it applies to");
        }
        for (int i = 0; i < applies.size(); i++) {
            reference(p + "/appliesTo/" + i, applies.get(i), subjects, "park or region");
        }
        return new Policy(id, title, issuer, date, summary, applies, sources(n, p, sourceIds),
                localized(n, p, "projectReading", false));
    }

    private Metric metric(JsonNode n, String p, Set<String> subjects, Set<String> sourceIds) {
        String id = id(n, p);
        String subject = text(n, p, "subject", true);
        reference(p + "/subject", subject, subjects, "park or region");
        LocalizedText name = localized(n, p, "name", true);
        Qualifier qualifier = Qualifier.EXACT;
        String q = text(n, p, "qualifier", false);
        if (q != null) {
            qualifier = Qualifier.fromId(q).orElse(null);
            if (qualifier == null) {
                problem(p + "/qualifier", "unknown qualifier \"" + q + "\"; expected one of "
                        + java.util.Arrays.stream(Qualifier.values()).map(Qualifier::id).toList());
            }
        }
        BigDecimal value = number(n, p, "value", true);
        BigDecimal valueTo = number(n, p, "valueTo", false);
        if (value != null && valueTo != null && valueTo.compareTo(value) <= 0) {
            problem(p + "/valueTo", "\"valueTo\" (" + valueTo.toPlainString() + ") must be greater than \"value\" ("
                    + value.toPlainString() + "): a range runs from value to valueTo");
        }
        String unit = text(n, p, "unit", false);
        if (unit == null || unit.isBlank()) {
            problem(p + "/unit", "metric \"" + id + "\" has no unit (use e.g. \"companies\", \"billion\", \"%\")");
        }
        String currency = text(n, p, "currency", false);
        if (currency != null && !currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            problem(p + "/currency", "currency must be an ISO 4217 code such as CNY or USD, not \"" + currency + "\"");
        }
        LocalizedText period = textOrLocalized(n, p, "period", false);
        if (period.isBlank()) {
            problem(p + "/period", "metric \"" + id + "\" has no period (e.g. \"2020 target\", \"H1 2024\")");
        }
        String kindId = text(n, p, "kind", true);
        MetricKind kind = null;
        if (kindId != null) {
            kind = MetricKind.fromId(kindId).orElse(null);
            if (kind == null) {
                problem(p + "/kind", "metric kind must be \"actual\" or \"target\", not \"" + kindId + "\"");
            }
        }
        Optional<BigDecimal> yoy = Optional.ofNullable(number(n, p, "yoyChangePct", false));
        List<Citation> sources = sources(n, p, sourceIds);
        LocalizedText note = textOrLocalized(n, p, "note", false);
        return new Metric(id, subject, name, qualifier, value, Optional.ofNullable(valueTo), unit == null ? "" : unit,
                currency == null ? "" : currency, period, kind, yoy, sources,
                note, localized(n, p, "projectReading", false));
    }

    private void checkParents(JsonNode root, List<Park> parks, Set<String> subjects) {
        JsonNode arr = root.get("parks");
        for (int i = 0; arr != null && arr.isArray() && i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            JsonNode parent = n == null ? null : n.get("parent");
            if (parent != null && parent.isTextual()) {
                String id = n.path("id").asText();
                String parentId = parent.asText();
                if (parentId.equals(id)) {
                    problem("/parks/" + i + "/parent", "park \"" + id + "\" cannot be its own parent");
                } else {
                    reference("/parks/" + i + "/parent", parentId, subjects, "park or region");
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
                    problem(pointerOfId("/parks", start) + "/parent", "park \"" + start + "\" is its own ancestor");
                    break;
                }
                cur = parentOf.get(cur);
            }
        }
    }

    // ---- values ---------------------------------------------------------------------------------------

    private List<IndustryLink> links(JsonNode n, String p, String field, Set<String> industryIds, Set<String> sourceIds) {
        List<IndustryLink> links = new ArrayList<>();
        JsonNode arr = n.get(field);
        if (arr == null || arr.isNull()) {
            return links;
        }
        if (!arr.isArray()) {
            problem(p + "/" + field, "\"" + field + "\" must be an array");
            return links;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String lp = p + "/" + field + "/" + i;
            JsonNode l = arr.get(i);
            if (!l.isObject()) {
                problem(lp, "an industry link must be an object with \"industry\", \"role\" and \"source\"");
                continue;
            }
            String industry = text(l, lp, "industry", true);
            reference(lp + "/industry", industry, industryIds, "industry");
            String roleId = text(l, lp, "role", true);
            Role role = roleId == null ? null : Role.fromId(roleId).orElse(null);
            if (roleId != null && role == null) {
                problem(lp + "/role", "role must be \"leading\", \"developing\" or \"planned\", not \"" + roleId + "\"");
            }
            List<Citation> sources = sources(l, lp, sourceIds);
            LocalizedText note = textOrLocalized(l, lp, "note", false);
            LocalizedText reading = localized(l, lp, "projectReading", false);
            if (industry != null && !seen.add(industry)) {
                problem(lp + "/industry", "industry \"" + industry + "\" is linked twice; list all its sources in one link");
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
    private List<Citation> sources(JsonNode n, String p, Set<String> sourceIds) {
        JsonNode arr = n.get("sources");
        if (arr == null) {
            problem(p, "missing \"sources\": the ids of the articles that state this");
            return List.of();
        }
        List<Citation> sources = new ArrayList<>();
        if (!arr.isArray()) {
            problem(p + "/sources", "\"sources\" must be an array of source ids or {\"source\", \"at\"} objects");
            return sources;
        }
        for (int i = 0; i < arr.size(); i++) {
            String cp = p + "/sources/" + i;
            JsonNode c = arr.get(i);
            if (c.isTextual()) {
                reference(cp, c.asText(), sourceIds, "source");
                sources.add(Citation.of(c.asText()));
            } else if (c.isObject()) {
                Citation citation = citation(c, cp, sourceIds);
                if (citation != null) {
                    sources.add(citation);
                }
            } else {
                problem(cp, "a source must be a source id or an object {\"source\": id, \"at\": \"¶N\"}");
            }
        }
        if (arr.isEmpty()) {
            problem(p + "/sources", "\"sources\" must name at least one source");
        }
        return sources;
    }

    /** A "source" id with an optional "at" paragraph locator, in the object n. */
    private Citation citation(JsonNode n, String p, Set<String> sourceIds) {
        String source = text(n, p, "source", true);
        reference(p + "/source", source, sourceIds, "source");
        String at = text(n, p, "at", false);
        if (at != null) {
            FieldRules.locatorProblem(at).ifPresent(msg -> problem(p + "/at", msg));
        }
        return source == null ? null : new Citation(source, at);
    }

    /**
     * The park's district: "district" (one id) or "districts" (several, the main one first, for a park that
     * spans a district line), each checked.
     */
    private List<String> districts(JsonNode n, String p, Set<String> districtIds) {
        if (n.has("district") && n.has("districts")) {
            problem(p + "/districts", "give either \"district\" or \"districts\", not both");
        }
        if (!n.has("districts")) {
            String district = text(n, p, "district", true);
            reference(p + "/district", district, districtIds, "district");
            return district == null ? List.of() : List.of(district);
        }
        List<String> districts = strings(n, p, "districts");
        if (districts.isEmpty()) {
            problem(p + "/districts", "\"districts\" must name at least one district");
        }
        for (int i = 0; i < districts.size(); i++) {
            if (districts.indexOf(districts.get(i)) < i) {
                problem(p + "/districts/" + i, "district \"" + districts.get(i) + "\" is named twice");
            }
            reference(p + "/districts/" + i, districts.get(i), districtIds, "district");
        }
        return districts;
    }

    private Outline outline(JsonNode n, String p) {
        if (!n.isObject()) {
            problem(p, "\"outline\" must be an object with \"parts\" and \"accuracy\"");
            return null;
        }
        LocalizedText accuracy = textOrLocalized(n, p, "accuracy", true);
        JsonNode parts = n.get("parts");
        if (parts == null || !parts.isArray() || parts.isEmpty()) {
            problem(p + "/parts", "an outline needs \"parts\": an array of one or more rings");
            return null;
        }
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String rp = p + "/parts/" + i;
            JsonNode ringNode = parts.get(i);
            if (!ringNode.isArray()) {
                problem(rp, "a ring must be an array of [longitude, latitude] pairs");
                continue;
            }
            String tooMany = ringChecks.admit(ringNode.size());
            if (tooMany != null) {
                problem(rp, tooMany);
                continue;
            }
            List<GeoPoint> points = new ArrayList<>();
            boolean ok = true;
            for (int k = 0; k < ringNode.size(); k++) {
                GeoPoint pt = lonLatPair(ringNode.get(k), rp + "/" + k);
                if (pt == null) {
                    ok = false;
                } else {
                    points.add(pt);
                }
            }
            if (!ok) {
                continue;
            }
            if (points.size() < 4) {
                problem(rp, "a ring needs at least 4 positions (a triangle plus the closing point), found "
                        + points.size());
                continue;
            }
            Ring ring = new Ring(points);
            if (!Polygons.isClosed(ring)) {
                problem(rp + "/" + (points.size() - 1), "the ring is not closed: its last position must repeat the first "
                        + fmt(points.get(0)));
                continue;
            }
            int crossing = Polygons.firstSelfIntersection(ring);
            if (crossing >= 0) {
                problem(rp + "/" + crossing, "the ring intersects itself: the edge from position " + crossing
                        + " to " + (crossing + 1) + " crosses another edge");
                continue;
            }
            rings.add(ring);
        }
        return rings.isEmpty() ? null : new Outline(rings, accuracy);
    }

    private GeoPoint point(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            problem(p, "missing position: an object {\"lat\": ..., \"lon\": ...}");
            return null;
        }
        BigDecimal lat = number(n, p, "lat", true);
        BigDecimal lon = number(n, p, "lon", true);
        if (lat == null || lon == null) {
            return null;
        }
        return checkInBeijing(lat.doubleValue(), lon.doubleValue(), p);
    }

    private GeoPoint lonLatPair(JsonNode n, String p) {
        if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            problem(p, "a position in a ring must be a [longitude, latitude] pair of numbers");
            return null;
        }
        return checkInBeijing(n.get(1).doubleValue(), n.get(0).doubleValue(), p);
    }

    private GeoPoint checkInBeijing(double lat, double lon, String p) {
        boolean latOk = lat >= MIN_LAT && lat <= MAX_LAT;
        boolean lonOk = lon >= MIN_LON && lon <= MAX_LON;
        if (latOk && lonOk) {
            return new GeoPoint(lat, lon);
        }
        boolean swapped = lon >= MIN_LAT && lon <= MAX_LAT && lat >= MIN_LON && lat <= MAX_LON;
        if (swapped) {
            problem(p, "latitude and longitude look swapped: latitude " + lat + ", longitude " + lon
                    + " (rings use [longitude, latitude]; centres use {\"lat\", \"lon\"})");
        } else {
            problem(p, "position (latitude " + lat + ", longitude " + lon + ") is outside Beijing (latitude "
                    + MIN_LAT + "–" + MAX_LAT + ", longitude " + MIN_LON + "–" + MAX_LON + ")");
        }
        return null;
    }

    private Names names(JsonNode n, String p, boolean requireAllLanguages) {
        JsonNode names = n.get("names");
        String np = p + "/names";
        if (names == null || !names.isObject()) {
            problem(np, "missing \"names\": an object with \"en\", \"zh\", \"ru\" and optionally \"pinyin\"");
            return new Names(n.path("id").asText("?"), "", "", "");
        }
        String en = text(names, np, "en", true);
        String zh = text(names, np, "zh", requireAllLanguages);
        String ru = text(names, np, "ru", requireAllLanguages);
        String pinyin = text(names, np, "pinyin", false);
        if (pinyin != null && pinyin.isBlank()) {
            problem(np + "/pinyin", "\"pinyin\" must not be empty: leave it out where there is none");
        }
        return new Names(en == null ? "" : en, zh == null ? "" : zh, ru == null ? "" : ru,
                pinyin == null ? "" : pinyin);
    }

    /** A text that may also be written as a plain string, read as English only (for fields that were strings). */
    private LocalizedText textOrLocalized(JsonNode n, String p, String field, boolean required) {
        JsonNode t = n.get(field);
        if (t != null && t.isTextual()) {
            return LocalizedText.english(t.asText());
        }
        return localized(n, p, field, required);
    }

    private LocalizedText localized(JsonNode n, String p, String field, boolean required) {
        JsonNode t = n.get(field);
        String tp = p + "/" + field;
        if (t == null || t.isNull()) {
            if (required) {
                problem(tp, "missing \"" + field + "\": an object with at least \"en\"");
            }
            return new LocalizedText("", "", "");
        }
        if (!t.isObject()) {
            problem(tp, "\"" + field + "\" must be an object {\"en\": ..., \"zh\": ..., \"ru\": ...}");
            return new LocalizedText("", "", "");
        }
        String en = text(t, tp, "en", true);
        String zh = text(t, tp, "zh", false);
        String ru = text(t, tp, "ru", false);
        return new LocalizedText(en == null ? "" : en, zh == null ? "" : zh, ru == null ? "" : ru);
    }

    private String id(JsonNode n, String p) {
        String id = text(n, p, "id", true);
        if (id == null) {
            return "";
        }
        if (!ID.matcher(id).matches()) {
            problem(p + "/id", "id \"" + id + "\" must be lower-case letters and digits separated by single hyphens");
        }
        String first = allIds.putIfAbsent(id, p);
        if (first != null) {
            problem(p + "/id", "duplicate id \"" + id + "\": already defined at " + first);
        }
        return id;
    }

    /** The "date" of a policy or timeline event: exact, a range, "by" a date, or approximate. */
    private DateSpec when(JsonNode n, String p) {
        String d = text(n, p, "date", true);
        if (d == null) {
            return DateSpec.exact("");
        }
        FieldRules.dateProblem(d).ifPresent(msg -> problem(p + "/date", msg));
        return DateSpec.parse(d).orElse(DateSpec.exact(d));
    }

    private String date(JsonNode n, String p, String field, boolean required) {
        String d = text(n, p, field, required);
        if (d != null && !DATE.matcher(d).matches()) {
            problem(p + "/" + field, "\"" + d + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return d == null ? "" : d;
    }

    private String text(JsonNode n, String p, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p.isEmpty() ? "" : p, "missing required field \"" + field + "\"");
            }
            return null;
        }
        if (!v.isTextual()) {
            problem(p + "/" + field, "\"" + field + "\" must be a string");
            return null;
        }
        if (required && v.asText().isBlank()) {
            problem(p + "/" + field, "\"" + field + "\" must not be empty");
        }
        return v.asText();
    }

    private BigDecimal number(JsonNode n, String p, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(p, "missing required number \"" + field + "\"");
            }
            return null;
        }
        if (!v.isNumber()) {
            problem(p + "/" + field, "\"" + field + "\" must be a number");
            return null;
        }
        return v.decimalValue();
    }

    private List<String> strings(JsonNode n, String p, String field) {
        JsonNode arr = n.get(field);
        List<String> out = new ArrayList<>();
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            problem(p + "/" + field, "\"" + field + "\" must be an array of strings");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isTextual()) {
                problem(p + "/" + field + "/" + i, "must be a string");
            } else {
                out.add(arr.get(i).asText());
            }
        }
        return out;
    }

    private <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> mapper) {
        JsonNode arr = root.get(field);
        List<T> out = new ArrayList<>();
        if (arr == null || !arr.isArray()) {
            problem(arr == null ? "" : "/" + field, "missing array \"" + field + "\"");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            String p = "/" + field + "/" + i;
            if (!arr.get(i).isObject()) {
                problem(p, "each entry of \"" + field + "\" must be an object");
                continue;
            }
            T item = mapper.apply(arr.get(i), p);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static Set<String> declaredIds(JsonNode root, String field) {
        Set<String> ids = new HashSet<>();
        JsonNode arr = root.get(field);
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> {
                if (n.isObject() && n.path("id").isTextual()) {
                    ids.add(n.get("id").asText());
                }
            });
        }
        return ids;
    }

    /** Checks a reference once every id is known (parks may name parents defined later). */
    private void reference(String pointer, String id, Set<String> known, String what) {
        if (id == null) {
            return;
        }
        referenceChecks.add(() -> {
            if (!known.contains(id)) {
                problem(pointer, "unknown " + what + " \"" + id + "\"");
            }
        });
    }

    private String pointerOfId(String prefix, String id) {
        String p = allIds.get(id);
        return p == null ? prefix : p;
    }

    private void problem(String pointer, String message) {
        problems.add(json.problem(pointer, message));
    }

    private static String fmt(GeoPoint p) {
        return "[" + p.lon() + ", " + p.lat() + "]";
    }
}
