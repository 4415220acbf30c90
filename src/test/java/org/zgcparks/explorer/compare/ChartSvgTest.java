package org.zgcparks.explorer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zgcparks.explorer.export.ExportException;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;

/** A chart's SVG is a vector drawing of the chart's data: a bar per park with its value, the unit, period, targets. */
class ChartSvgTest {

    static Dataset ds;
    static Park a, b, c;

    @BeforeAll
    static void load() throws Exception {
        ParkComparisonTest.load();
        a = ParkComparisonTest.a;
        b = ParkComparisonTest.b;
        c = ParkComparisonTest.c;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the document names the SVG DTD; parse without fetching it (tests reach no host but loopback)
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> bars(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("bar ")) {
                out.add(g);
            }
        }
        return out;
    }

    static String text(Document doc) {
        StringBuilder sb = new StringBuilder();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            sb.append(texts.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aFigureChartHasABarPerParkWithItsValueInOrderWithUnitPeriodAndTargetMarks() throws Exception {
        Metric ta = ParkComparisonTest.m("t1", a, "Output value", "88.52", "billion", "CNY", "2025", MetricKind.TARGET);
        Metric tc = ParkComparisonTest.m("t3", c, "Output value", "30", "billion", "CNY", "2025", MetricKind.TARGET);
        ParkComparison cmp = ParkComparison.of(ParkComparisonTest.with(ta, tc), List.of(a, b, c));
        BarChartModel model = new ChartModels(new Messages(Locale.ENGLISH)).figure(cmp.figureRows().get(0), cmp.parks());

        Document doc = parse(ChartSvg.svg(model));
        List<Element> bars = bars(doc);
        assertEquals(2, bars.size(), "a bar per park with the figure; none for the park without it");
        assertEquals(List.of(a.names().en(), c.names().en()), bars.stream().map(e -> e.getAttribute("data-category")).toList());
        assertEquals(List.of("88.52", "30"), bars.stream().map(e -> e.getAttribute("data-value")).toList());
        for (Element bar : bars) {
            assertTrue(bar.getAttribute("class").contains("target"), bar.getAttribute("class"));
            assertTrue(bar.getElementsByTagNameNS("*", "rect").getLength() > 0
                    || bar.getElementsByTagNameNS("*", "path").getLength() > 0, "the bar is drawn as a shape");
        }
        assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), "vectors, not a bitmap");
        String text = text(doc);
        assertTrue(text.contains("Output value — 2025"), text);
        assertTrue(text.contains("Target (2025)"), "the legend marks the bars as targets: " + text);
        assertTrue(text.contains("CNY 88.52 billion") && text.contains("CNY 30 billion"), text);
        assertTrue(text.contains(a.names().en()) && text.contains(c.names().en()), text);
        assertFalse(text.contains(b.names().en()), text);
    }

    @Test
    void inChineseTheChartSpeaksChinese() throws Exception {
        Metric xa = ParkComparisonTest.m("x1", a, "Output value", "88.52", "billion", "CNY", "2024", MetricKind.ACTUAL);
        Metric xb = ParkComparisonTest.m("x2", b, "Output value", "12", "billion", "CNY", "2024", MetricKind.ACTUAL);
        ParkComparison cmp = ParkComparison.of(ParkComparisonTest.with(xa, xb), List.of(a, b));
        BarChartModel model = new ChartModels(new Messages(Locale.CHINESE)).figure(cmp.figureRows().get(0), cmp.parks());
        Document doc = parse(ChartSvg.svg(model));
        String text = text(doc);
        assertTrue(text.contains("885.2 亿元"), text);
        assertTrue(text.contains(a.names().zh()), text);
        assertEquals(List.of("actual", "actual"), bars(doc).stream()
                .map(e -> e.getAttribute("class").replace("bar ", "")).toList());
    }

    @Test
    void theIndustriesChartStacksRolesAndCountsWholeParks() throws Exception {
        ds = ParkComparisonTest.bundled;
        BarChartModel model = new ChartModels(new Messages(Locale.ENGLISH)).industries(ds, ds.parks(), "");
        assertEquals(IndustryCounts.top(ds.parks(), ChartModels.TOP_INDUSTRIES).size(), model.categories().size());
        model.ticks().forEach(t -> assertEquals(Math.rint(t.value()), t.value(), "whole parks"));
        Document doc = parse(ChartSvg.svg(model));
        IndustryCounts.Count top = IndustryCounts.top(ds.parks(), 1).get(0);
        double sum = bars(doc).stream().filter(e -> e.getAttribute("id").endsWith("-0"))
                .mapToDouble(e -> Double.parseDouble(e.getAttribute("data-value"))).sum();
        assertEquals(top.total(), sum, 0, "the first industry's segments add up to its parks");
        assertTrue(text(doc).contains("Parks"), "the value axis says what it counts");
    }

    @Test
    void aFolderThatDoesNotExistGetsAClearMessageAndNoFile(@TempDir Path dir) throws Exception {
        BarChartModel model = new ChartModels(new Messages(Locale.ENGLISH))
                .industries(ParkComparisonTest.bundled, ParkComparisonTest.bundled.parks(), "");
        Path bad = dir.resolve("missing").resolve("chart.svg");
        ExportException e = assertThrows(ExportException.class, () -> ChartSvg.write(model, bad));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        Path good = dir.resolve("chart.svg");
        ChartSvg.write(model, good);
        assertTrue(Files.readString(good).contains("<svg"));
    }
}
