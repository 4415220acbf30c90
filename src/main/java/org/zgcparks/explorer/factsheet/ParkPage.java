package org.zgcparks.explorer.factsheet;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.zgcparks.explorer.basemap.BasemapCredit;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.IndustryLink;
import org.zgcparks.explorer.model.Metric;
import org.zgcparks.explorer.model.MetricKind;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Policy;
import org.zgcparks.explorer.model.Role;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.model.TimelineEvent;

/**
 * Lays out one park's fact sheet: title block, map (drawn as vector graphics by {@link ParkMapRenderer}) and its
 * credits, then
 * the description, timeline, industries by role, every figure in a table grouped by theme (targets apart from
 * results), every policy and every source, and a footer with the approximation note, generation date, app version
 * and "page 2 of 3". Nothing is cut: long text wraps, and what does not fit flows onto further pages of the same
 * park, which repeat the park's name, the section's heading marked "continued" and the table's header row.
 */
final class ParkPage {

    static final float MARGIN = 40;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    static final Color ACCENT = new Color(0x2F, 0x6D, 0xB3);
    static final Color THEME = new Color(0x1F, 0x4E, 0x86);

    private static final float BODY = 8.2f;
    private static final float CELL = 7.4f;
    private static final float CREDIT_SIZE = 6f;
    private static final float CREDIT_LEADING = 7.5f;
    private static final float CREDIT_GAP = 3;

    /** What every page of one document shares. */
    record Context(Dataset dataset, Messages messages, Formats formats, ParkMapRenderer maps,
                   String tileCredit, String tileCreditUrl, String generated, String version) {
    }

    private ParkPage() {
    }

