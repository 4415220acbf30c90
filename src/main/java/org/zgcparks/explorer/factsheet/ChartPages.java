package org.zgcparks.explorer.factsheet;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.zgcparks.explorer.compare.BarChartModel;
import org.zgcparks.explorer.compare.ChartModels;
import org.zgcparks.explorer.compare.ChartPainter;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Park;

/**
 * A booklet's chart pages, two charts a page: the industries of the booklet's parks by how many parks have them,
 * and the figures most of its parks share (a bar per park, with unit, period and target marks). Drawn by the same
 * {@link ChartPainter} as the Compare window's SVG, through PDFBox's Graphics2D: vector shapes, with text as text
 * in the sheet's embedded fonts. The pages are added where the booklet wants them and drawn last, when the page
 * count is known for the footers.
 */
final class ChartPages {

    /** How many figure charts a booklet has at most, besides the industries. */
    static final int FIGURES = 3;
    private static final int PER_PAGE = 2;
    private static final float TITLE = 16, NOTE = 8, GAP = 14;

    private final PDDocument doc;
    private final PdfFonts.DocumentFonts fonts;
    private final ParkPage.Context ctx;
    private final List<BarChartModel> charts;
    private final boolean anyFigure;
    private final List<PDPage> pages = new ArrayList<>();

    ChartPages(PDDocument doc, PdfFonts.DocumentFonts fonts, ParkPage.Context ctx, List<Park> parks) {
        this.doc = doc;
        this.fonts = fonts;
        this.ctx = ctx;
        ChartModels models = new ChartModels(ctx.messages());
        List<BarChartModel> all = new ArrayList<>();
        BarChartModel industries = models.industries(ctx.dataset(), parks, "");
        if (!industries.categories().isEmpty()) {
            all.add(industries);
        }
        List<List<ChartModels.ParkFigure>> figures = ChartModels.comparable(ctx.dataset(), parks, FIGURES);
        figures.forEach(f -> all.add(models.figure(f)));
        this.anyFigure = !figures.isEmpty();
        this.charts = List.copyOf(all);
    }

    /** How many pages the charts take (none when the parks have neither industries nor shared figures). */
    int pageCount() {
        return (charts.size() + PER_PAGE - 1) / PER_PAGE;
    }

    /** Adds the (blank) pages to the document, in place; {@link #draw} fills them. */
    List<PDPage> addPages(PDRectangle size) {
        for (int i = 0; i < pageCount(); i++) {
            PDPage p = new PDPage(size);
            doc.addPage(p);
            pages.add(p);
        }
        return List.copyOf(pages);
    }

    /** Draws the charts on the pages added, the first being page {@code firstNumber} of {@code total}. */
    void draw(int firstNumber, int total) throws IOException {
        Messages m = ctx.messages();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            PDRectangle box = page.getMediaBox();
            float x0 = ParkPage.MARGIN, x1 = box.getWidth() - ParkPage.MARGIN, cw = x1 - x0;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfText t = new PdfText(cs, fonts);
                ParkPage.neatline(cs, box.getWidth(), box.getHeight());
                float y = box.getHeight() - ParkPage.MARGIN - 20;
                t.line(m.get("booklet.charts.title"), x0, y, TITLE, ParkPage.INK, true);
                y -= 16;
                if (i == 0) {
                    String note = m.get("booklet.charts.note")
                            + (anyFigure ? "" : " " + m.get("booklet.charts.noFigure"));
                    for (String l : t.wrap(note, NOTE, cw)) {
                        t.line(l, x0, y, NOTE, ParkPage.GREY, false);
                        y -= NOTE + 2.5f;
                    }
                }
                float bottom = ParkPage.MARGIN + ParkPage.footerHeight(List.of()) + 6;
                float h = (y - 4 - bottom - GAP * (PER_PAGE - 1)) / PER_PAGE;
                float top = y - 4;
                for (int k = 0; k < PER_PAGE && i * PER_PAGE + k < charts.size(); k++) {
                    drawChart(cs, charts.get(i * PER_PAGE + k), x0, top - h, cw, h);
                    top -= h + GAP;
                }
                ParkPage.footer(cs, t, ctx, x0, x1, m.get("sheet.page", firstNumber + i, total), List.of());
            }
        }
    }

    /** One chart as a vector form in the box whose lower left corner is (x, y). */
    private void drawChart(PDPageContentStream cs, BarChartModel chart, float x, float y, float w, float h)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        try (SheetTextDrawer text = new SheetTextDrawer(fonts)) {
            g.setFontTextDrawer(text);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            new ChartPainter((s, size) -> {
                try {
                    return fonts.width(s, size);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).paint(g, chart, w, h);
        } finally {
            g.dispose();
        }
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(g.getXFormObject());
        cs.restoreGraphicsState();
    }
}
