package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;

/**
 * A booklet's pages: the cover, the contents (each line links to its park's first page and gives its number) and
 * every park's sheet, with a bookmark per park. The contents' length is known before the parks are laid out (a
 * line per park, wrapped), so the parks' page numbers are known as they are written; cover and contents are drawn
 * last. Everything is drawn on the calling thread, in order: the maps are vector graphics drawn straight into the
 * document, which PDFBox does not allow from several threads.
 */
final class BookletPages {

    private static final float ENTRY = 8.8f;
    private static final float ENTRY_LEADING = 11.5f;

    private final PDDocument doc;
    private final PdfFonts.DocumentFonts fonts;
    private final ParkPage.Context ctx;
    private final PDRectangle size;
    private final Messages m;

    BookletPages(PDDocument doc, PdfFonts.DocumentFonts fonts, ParkPage.Context ctx, PDRectangle size) {
        this.doc = doc;
        this.fonts = fonts;
        this.ctx = ctx;
        this.size = size;
        this.m = ctx.messages();
    }

    /** A contents line: the park's (or the charts') wrapped title lines. */
    private record Entry(Park park, List<String> lines) {
        float height() {
            return lines.size() * ENTRY_LEADING + 2;
        }
    }

    /** The booklet; with {@code withCharts}, chart pages after the contents (and a contents line for them). */
    void write(List<Park> parks, String filter, Progress progress, boolean withCharts) throws IOException {
        progress.start(parks.size());
        ChartPages charts = withCharts ? new ChartPages(doc, fonts, ctx, parks) : null;
        boolean chartPages = charts != null && charts.pageCount() > 0;
        float x0 = ParkPage.MARGIN, x1 = size.getWidth() - ParkPage.MARGIN;
        PdfText measure = new PdfText(null, fonts);
        float numberWidth = measure.width("00000", ENTRY);
        List<Entry> entries = new ArrayList<>();
        if (chartPages) {
            entries.add(new Entry(null, measure.wrap(m.get("booklet.charts.title"), ENTRY, x1 - x0 - numberWidth - 12)));
        }
        for (Park p : parks) {
            entries.add(new Entry(p, measure.wrap(twoNames(p, m.locale()) + "  · "
                    + m.get("kind." + p.kind().id()), ENTRY, x1 - x0 - numberWidth - 12)));
        }
        List<SheetFlow.Block> note = List.of();
        float top = size.getHeight() - ParkPage.MARGIN - 20 - 26;
        float bottom = ParkPage.MARGIN + ParkPage.footerHeight(note) + 4;
        List<List<Entry>> contents = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        float y = top;
        for (Entry e : entries) {
            if (y - e.height() < bottom && !current.isEmpty()) {
                contents.add(current);
                current = new ArrayList<>();
                y = top;
            }
            current.add(e);
            y -= e.height();
        }
        contents.add(current);

        PDPage cover = new PDPage(size);
        doc.addPage(cover);
        List<PDPage> contentsPages = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            PDPage p = new PDPage(size);
            doc.addPage(p);
            contentsPages.add(p);
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        List<PDPage> firstPages = new ArrayList<>();
        List<Integer> firstNumbers = new ArrayList<>();
        int pageNo = 2 + contents.size();
        int chartsNumber = pageNo;
        if (chartPages) {
            List<PDPage> pages = charts.addPages(size);
            firstPages.add(pages.get(0));
            firstNumbers.add(pageNo);
            pageNo += pages.size();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.get("booklet.charts.title"));
            item.setDestination(pages.get(0));
            outline.addLast(item);
        }

        for (Park park : parks) {
            if (progress.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            List<PDPage> pages = ParkPage.write(doc, size, fonts, ctx, park, pageNo);
            firstPages.add(pages.get(0));
            firstNumbers.add(pageNo);
            pageNo += pages.size();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(twoNames(park, ctx.messages().locale()));
            item.setDestination(pages.get(0));
            outline.addLast(item);
            progress.step();
        }
        int total = pageNo - 1;
        if (chartPages) {
            charts.draw(chartsNumber, total);
        }
        drawCover(cover, parks.size(), filter, total);
        int k = 0;
        for (int c = 0; c < contents.size(); c++) {
            List<Entry> page = contents.get(c);
            drawContents(contentsPages.get(c), page, firstPages.subList(k, k + page.size()),
                    firstNumbers.subList(k, k + page.size()), c + 2, total, top);
            k += page.size();
        }
        progress.finish(total);
    }