    /**
     * Lays out the park's sheet and appends its pages to the document.
     *
     * @param bookletPage  the booklet page number of the sheet's first page, or 0 for a sheet on its own
     * @return the pages added, first to last
     */
    static List<PDPage> write(PDDocument doc, PDRectangle size, PdfFonts.DocumentFonts fonts, Context ctx, Park park,
                              int bookletPage) throws IOException {
        float w = size.getWidth(), h = size.getHeight();
        float x0 = MARGIN, x1 = w - MARGIN, cw = x1 - x0;
        Messages m = ctx.messages();
        PdfText t = new PdfText(null, fonts);

        SheetFlow flow = new SheetFlow();
        title(flow, t, ctx, park, x0, x1);
        flow.add(MapBlock.of(doc, fonts, t, ctx, park, x0, cw, h), null);
        body(flow, t, ctx, park, x0, x1);

        List<SheetFlow.Block> header = continuedHeader(t, ctx, park, x0, x1);
        float headerH = (float) header.stream().mapToDouble(SheetFlow.Block::height).sum();
        List<SheetFlow.Block> footerNote = SheetFlow.paragraph(t, "", m.get("sheet.approximate"), x0, cw, 6.5f, GREY, 8);
        float footerH = footerHeight(footerNote);
        float top = h - MARGIN - 4;
        List<List<SheetFlow.Placed>> pages = flow.paginate(top, top - headerH, MARGIN + footerH + 4,
                section -> continuation(t, ctx, section, x0));

        List<PDPage> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out.add(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfText pt = new PdfText(cs, fonts);
                neatline(cs, w, h);
                if (p > 0) {
                    float y = top;
                    for (SheetFlow.Block b : header) {
                        b.draw(pt, cs, y);
                        y -= b.height();
                    }
                }
                for (SheetFlow.Placed placed : pages.get(p)) {
                    placed.block().draw(pt, cs, placed.y());
                }
                String right = bookletPage > 0 ? m.get("sheet.page.booklet", p + 1, pages.size(), bookletPage + p)
                        : m.get("sheet.page", p + 1, pages.size());
                footer(cs, pt, ctx, x0, x1, right, footerNote);
            }
        }
        return out;
    }

    private static void title(SheetFlow flow, PdfText t, Context ctx, Park park, float x0, float x1) throws IOException {
        Messages m = ctx.messages();
        Dataset ds = ctx.dataset();
        Locale locale = m.locale();
        float cw = x1 - x0;
        // the name in the sheet's language, then the other two
        for (String line : t.wrap(park.names().in(locale), 17, cw)) {
            flow.add(new SheetFlow.Line(line, x0, 17, INK, true, 20), null);
        }
        String others = otherNames(park, locale);
        for (String line : t.wrap(others, 12, cw)) {
            flow.add(new SheetFlow.Line(line, x0, 12, INK, false, 15), null);
        }
        String district = String.join(m.get("list.separator"), park.districtIds().stream()
                .map(id -> ds.district(id).map(d -> d.names().in(locale)).orElse(id)).toList());
        String parent = park.parentId() == null || park.parentId().isBlank() ? ""
                : " · " + m.get("sheet.partOf", ds.namesOf(park.parentId()).in(locale));
        String newest = ds.sourcesOf(park).stream().map(Source::date).max(Comparator.naturalOrder())
                .orElse(ds.info().asOf());
        String meta = m.get("kind." + park.kind().id()) + " · " + district + parent + " · " + m.get("sheet.asOf", newest);
        for (SheetFlow.Block b : SheetFlow.paragraph(t, "", meta, x0, cw, 8.5f, GREY, 11)) {
            flow.add(b, null);
        }
        flow.add(new SheetFlow.Rule(x0, x1, 8), null);
    }

    private static void body(SheetFlow flow, PdfText t, Context ctx, Park park, float x0, float x1) throws IOException {
        Messages m = ctx.messages();
        Dataset ds = ctx.dataset();
        Locale locale = m.locale();
        float cw = x1 - x0;
        List<Source> sources = ds.sourcesOf(park);

        // ---- description and key facts
        SheetFlow.Section about = section(flow, t, m.get("sheet.about"), null, x0);
        addAll(flow, about, SheetFlow.paragraph(t, "", park.description().in(locale), x0, cw, 8.5f, INK, 10.8f));
        if (!park.projectReading().isBlank()) {
            addAll(flow, about, SheetFlow.paragraph(t, "", ctx.formats().projectReading(park.projectReading()), x0, cw,
                    7.5f, GREY, 9.5f));
        }
        addAll(flow, about, SheetFlow.paragraph(t, m.get("sheet.label", m.get("overview.area")), ctx.formats().area(park), x0, cw, 7.5f, GREY, 9.5f));
        if (!park.positionNote().isBlank()) {
            addAll(flow, about, SheetFlow.paragraph(t, m.get("sheet.label", m.get("overview.accuracy")), park.positionNote().in(locale), x0, cw, 7.5f, GREY, 9.5f));
        }

        // ---- timeline
        if (!park.timeline().isEmpty()) {
            SheetFlow.Section timeline = section(flow, t, m.get("overview.timeline"), null, x0);
            for (TimelineEvent e : park.timeline().stream().sorted(Comparator.comparing(TimelineEvent::date)).toList()) {
                addAll(flow, timeline, SheetFlow.paragraph(t, ctx.formats().date(e.date()), e.text().in(locale) + " "
                        + citeNumbers(List.of(e.sourceId()), sources), x0, cw, BODY, INK, 10));
            }
        }

        // ---- industries by role
        SheetFlow.Section industries = section(flow, t, m.get("sheet.industries"), null, x0);
        if (park.industries().isEmpty()) {
            addAll(flow, industries, SheetFlow.paragraph(t, "", m.get("industries.none"), x0, cw, BODY, GREY, 10));
        }
        for (Role role : Role.values()) {
            List<IndustryLink> links = park.industries().stream().filter(l -> l.role() == role).toList();
            if (links.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (IndustryLink l : links) {
                names.add(ds.industry(l.industryId()).map(i -> i.names().in(locale)).orElse(l.industryId())
                        + " " + citeNumbers(l.sourceIds(), sources));
            }
            addAll(flow, industries, SheetFlow.paragraph(t, m.get("sheet.label", m.get("role." + role.id())), String.join(m.get("list.separator"), names),
                    x0, cw, BODY, INK, 10));
        }

        // ---- every figure, grouped by theme
        List<Metric> metrics = ds.metricsOf(park.id());
        float[] cols = {x0, x0 + 0.40f * cw, x0 + 0.63f * cw, x0 + 0.88f * cw, x1};
        SheetFlow.Block tableHeader = SheetFlow.row(t, cols, List.of(m.get("metrics.col.name"), m.get("metrics.col.value"),
                m.get("metrics.col.period"), m.get("metrics.col.source")), 7, GREY, true, true);
        SheetFlow.Section figures = section(flow, t, m.get("sheet.metrics"), tableHeader, x0);
        if (metrics.isEmpty()) {
            addAll(flow, figures, SheetFlow.paragraph(t, "", m.get("metrics.none"), x0, cw, BODY, GREY, 10));
        } else {
            flow.add(tableHeader, figures, true);
            for (Map.Entry<FigureTheme, List<Metric>> group : FigureTheme.group(metrics).entrySet()) {
                String themeTitle = m.get(group.getKey().messageKey());
                flow.add(new SheetFlow.Gap(2), figures, true);
                flow.add(new SheetFlow.Line(themeTitle, x0, 7.8f, THEME, true, 10.5f), figures, true);
                for (Metric mt : group.getValue()) {
                    String yoy = ctx.formats().yoy(mt);
                    String value = ctx.formats().value(mt) + (yoy.isEmpty() ? "" : " (" + yoy + ")");
                    if (mt.kind() == MetricKind.TARGET) {
                        value = m.get("sheet.target", value);
                    }
                    String name = mt.name().in(locale) + (mt.note().isBlank() ? "" : " — " + mt.note().in(locale))
                            + (mt.projectReading().isBlank() ? "" : " — " + ctx.formats().projectReading(mt.projectReading()));
                    flow.add(SheetFlow.row(t, cols, List.of(name, value, ctx.formats().period(mt), citeNumbers(mt.sourceIds(), sources)),
                            CELL, INK, false, false), figures);
                }
            }
        }

        // ---- policies
        List<Policy> policies = ds.policiesOf(park.id());
        SheetFlow.Section pol = section(flow, t, m.get("sheet.policies"), null, x0);
        if (policies.isEmpty()) {
            addAll(flow, pol, SheetFlow.paragraph(t, "", m.get("policies.none"), x0, cw, BODY, GREY, 10));
        }
        for (Policy p : policies) {
            String head = p.title().in(locale) + (p.issuer().isBlank() ? "" : " — " + p.issuer().in(locale)) + " "
                    + citeNumbers(p.sourceIds(), sources);
            addAll(flow, pol, SheetFlow.paragraph(t, ctx.formats().date(p.date()), head, x0, cw, BODY, INK, 10));
            String summary = p.summary().in(locale);
            if (summary != null && !summary.isBlank()) {
                addAll(flow, pol, SheetFlow.paragraph(t, "", summary, x0 + 12, cw - 12, 7.4f, GREY, 9));
            }
            if (!p.projectReading().isBlank()) {
                addAll(flow, pol, SheetFlow.paragraph(t, "", ctx.formats().projectReading(p.projectReading()), x0 + 12,
                        cw - 12, 7.4f, GREY, 9));
            }
            flow.add(new SheetFlow.Gap(2), pol);
        }

        // ---- sources
        SheetFlow.Section src = section(flow, t, m.get("sheet.sources"), null, x0);
        if (sources.isEmpty()) {
            addAll(flow, src, SheetFlow.paragraph(t, "", m.get("sources.none"), x0, cw, BODY, GREY, 10));
        }
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            addAll(flow, src, SheetFlow.paragraph(t, "[" + (i + 1) + "]", m.get("sheet.source", s.title(locale), s.publisher(locale),
                    s.date(), Locale.forLanguageTag(s.language()).getDisplayLanguage(locale)), x0, cw, 7.4f, INK, 9.2f));
        }
    }

    /** Starts a section: a gap and its heading, kept with what follows. */
    private static SheetFlow.Section section(SheetFlow flow, PdfText t, String title, SheetFlow.Block tableHeader,
                                             float x0) {
        SheetFlow.Section s = new SheetFlow.Section(title, tableHeader);
        flow.add(new SheetFlow.Gap(5), s, true);
        flow.add(new SheetFlow.Line(title, x0, 9.5f, ACCENT, true, 13), s, true);
        return s;
    }

    /**
     * Adds a paragraph's lines: up to four lines stay together on one page; a longer one may break, but never leaves
     * one line alone at the foot or the head of a page.
     */
    private static void addAll(SheetFlow flow, SheetFlow.Section s, List<SheetFlow.Block> blocks) {
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            boolean keep = i < n - 1 && (n <= 4 || i == 0 || i == n - 2);
            flow.add(blocks.get(i), s, keep);
        }
    }

    /** What opens a page that starts inside a section: its heading marked "continued", and the table header. */
    private static List<SheetFlow.Block> continuation(PdfText t, Context ctx, SheetFlow.Section s, float x0) {
        List<SheetFlow.Block> blocks = new ArrayList<>();
        blocks.add(new SheetFlow.Gap(4));
        blocks.add(new SheetFlow.Line(ctx.messages().get("sheet.continued", s.title()), x0, 9.5f, ACCENT, true, 13));
        if (s.tableHeader() != null) {
            blocks.add(s.tableHeader());
        }
        return blocks;
    }

    /** The park's names in the two languages other than the sheet's, as "北京经济技术开发区   Пекинская зона …". */
    private static String otherNames(Park park, Locale locale) {
        String shown = park.names().in(locale);
        return Stream.of(park.names().en(), park.names().zh(), park.names().ru())
                .filter(n -> !n.isBlank() && !n.equals(shown)).collect(Collectors.joining("   "));
    }

    /** The head of a sheet's second and later pages: the park's name, marked "continued". */
    private static List<SheetFlow.Block> continuedHeader(PdfText t, Context ctx, Park park, float x0, float x1)
            throws IOException {
        List<SheetFlow.Block> blocks = new ArrayList<>();
        Locale locale = ctx.messages().locale();
        String title = ctx.messages().get("sheet.continued", park.names().in(locale));
        for (String line : t.wrap(title, 11, x1 - x0)) {
            blocks.add(new SheetFlow.Line(line, x0, 11, INK, true, 13.5f));
        }
        for (String line : t.wrap(otherNames(park, locale), 9, x1 - x0)) {
            blocks.add(new SheetFlow.Line(line, x0, 9, GREY, false, 11));
        }
        blocks.add(new SheetFlow.Rule(x0, x1, 6));
        return blocks;
    }

    /**
     * The map (with its inset, north arrow, scale bar and legend, see {@link ParkMapRenderer}), its frame and its
     * credits. It draws straight into the document, so it is drawn on the thread that writes the document. Its height
     * leaves room for the longer of the possible credit lines, because whether cached tiles of the chosen source
     * were used (and are credited) is only known once the map is drawn.
     */
    private record MapBlock(PDDocument doc, PdfFonts.DocumentFonts fonts, Context ctx, Park park, float x0, float width,
                            float mapHeight, float creditHeight) implements SheetFlow.Block {

        static MapBlock of(PDDocument doc, PdfFonts.DocumentFonts fonts, PdfText t, Context ctx, Park park, float x0,
                           float width, float pageHeight) throws IOException {
            float mapH = Math.min(225, (pageHeight - 2 * MARGIN) * 0.3f);
            String basemap = ctx.maps().basemapCredit();
            int lines = Math.max(t.wrap(credits(ctx, false, basemap), CREDIT_SIZE, width).size(),
                    t.wrap(credits(ctx, true, basemap), CREDIT_SIZE, width).size());
            return new MapBlock(doc, fonts, ctx, park, x0, width, mapH, CREDIT_GAP + lines * CREDIT_LEADING + 2);
        }

        @Override
        public float height() {
            return mapHeight + creditHeight;
        }

        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            float mapY = y - mapHeight;
            ParkMapRenderer.SheetMap map = ctx.maps().draw(doc, cs, fonts, ctx.dataset().parks(), park, x0, mapY,
                    width, mapHeight);
            box(cs, x0, mapY, width, mapHeight, 0.6f, INK);
            float ly = mapY - CREDIT_GAP - CREDIT_SIZE;
            for (String line : t.wrap(credits(ctx, map.sourceTilesUsed(), map.basemapCredit()), CREDIT_SIZE, width)) {
                t.line(line, x0, ly, CREDIT_SIZE, GREY, false);
                ly -= CREDIT_LEADING;
            }
        }
    }

    /** The map's credit line: the tile source's (when its cached tiles were drawn) or "offline", then the basemap's. */
    private static String credits(Context ctx, boolean sourceTilesUsed, String basemapCredit) {
        Messages m = ctx.messages();
        String credit = sourceTilesUsed && !ctx.tileCredit().isBlank()
                ? m.get("sheet.map.credit", ctx.tileCredit(), ctx.tileCreditUrl().replaceFirst("^https?://(www\\.)?", ""))
                : m.get("sheet.map.offline");
        return credit + " · " + m.get("sheet.map.outlines")
                + (basemapCredit.isBlank() ? "" : " · " + m.get("sheet.map.basemap", BasemapCredit.full(basemapCredit, m)));
    }

    /** "[1, 3]": the numbers of the sources in the sheet's source list. */
    private static String citeNumbers(List<String> sourceIds, List<Source> sources) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (sourceIds.contains(sources.get(i).id())) {
                numbers.add(Integer.toString(i + 1));
            }
        }
        return numbers.isEmpty() ? "" : "[" + String.join(", ", numbers) + "]";
    }

    static float footerHeight(List<SheetFlow.Block> note) {
        return 20 + (float) note.stream().mapToDouble(SheetFlow.Block::height).sum();
    }

    /** The footer: a rule, the generation line on the left and the page on the right, then the note (if any). */
    static void footer(PDPageContentStream cs, PdfText t, Context ctx, float x0, float x1, String right,
                       List<SheetFlow.Block> note) throws IOException {
        float top = MARGIN + footerHeight(note);
        rule(cs, x0, x1, top);
        Messages m = ctx.messages();
        float y = top - 9;
        t.lineRight(right, x1, y, 7, GREY);
        String left = m.get("sheet.generated", ctx.generated(), ctx.version());
        t.line(left, x0, y, 7, GREY, false);
        float ny = y - 4;
        for (SheetFlow.Block b : note) {
            b.draw(t, cs, ny);
            ny -= b.height();
        }
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
