package org.zgcparks.explorer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.geo.Polygons;
import org.zgcparks.explorer.model.Citation;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.ParkKind;

class BundledDatasetTest {

    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    @Test
    void validatesAgainstTheShippedJsonSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schemaNode;
        JsonNode data;
        try (InputStream s = getClass().getResourceAsStream("/bundled/dataset/zgc-parks-dataset.schema.json");
             InputStream d = getClass().getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            schemaNode = mapper.readTree(s);
            data = mapper.readTree(d);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        Set<ValidationMessage> errors = schema.validate(data);
        assertTrue(errors.isEmpty(), () -> errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theSchemaRejectsABrokenPark() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schemaNode;
        try (InputStream s = getClass().getResourceAsStream("/bundled/dataset/zgc-parks-dataset.schema.json")) {
            schemaNode = mapper.readTree(s);
        }
        JsonNode broken = mapper.readTree(ValidationTest.VALID.replace("\"lat\": 39.98", "\"lat\": 31.0"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void everyParkHasThreeLanguagesAndLiesInBeijing() {
        for (Park p : ds.parks()) {
            assertFalse(p.names().en().isBlank(), p.id());
            assertFalse(p.names().zh().isBlank(), p.id());
            assertFalse(p.names().ru().isBlank(), p.id());
            assertTrue(p.names().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), p.id());
            assertTrue(p.names().ru().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), p.id());
            assertTrue(p.centre().lat() > 39.4 && p.centre().lat() < 41.1 && p.centre().lon() > 115.4 && p.centre().lon() < 117.55, p.id());
            assertFalse(p.description().en().isBlank(), p.id());
            p.outline().ifPresent(o -> {
                assertFalse(o.accuracyNote().isBlank(), p.id() + " outline needs an accuracy note");
                assertTrue(Polygons.contains(o, p.centre()), p.id() + " centre should be inside its outline (for several parts, in one)");
            });
            if (p.outline().isEmpty()) {
                assertFalse(p.positionNote().isBlank(), p.id() + " marker needs a position note");
            }
        }
    }

    @Test
    void sixteenSubParksOnePerDistrictPlusYizhuangAndETown() {
        List<Park> subParks = ds.parks().stream().filter(p -> p.kind() == ParkKind.SUB_PARK && !p.id().equals("yizhuang-park")).toList();
        assertEquals(16, subParks.size());
        assertEquals(16, subParks.stream().map(Park::districtId).distinct().count());
        assertEquals(16, ds.districts().size());
        assertEquals(ParkKind.DEVELOPMENT_ZONE, ds.park("bda").orElseThrow().kind());
        assertEquals("daxing", ds.park("yizhuang-park").orElseThrow().districtId());
        for (String place : List.of("zgc-street", "inno-way", "im-way", "northern-territory", "civil-military-zone",
                "bit-cmi-park", "cmi-industry-park", "yuquan-huigu", "science-city")) {
            assertEquals("haidian", ds.park(place).orElseThrow().districtId(), place);
        }
    }

    @Test
    void districtSubParksAreInTheirOwnDistrict() {
        for (var d : ds.districts()) {
            Park p = ds.park(d.id() + "-park").orElseThrow();
            assertEquals(d.id(), p.districtId());
        }
    }

    @Test
    void everyIndustryLinkMetricAndPolicyCitesAKnownSource() {
        Set<String> sources = ds.sources().stream().map(s -> s.id()).collect(Collectors.toSet());
        assertEquals(5, sources.size());
        ds.parks().forEach(p -> p.industries().forEach(l -> assertTrue(sources.containsAll(l.sourceIds()), p.id())));
        ds.metrics().forEach(m -> {
            assertTrue(sources.containsAll(m.sourceIds()), m.id());
            assertFalse(m.unit().isBlank(), m.id());
            assertFalse(m.period().isBlank(), m.id());
        });
        ds.policies().forEach(p -> assertTrue(sources.containsAll(p.sourceIds()), p.id()));
    }

    @Test
    void everyCitationOfTheBundledDatasetNamesItsParagraph() {
        List<Citation> all = new ArrayList<>();
        ds.parks().forEach(p -> {
            p.industries().forEach(l -> all.addAll(l.citations()));
            p.timeline().forEach(e -> all.add(e.citation()));
        });
        ds.districts().forEach(d -> d.leadingIndustries().forEach(l -> all.addAll(l.citations())));
        ds.industryGroups().forEach(g -> all.add(g.citation()));
        ds.metrics().forEach(m -> all.addAll(m.citations()));
        ds.policies().forEach(p -> all.addAll(p.citations()));
        assertTrue(all.size() > 250, "citations: " + all.size());
        for (var c : all) {
            assertTrue(FieldRules.LOCATOR.matcher(c.at()).matches(), () -> c + " needs a paragraph locator");
        }
        // the 2017 magazine article has sections: its locators name one, or count the introduction
        all.stream().filter(c -> c.sourceId().equals("bjmag-2017-zgc-landmark")).forEach(c ->
                assertTrue(c.at().matches("(Zhongguancun Street|Zhongguancun Inno Way|Zhongguancun I M Way|Northern Territory"
                        + "|Civil-military Integration Industry Demonstration Zone|The Center of Innovative District), ¶\\d.*|¶2"),
                        c::toString));
    }

    @Test
    void readingsBeyondTheSourcesAreMarkedAndTheSubParkCountExplained() {
        assertFalse(ds.region("zgc").orElseThrow().projectReading().isBlank());
        long marked = ds.parks().stream().filter(p -> !p.projectReading().isBlank()).count()
                + ds.parks().stream().flatMap(p -> p.industries().stream()).filter(l -> !l.projectReading().isBlank()).count()
                + ds.policies().stream().filter(p -> !p.projectReading().isBlank()).count()
                + ds.industries().stream().filter(i -> !i.projectReading().isBlank()).count();
        assertTrue(marked >= 15, "readings marked as the project's: " + marked);
    }

    @Test
    void zoneAndCityFiguresDoNotBelongToAPark() {
        assertTrue(ds.metricsOf("zgc").stream().anyMatch(m -> m.id().equals("zgc-distinctive-output")));
        assertTrue(ds.metricsOf("beijing").stream().anyMatch(m -> m.id().equals("beijing-2020-target-it")));
        assertTrue(ds.park("zgc").isEmpty() && ds.park("beijing").isEmpty());
    }
}
