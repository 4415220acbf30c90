package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.i18n.Formats;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.io.IoReasons;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.TileSource;

/**
 * Writes park fact sheets as PDF with Apache PDFBox: text as text in embedded font subsets, maps as vector graphics
 * (cached tiles as images). A park takes a page, or more when its facts do not fit on one; a booklet is a cover
 * (filter, date, count), a table of contents with links to each park's first page, and the parks' sheets, with
 * bookmarks. The file is written to a temporary file beside the target and moved into
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
    public FactSheetWriter(PdfFonts fonts, TileSource tiles, BasemapRenderer basemap, Messages messages, Clock clock,
                           String version, String tileCredit, String tileCreditUrl) {
        this.fonts = fonts;
        this.maps = new ParkMapRenderer(tiles, basemap, messages);
        this.messages = messages;
        this.clock = clock;
        this.version = version;
        this.tileCredit = tileCredit == null ? "" : tileCredit;
        this.tileCreditUrl = tileCreditUrl == null ? "" : tileCreditUrl;
    }

    /** One park's fact sheet (one page, or more when its facts do not fit on one). */
    public void writePark(Dataset ds, Park park, PageFormat format, Path out) throws FactSheetException {
        write(out, doc -> {
            PDRectangle size = format.rectangle();
            ParkPage.write(doc, size, fonts.embedIn(doc), context(ds), park, 0);
            info(doc, BookletPages.twoNames(park, messages.locale()));
        });
    }

    /**
     * A booklet: cover, contents and each park's sheet, in the order given. Everything, maps included, is drawn
     * into the one document on the calling thread (a PDFBox document is not thread-safe).
     *
     * @param filter   the filter the parks were chosen by, in words (empty: all parks)
     * @param progress counts parks and can cancel between them ({@link CancellationException})
     */
    public void writeBooklet(Dataset ds, List<Park> parks, String filter, PageFormat format, Path out, Progress progress)
            throws FactSheetException {
        writeBooklet(ds, parks, filter, format, out, progress, false);
    }

    /** A booklet, with chart pages after the contents when {@code charts} (see {@link #writeBooklet}). */
    public void writeBooklet(Dataset ds, List<Park> parks, String filter, PageFormat format, Path out, Progress progress,
                             boolean charts) throws FactSheetException {
        write(out, doc -> {
            BookletPages booklet = new BookletPages(doc, fonts.embedIn(doc), context(ds), format.rectangle());
            booklet.write(parks, filter, progress, charts);
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
