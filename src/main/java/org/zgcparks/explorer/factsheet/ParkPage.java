package org.zgcparks.explorer.factsheet;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Role;
import org.zgcparks.explorer.model.Source;

/**
 * Lays out one park's fact sheet on one page: title block, map (drawn by {@link ParkMapRenderer}) and its credits, then the description, industries by role, a table of key figures, policies and sources, and a
 * footer with the approximation note, generation date, app version and page number. Sections that would run
 * off the page are cut short with a note of how much is left out, so every park takes exactly one page.
 */
final class ParkPage {

    static final float MARGIN = 40;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    static final Color ACCENT = new Color(0x2F, 0x6D, 0xB3);

    /** What every page of one document shares. */
    record Context(Dataset dataset, Messages messages, Formats formats, ParkMapRenderer maps,
                   String tileCredit, String tileCreditUrl, String generated, String version) {
    }

    private ParkPage() {
    }

    static void draw(PDDocument doc, PDPage page, PdfFonts.DocumentFonts fonts, Context ctx, Park park,
                     int pageNo, int pageCount) throws IOException {
        PDRectangle box = page.getMediaBox();
        float w = box.getWidth(), h = box.getHeight();
        float x0 = MARGIN, x1 = w - MARGIN, cw = x1 - x0;
        Messages m = ctx.messages();
        Dataset ds = ctx.dataset();
        Locale locale = m.locale();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PdfText t = new PdfText(cs, fonts);
            neatline(cs, w, h);
            float y = h - MARGIN - 16;

            // ---- title block
            t.line(t.fit(park.names().en(), 17, cw), x0, y, 17, INK, true);
            y -= 18;
            String zh = park.names().zh() + (park.names().ru().isBlank() ? "" : "   " + park.names().ru());
            t.line(t.fit(zh, 12, cw), x0, y, 12, INK, false);
            y -= 14;
            String district = ds.district(park.districtId()).map(d -> d.names().in(locale)).orElse(park.districtId());
            String parent = park.parentId() == null || park.parentId().isBlank() ? ""
                    : " · " + m.get("sheet.partOf", ds.namesOf(park.parentId()).in(locale));
            String newest = ds.sourcesOf(park).stream().map(Source::date).max(Comparator.naturalOrder())
                    .orElse(ds.info().asOf());
            t.line(t.fit(m.get("kind." + park.kind().id()) + " · " + district + parent + " · "
                    + m.get("sheet.asOf", newest), 8.5f, cw), x0, y, 8.5f, GREY, false);
            y -= 7;
            rule(cs, x0, x1, y);
            y -= 6;

            // ---- map
            float mapH = Math.min(290, (h - 2 * MARGIN) * 0.36f);
            float mapY = y - mapH;
            ParkMapRenderer.SheetMap map = ctx.maps().draw(doc, cs, fonts, ds.parks(), park, x0, mapY, cw, mapH);
            box(cs, x0, mapY, cw, mapH, 0.6f, INK);
            y = mapY - 9;
            String credit = map.sourceTilesUsed() && !ctx.tileCredit().isBlank()
                    ? m.get("sheet.map.credit", ctx.tileCredit(), ctx.tileCreditUrl().replaceFirst("^https?://(www\\.)?", ""))
                    : m.get("sheet.map.offline");
            String credits = credit + " · " + m.get("sheet.map.outlines")
                    + (map.basemapCredit().isBlank() ? "" : " · " + m.get("sheet.map.basemap", map.basemapCredit()));
            for (String line : t.wrap(credits, 6f, cw)) {
                t.line(line, x0, y, 6f, GREY, false);
                y -= 7.5f;
            }
            y -= 14;

            float footerTop = MARGIN + 22;

            // ---- description and key facts
            y = heading(t, m.get("sheet.about"), x0, y);
            String desc = park.description().in(locale);
            for (String line : limit(t.wrap(desc, 8.5f, cw), 4)) {
                t.line(line, x0, y, 8.5f, INK, false);
                y -= 10.5f;
            }
            String facts = m.get("overview.area") + ": " + ctx.formats().area(park);
            t.line(t.fit(facts, 7.5f, cw), x0, y, 7.5f, GREY, false);
            y -= 14;

            // ---- industries by role
            y = heading(t, m.get("sheet.industries"), x0, y);
            if (park.industries().isEmpty()) {
                t.line(m.get("industries.none"), x0, y, 8, GREY, false);
                y -= 10;
            }
            for (Role role : Role.values()) {
                List<String> names = park.industries().stream().filter(l -> l.role() == role)
                        .map(IndustryLink::industryId).map(id -> ds.industry(id).map(i -> i.names().in(locale)).orElse(id))
                        .toList();
                if (names.isEmpty()) {
                    continue;
                }
                String label = m.get("role." + role.id()) + ": ";
                float lw = t.width(label, 8);
                t.line(label, x0, y, 8, INK, true);
                for (String line : limit(t.wrap(String.join(", ", names), 8, cw - lw), 3)) {
                    t.line(line, x0 + lw, y, 8, INK, false);
                    y -= 10;
                }
            }
            y -= 4;

            // ---- how much room is left: policies and sources are short, figures take the rest
            List<Policy> policies = ds.policiesOf(park.id());
            List<Source> sources = ds.sourcesOf(park);
            int policyLines = Math.min(Math.max(1, policies.size()), 5);
            float tail = 14 + policyLines * 10 + 14 + sources.size() * 9 + 6;
            List<Metric> metrics = ds.metricsOf(park.id());
            float rowH = 9.5f;
            int rowsFit = (int) Math.floor((y - footerTop - tail - 14 - rowH) / rowH);

            // ---- key figures table
            y = heading(t, m.get("sheet.metrics"), x0, y);
            if (metrics.isEmpty()) {
                t.line(m.get("metrics.none"), x0, y, 8, GREY, false);
                y -= 12;
            } else {
                float[] cols = {0, 0.42f, 0.66f, 0.84f, 0.93f};
                String[] head = {m.get("metrics.col.name"), m.get("metrics.col.value"), m.get("metrics.col.period"),
                        m.get("metrics.col.kind"), m.get("metrics.col.source")};
                for (int c = 0; c < head.length; c++) {
                    t.line(head[c], x0 + cols[c] * cw, y, 7, GREY, true);
                }
                y -= 3;
                rule(cs, x0, x1, y);
                y -= rowH - 1;
                int shown = metrics.size() <= rowsFit ? metrics.size() : Math.max(1, rowsFit - 1);
                for (Metric mt : metrics.subList(0, shown)) {
                    String yoy = ctx.formats().yoy(mt);
                    String[] cells = {mt.name().in(locale), ctx.formats().value(mt) + (yoy.isEmpty() ? "" : " (" + yoy + ")"),
                            ctx.formats().period(mt), m.get("metric.kind." + mt.kind().id()),
                            citeNumbers(mt.sourceIds(), sources)};
                    for (int c = 0; c < cells.length; c++) {
                        float colW = ((c + 1 < cols.length ? cols[c + 1] : 1f) - cols[c]) * cw - 4;
                        t.line(t.fit(cells[c], 7.2f, colW), x0 + cols[c] * cw, y, 7.2f, INK, false);
                    }
                    y -= rowH;
                }
                if (shown < metrics.size()) {
                    t.line(m.get("sheet.metrics.more", metrics.size() - shown), x0, y, 7.2f, GREY, false);
                    y -= rowH;
                }
                y -= 5;
            }

            // ---- policies
            y = heading(t, m.get("sheet.policies"), x0, y);
            if (policies.isEmpty()) {
                t.line(m.get("policies.none"), x0, y, 8, GREY, false);
                y -= 10;
            }
            for (Policy p : policies.subList(0, Math.min(policies.size(), policyLines))) {
                String line = ctx.formats().date(p.date()) + "  " + p.title().in(locale)
                        + (p.issuer().isBlank() ? "" : " — " + p.issuer().in(locale));
                t.line(t.fit(line, 7.8f, cw), x0, y, 7.8f, INK, false);
                y -= 10;
            }
            y -= 4;

            // ---- sources
            y = heading(t, m.get("sheet.sources"), x0, y);
            List<String> cited = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                cited.add("[" + (i + 1) + "] " + s.title(locale) + " — " + s.publisher(locale) + ", " + s.date() + " (" + s.language() + ")");
            }
            if (cited.isEmpty()) {
                cited.add(m.get("sources.none"));
            }
            for (String c : cited) {
                if (y < footerTop + 4) {
                    break;
                }
                t.line(t.fit(c, 7.2f, cw), x0, y, 7.2f, INK, false);
                y -= 9;
            }

