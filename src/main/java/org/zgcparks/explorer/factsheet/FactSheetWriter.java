package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.io.IoReasons;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.model.Source;
import org.zgcparks.explorer.tiles.TileService;

/**
 * Writes park fact sheets as PDF with Apache PDFBox: text as text in embedded font subsets, maps as vector
 * graphics (cached tiles as images). One park is one page; a booklet is a cover (filter, date, count), a table of contents with links and
 * one page per park, with bookmarks. The file is written to a temporary file beside the target and moved into
 * place at the end, so a cancelled or failed export never leaves a half PDF. Pages are streamed through a
 * temporary file, so memory stays flat however long the booklet.
 */
public final class FactSheetWriter {

    private final PdfFonts fonts;
    private final ParkMapRenderer maps;
    private final Messages messages;
    private final Clock clock;
    private final String version;
    private final String tileCredit;
    private final String tileCreditUrl;

    /**
     * @param tiles         where map tiles come from; must not download (the cache, an MBTiles file, the basemap)
     * @param basemap       the offline basemap in the sheet's language, drawn where no cached tile exists
     * @param tileCredit    the tile source's attribution, printed under the map when its tiles were used
     */
    public FactSheetWriter(PdfFonts fonts, TileService tiles, BasemapRenderer basemap, Messages messages, Clock clock,
                           String version, String tileCredit, String tileCreditUrl) {
        this.fonts = fonts;
        this.maps = new ParkMapRenderer(tiles, basemap, messages);
        this.messages = messages;
        this.clock = clock;
        this.version = version;
        this.tileCredit = tileCredit == null ? "" : tileCredit;
        this.tileCreditUrl = tileCreditUrl == null ? "" : tileCreditUrl;
    }

    /** One park's fact sheet. */
    public void writePark(Dataset ds, Park park, PageFormat format, Path out) throws FactSheetException {
        write(out, doc -> {
            ParkPage.Context ctx = context(ds);
            PdfFonts.DocumentFonts f = fonts.embedIn(doc);
            PDPage page = new PDPage(format.rectangle());
            doc.addPage(page);
            ParkPage.draw(doc, page, f, ctx, park, 1, 1);
            info(doc, park.names().en() + " — " + park.names().zh());
        });
    }

    /**
     * A booklet: cover, contents and one page per park, in the order given.
     *
     * @param filter   the filter the parks were chosen by, in words (empty: all parks)
     * @param progress counts pages and can cancel between pages ({@link CancellationException})
     */
    public void writeBooklet(Dataset ds, List<Park> parks, String filter, PageFormat format, Path out, Progress progress)
            throws FactSheetException {
        write(out, doc -> {
            ParkPage.Context ctx = context(ds);
            PdfFonts.DocumentFonts f = fonts.embedIn(doc);
            PDRectangle size = format.rectangle();
            int perContentsPage = Math.max(1, (int) ((size.getHeight() - 2 * ParkPage.MARGIN - 90) / 13));
            int contentsPages = Math.max(1, (parks.size() + perContentsPage - 1) / perContentsPage);
            int total = 1 + contentsPages + parks.size();
            progress.start(total);

            PDPage cover = new PDPage(size);
            doc.addPage(cover);
            drawCover(doc, cover, f, ctx, parks.size(), filter, total);
            progress.step();
            List<PDPage> contents = new ArrayList<>();
            for (int i = 0; i < contentsPages; i++) {
                PDPage p = new PDPage(size);
                doc.addPage(p);
                contents.add(p);
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            List<PDPage> parkPages = new ArrayList<>();
            for (int i = 0; i < parks.size(); i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                Park park = parks.get(i);
                PDPage page = new PDPage(size);
                doc.addPage(page);
                ParkPage.draw(doc, page, f, ctx, park, 2 + contentsPages + i, total);
                parkPages.add(page);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(park.names().en() + " " + park.names().zh());
                item.setDestination(page);
                outline.addLast(item);
                progress.step();
            }
            for (int c = 0; c < contentsPages; c++) {
                int from = c * perContentsPage, to = Math.min(parks.size(), from + perContentsPage);
                drawContents(doc, contents.get(c), f, ctx, parks.subList(from, to), parkPages.subList(from, to),
                        2 + contentsPages + from, c + 2, total);
                progress.step();
            }
            info(doc, messages.get("cover.title"));
        });
    }

    private ParkPage.Context context(Dataset ds) {
        return new ParkPage.Context(ds, messages, new Formats(messages), maps, tileCredit, tileCreditUrl,
                LocalDate.now(clock).toString(), version);
    }

    private void info(PDDocument doc, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("ZGC Parks Explorer " + version);
        info.setProducer("ZGC Parks Explorer " + version + " (Apache PDFBox)");
        Calendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        info.setCreationDate(now);
    }

    private void drawCover(PDDocument doc, PDPage page, PdfFonts.DocumentFonts f, ParkPage.Context ctx, int count,
                           String filter, int total) throws IOException {
        PDRectangle box = page.getMediaBox();
        float x0 = ParkPage.MARGIN + 10, x1 = box.getWidth() - ParkPage.MARGIN - 10, cw = x1 - x0;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PdfText t = new PdfText(cs, f);
            ParkPage.neatline(cs, box.getWidth(), box.getHeight());
            float y = box.getHeight() * 0.72f;
            t.line(messages.get("cover.title"), x0, y, 26, ParkPage.INK, true);
            y -= 26;
            for (String line : t.wrap(messages.get("cover.subtitle"), 13, cw)) {
                t.line(line, x0, y, 13, ParkPage.GREY, false);
                y -= 16;
            }
            t.line("中关村科技园区 · 北京经济技术开发区", x0, y, 12, ParkPage.GREY, false);
            y -= 34;
            ParkPage.rule(cs, x0, x1, y + 12);
            String[] lines = {
                messages.get("cover.filter", filter == null || filter.isBlank() ? messages.get("cover.filter.none") : filter),
                messages.get("cover.count", count),
                messages.get("cover.date", ctx.generated()),
                messages.get("cover.dataset", ctx.dataset().info().name(messages.locale()), ctx.dataset().info().version(),
                        ctx.dataset().info().asOf())};
            for (String line : lines) {
                for (String l : t.wrap(line, 10.5f, cw)) {
                    t.line(l, x0, y, 10.5f, ParkPage.INK, false);
                    y -= 14;
                }
            }
            y -= 10;
            t.line(messages.get("sheet.sources"), x0, y, 9.5f, ParkPage.ACCENT, true);
            y -= 13;
            for (Source s : ctx.dataset().sources()) {
                String bullet = "• ";
                float indent = t.width(bullet, 8);
                List<String> cite = t.wrap(s.title(messages.locale()) + " — " + s.publisher(messages.locale()) + ", " + s.date(), 8, cw - indent);
                for (int i = 0; i < cite.size(); i++) {
                    t.line((i == 0 ? bullet : "") + cite.get(i), i == 0 ? x0 : x0 + indent, y, 8, ParkPage.INK, false);
                    y -= 10;
                }
                y -= 2;
            }
            y -= 8;
            for (String l : t.wrap(messages.get("sheet.approximate"), 8, cw)) {
                t.line(l, x0, y, 8, ParkPage.GREY, false);
                y -= 10;
            }
            ParkPage.footer(cs, t, ctx, ParkPage.MARGIN, box.getWidth() - ParkPage.MARGIN, 1, total, false);
        }
    }

