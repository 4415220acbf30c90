package org.zgcparks.explorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated, immutable dataset with lookups by id. Build one through the dataset loader, which checks
 * that ids are unique and every reference resolves; this class assumes both.
 */
public final class Dataset {

    private final DatasetInfo info;
    private final List<Source> sources;
    private final List<Region> regions;
    private final List<District> districts;
    private final List<IndustryGroup> industryGroups;
    private final List<Industry> industries;
    private final List<Park> parks;
    private final List<Policy> policies;
    private final List<Metric> metrics;

    private final Map<String, Source> sourcesById;
    private final Map<String, Region> regionsById;
    private final Map<String, District> districtsById;
    private final Map<String, IndustryGroup> groupsById;
    private final Map<String, Industry> industriesById;
    private final Map<String, Park> parksById;
    private final Map<String, List<Metric>> metricsBySubject;
    private final Map<String, List<Policy>> policiesBySubject;

    public Dataset(DatasetInfo info, List<Source> sources, List<Region> regions, List<District> districts,
                   List<IndustryGroup> industryGroups, List<Industry> industries, List<Park> parks,
                   List<Policy> policies, List<Metric> metrics) {
        this.info = info;
        this.sources = List.copyOf(sources);
        this.regions = List.copyOf(regions);
        this.districts = List.copyOf(districts);
        this.industryGroups = List.copyOf(industryGroups);
        this.industries = List.copyOf(industries);
        this.parks = List.copyOf(parks);
        this.policies = List.copyOf(policies);
        this.metrics = List.copyOf(metrics);
        this.sourcesById = index(this.sources, Source::id);
        this.regionsById = index(this.regions, Region::id);
        this.districtsById = index(this.districts, District::id);
        this.groupsById = index(this.industryGroups, IndustryGroup::id);
        this.industriesById = index(this.industries, Industry::id);
        this.parksById = index(this.parks, Park::id);
        this.metricsBySubject = Collections.unmodifiableMap(this.metrics.stream()
                .collect(Collectors.groupingBy(Metric::subjectId, LinkedHashMap::new, Collectors.toUnmodifiableList())));
        Map<String, List<Policy>> bySubject = new LinkedHashMap<>();
        for (Policy p : this.policies) {
            for (String subject : p.appliesTo()) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(p);
            }
        }
        bySubject.replaceAll((k, v) -> List.copyOf(v));
        this.policiesBySubject = Collections.unmodifiableMap(bySubject);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public DatasetInfo info() { return info; }
    public List<Source> sources() { return sources; }
    public List<Region> regions() { return regions; }
    public List<District> districts() { return districts; }
    public List<IndustryGroup> industryGroups() { return industryGroups; }
    public List<Industry> industries() { return industries; }
    public List<Park> parks() { return parks; }
    public List<Policy> policies() { return policies; }
    public List<Metric> metrics() { return metrics; }

    public Optional<Park> park(String id) { return Optional.ofNullable(parksById.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sourcesById.get(id)); }
    public Optional<Region> region(String id) { return Optional.ofNullable(regionsById.get(id)); }
    public Optional<District> district(String id) { return Optional.ofNullable(districtsById.get(id)); }
    public Optional<Industry> industry(String id) { return Optional.ofNullable(industriesById.get(id)); }
    public Optional<IndustryGroup> industryGroup(String id) { return Optional.ofNullable(groupsById.get(id)); }

    /** Figures about the given park or region, in dataset order. */
    public List<Metric> metricsOf(String subjectId) {
        return metricsBySubject.getOrDefault(subjectId, List.of());
    }

    /** Policies that name the given park or region. */
    public List<Policy> policiesOf(String subjectId) {
        return policiesBySubject.getOrDefault(subjectId, List.of());
    }

    /** Parks whose parent is the given park or region. */
    public List<Park> childrenOf(String parentId) {
        return parks.stream().filter(p -> parentId.equals(p.parentId())).toList();
    }

    /** Parks that lie (at least partly) in the given district. */
    public List<Park> parksInDistrict(String districtId) {
        return parks.stream().filter(p -> p.inDistrict(districtId)).toList();
    }

    /** A display name for any id of the dataset (park, region, district, industry, source), else the id. */
    public Names namesOf(String id) {
        if (parksById.containsKey(id)) return parksById.get(id).names();
        if (regionsById.containsKey(id)) return regionsById.get(id).names();
        if (districtsById.containsKey(id)) return districtsById.get(id).names();
        if (industriesById.containsKey(id)) return industriesById.get(id).names();
        return new Names(id, id, id, "");
    }

    /**
     * The sources a park's content cites (its industries, timeline, metrics and policies), oldest first.
     */
    public List<Source> sourcesOf(Park park) {
        Set<String> ids = new LinkedHashSet<>();
        park.industries().forEach(l -> ids.addAll(l.sourceIds()));
        park.timeline().forEach(e -> ids.add(e.sourceId()));
        metricsOf(park.id()).forEach(m -> ids.addAll(m.sourceIds()));
        policiesOf(park.id()).forEach(p -> ids.addAll(p.sourceIds()));
        return ids.stream().map(sourcesById::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Source::date)).toList();
    }
}