            footer(cs, t, ctx, x0, x1, pageNo, pageCount, true);
        }
    }

    /** "[1, 3]": the numbers of the sources in the sheet's source list. */
    private static String citeNumbers(List<String> sourceIds, List<Source> sources) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (sourceIds.contains(sources.get(i).id())) {
                numbers.add(Integer.toString(i + 1));
            }
        }
        return "[" + String.join(", ", numbers) + "]";
    }

    static void footer(PDPageContentStream cs, PdfText t, Context ctx, float x0, float x1, int pageNo, int pageCount,
                       boolean approximateNote) throws IOException {
        float y = MARGIN + 14;
        rule(cs, x0, x1, y + 8);
        Messages m = ctx.messages();
        String right = m.get("sheet.page", pageNo, pageCount);
        float rw = t.width(right, 7);
        t.lineRight(right, x1, y, 7, GREY);
        String left = m.get("sheet.generated", ctx.generated(), ctx.version());
        t.line(t.fit(left, 7, x1 - x0 - rw - 10), x0, y, 7, GREY, false);
        if (approximateNote) {
            t.line(t.fit(m.get("sheet.approximate"), 6.5f, x1 - x0), x0, y - 9, 6.5f, GREY, false);
        }
    }

    static float heading(PdfText t, String text, float x, float y) throws IOException {
        t.line(text, x, y, 9.5f, ACCENT, true);
        return y - 12;
    }

    private static List<String> limit(List<String> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, max));
        cut.set(max - 1, cut.get(max - 1) + " …");
        return cut;
    }

    static void neatline(PDPageContentStream cs, float w, float h) throws IOException {
        box(cs, MARGIN - 12, MARGIN - 12, w - 2 * (MARGIN - 12), h - 2 * (MARGIN - 12), 0.8f, INK);
    }

    static void rule(PDPageContentStream cs, float x0, float x1, float y) throws IOException {
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, y);
        cs.lineTo(x1, y);
        cs.stroke();
    }

    static void box(PDPageContentStream cs, float x, float y, float w, float h, float width, Color colour) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(width);
        cs.addRect(x, y, w, h);
        cs.stroke();
    }
}
