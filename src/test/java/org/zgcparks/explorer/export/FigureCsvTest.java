package org.zgcparks.explorer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.dataset.DatasetLoader;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.LocalizedText;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;

/** The CSV of figures, read back with an independent parser and compared with the dataset. */
class FigureCsvTest {

    static Dataset ds;

    @BeforeAll
    static void load() throws Exception {
        ds = new DatasetLoader().loadBundled();
    }

    static byte[] csv(Dataset d, List<Park> parks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureCsv.write(d, parks, out);
        return out.toByteArray();
    }

    static List<CSVRecord> parse(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "starts with a byte order mark, so that Excel reads UTF-8");
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertEquals(FigureCsv.COLUMNS, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void everyFigureOfEveryParkRoundTrips() throws Exception {
        byte[] bytes = csv(ds, ds.parks());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<CSVRecord> rows = parse(bytes);
        List<Metric> expected = new ArrayList<>();
        List<Park> owners = new ArrayList<>();
        for (Park p : ds.parks()) {
            for (Metric m : ds.metricsOf(p.id())) {
                expected.add(m);
                owners.add(p);
            }
        }
        assertTrue(expected.size() > 50, "the bundled parks have many figures");
        assertEquals(expected.size(), rows.size());
        assertEquals(expected.size(), FigureCsv.rows(ds, ds.parks()));
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            Metric m = expected.get(i);
            Park p = owners.get(i);
            assertEquals(p.id(), r.get("park_id"));
            assertEquals(p.names().en(), r.get("park_name_en"));
            assertEquals(p.names().zh(), r.get("park_name_zh"));
            assertEquals(p.names().ru(), r.get("park_name_ru"));
            assertEquals(m.id(), r.get("figure_id"));
            assertEquals(m.name().en(), r.get("figure"));
            assertEquals(0, m.value().compareTo(new BigDecimal(r.get("value"))), m.id());
            assertEquals(m.valueTo().map(BigDecimal::toPlainString).orElse(""), r.get("value_to"), m.id());
            assertEquals(m.citations().stream().map(c -> c.at()).collect(Collectors.joining(
                    FigureCsv.SOURCE_SEPARATOR)), r.get("source_passage"), m.id());
            assertEquals(m.qualifier().id(), r.get("qualifier"));
            assertEquals(m.unit(), r.get("unit"));
            assertEquals(m.currency(), r.get("currency"));
            assertEquals(m.period().en(), r.get("period"));
            assertEquals(m.kind().id(), r.get("target_or_actual"));
            assertEquals(m.yoyChangePct().map(BigDecimal::toPlainString).orElse(""), r.get("yoy_change_pct"));
            String titles = String.join(FigureCsv.SOURCE_SEPARATOR,
                    m.sourceIds().stream().map(id -> ds.source(id).orElseThrow().title()).toList());
            assertEquals(titles, r.get("source_title"));
            String dates = String.join(FigureCsv.SOURCE_SEPARATOR,
                    m.sourceIds().stream().map(id -> ds.source(id).orElseThrow().date()).toList());
            assertEquals(dates, r.get("source_date"));
        }
    }

    @Test
    void chineseAndRussianNamesSurvive() throws Exception {
        Park bda = ds.park("bda").orElseThrow();
        List<CSVRecord> rows = parse(csv(ds, List.of(bda)));
        assertEquals(ds.metricsOf("bda").size(), rows.size());
        assertTrue(rows.get(0).get("park_name_zh").chars().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), rows.get(0).get("park_name_zh"));
        assertTrue(rows.get(0).get("park_name_ru").chars().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.CYRILLIC), rows.get(0).get("park_name_ru"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() throws Exception {
        Park bda = ds.park("bda").orElseThrow();
        Metric m = ds.metricsOf("bda").get(0);
        String awkward = "a, \"quoted\"\r\nsecond line";
        Metric odd = new Metric(m.id(), m.subjectId(), new LocalizedText(awkward, "", ""), m.qualifier(), m.value(),
                m.valueTo(), m.unit(), m.currency(), m.period(), m.kind(), m.yoyChangePct(), m.citations(), m.note(),
                m.projectReading());
        Dataset one = new Dataset(ds.info(), ds.sources(), ds.regions(), ds.districts(), ds.industryGroups(),
                ds.industries(), List.of(bda), List.of(), List.of(odd));
        byte[] bytes = csv(one, List.of(bda));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"a, \"\"quoted\"\"\r\nsecond line\""), text);
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        assertEquals(awkward, parse(bytes).get(0).get("figure"));
    }
}