    private void drawCover(PDPage page, int count, String filter, int total) throws IOException {
        PDRectangle box = page.getMediaBox();
        float x0 = ParkPage.MARGIN + 10, x1 = box.getWidth() - ParkPage.MARGIN - 10, cw = x1 - x0;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PdfText t = new PdfText(cs, fonts);
            ParkPage.neatline(cs, box.getWidth(), box.getHeight());
            float y = box.getHeight() * 0.72f;
            for (String line : t.wrap(m.get("cover.title"), 26, cw)) {
                t.line(line, x0, y, 26, ParkPage.INK, true);
                y -= 30;
            }
            y += 4;
            for (String line : t.wrap(m.get("cover.subtitle"), 13, cw)) {
                t.line(line, x0, y, 13, ParkPage.GREY, false);
                y -= 16;
            }
            t.line("中关村科技园区 · 北京经济技术开发区", x0, y, 12, ParkPage.GREY, false);
            y -= 34;
            ParkPage.rule(cs, x0, x1, y + 12);
            String[] lines = {
                m.get("cover.filter", filter == null || filter.isBlank() ? m.get("cover.filter.none") : filter),
                m.get("cover.count", count),
                m.get("cover.date", ctx.generated()),
                m.get("cover.dataset", ctx.dataset().info().name(m.locale()), ctx.dataset().info().version(),
                        ctx.dataset().info().asOf())};
            for (String line : lines) {
                for (String l : t.wrap(line, 10.5f, cw)) {
                    t.line(l, x0, y, 10.5f, ParkPage.INK, false);
                    y -= 14;
                }
            }
            y -= 10;
            t.line(m.get("sheet.sources"), x0, y, 9.5f, ParkPage.ACCENT, true);
            y -= 13;
            for (Source s : ctx.dataset().sources()) {
                String bullet = "• ";
                float indent = t.width(bullet, 8);
                List<String> cite = t.wrap(m.get("source.full", s.title(m.locale()), s.publisher(m.locale()), s.date()), 8,
                        cw - indent);
                for (int i = 0; i < cite.size(); i++) {
                    t.line((i == 0 ? bullet : "") + cite.get(i), i == 0 ? x0 : x0 + indent, y, 8, ParkPage.INK, false);
                    y -= 10;
                }
                y -= 2;
            }
            y -= 8;
            for (String l : t.wrap(m.get("sheet.approximate"), 8, cw)) {
                t.line(l, x0, y, 8, ParkPage.GREY, false);
                y -= 10;
            }
            ParkPage.footer(cs, t, ctx, ParkPage.MARGIN, box.getWidth() - ParkPage.MARGIN, m.get("sheet.page", 1, total),
                    List.of());
        }
    }

    private void drawContents(PDPage page, List<Entry> entries, List<PDPage> targets, List<Integer> numbers, int pageNo,
                              int total, float top) throws IOException {
        PDRectangle box = page.getMediaBox();
        float x0 = ParkPage.MARGIN, x1 = box.getWidth() - ParkPage.MARGIN, cw = x1 - x0;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PdfText t = new PdfText(cs, fonts);
            ParkPage.neatline(cs, box.getWidth(), box.getHeight());
            t.line(m.get("contents.title"), x0, box.getHeight() - ParkPage.MARGIN - 20, 16, ParkPage.INK, true);
            float y = top;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                float base = y - ENTRY;
                for (int l = 0; l < e.lines().size(); l++) {
                    t.line(e.lines().get(l), x0 + (l == 0 ? 0 : 10), base - l * ENTRY_LEADING, ENTRY, ParkPage.INK, false);
                }
                float lastBase = base - (e.lines().size() - 1) * ENTRY_LEADING;
                t.lineRight(Integer.toString(numbers.get(i)), x1, lastBase, ENTRY, ParkPage.INK);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(x0, y - e.height(), cw, e.height()));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(targets.get(i));
                PDActionGoTo go = new PDActionGoTo();
                go.setDestination(dest);
                link.setAction(go);
                page.getAnnotations().add(link);
                y -= e.height();
            }
            ParkPage.footer(cs, t, ctx, x0, x1, m.get("sheet.page", pageNo, total), List.of());
        }
    }

    /** The park's name in the sheet's language, then in Chinese (in English on a Chinese sheet). */
    static String twoNames(Park park, Locale locale) {
        String first = park.names().in(locale);
        String second = locale.getLanguage().equals("zh") ? park.names().en() : park.names().zh();
        return second.isBlank() || second.equals(first) ? first : first + "  " + second;
    }
}