    private void drawContents(PDDocument doc, PDPage page, PdfFonts.DocumentFonts f, ParkPage.Context ctx,
                              List<Park> parks, List<PDPage> targets, int firstPageNo, int pageNo, int total)
            throws IOException {
        PDRectangle box = page.getMediaBox();
        float x0 = ParkPage.MARGIN, x1 = box.getWidth() - ParkPage.MARGIN, cw = x1 - x0;
        Locale locale = messages.locale();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            PdfText t = new PdfText(cs, f);
            ParkPage.neatline(cs, box.getWidth(), box.getHeight());
            float y = box.getHeight() - ParkPage.MARGIN - 20;
            t.line(messages.get("contents.title"), x0, y, 16, ParkPage.INK, true);
            y -= 26;
            for (int i = 0; i < parks.size(); i++) {
                Park p = parks.get(i);
                String no = Integer.toString(firstPageNo + i);
                String kind = messages.get("kind." + p.kind().id());
                float nw = t.width(no, 9);
                String name = t.fit(p.names().en() + "  " + p.names().zh() + "  · " + kind, 9, cw - nw - 16);
                t.line(name, x0, y, 9, ParkPage.INK, false);
                t.lineRight(no, x1, y, 9, ParkPage.INK);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(x0, y - 3, cw, 12));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(targets.get(i));
                PDActionGoTo go = new PDActionGoTo();
                go.setDestination(dest);
                link.setAction(go);
                page.getAnnotations().add(link);
                y -= 13;
            }
            ParkPage.footer(cs, t, ctx, x0, x1, pageNo, total, false);
        }
    }

    /** Builds a document and saves it atomically; a cancel or failure deletes the partial file. */
    private interface Builder {
        void build(PDDocument doc) throws IOException;
    }

    @SuppressWarnings("try") // the .part file's lock is held by the open channel; the body need not use it
    private void write(Path out, Builder builder) throws FactSheetException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FactSheetException("Cannot write " + out + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new FactSheetException("Cannot write " + out + ": it is a folder");
        }
        String refused = ExportFiles.refusal(target);
        if (refused != null) {
            throw new FactSheetException("Cannot write " + out + ": " + refused);
        }
        ExportFiles.removeStaleParts(target);
        var pageCache = ExportFiles.scratch();
        Path tmp;
        try {
            tmp = PartFiles.createBeside(target);
        } catch (IOException e) {
            throw new FactSheetException("Cannot write to the folder " + dir + ": " + IoReasons.reason(e), e);
        }
        try {
            try (FileChannel writing = ExportFiles.lock(tmp);
                 PDDocument doc = new PDDocument(pageCache)) {
                builder.build(doc);
                doc.save(tmp.toFile());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CancellationException ce) {
                throw ce;
            }
            throw new FactSheetException("Cannot write " + out + ": "
                    + (e instanceof IOException io ? IoReasons.reason(io) : e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover .part file is hidden and harmless
            }
        }
    }
}
