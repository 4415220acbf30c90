package org.zgcparks.explorer.factsheet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.zgcparks.explorer.basemap.BasemapLoader;
import org.zgcparks.explorer.basemap.BasemapRenderer;
import org.zgcparks.explorer.i18n.Messages;
import org.zgcparks.explorer.model.Dataset;
import org.zgcparks.explorer.model.Park;
import org.zgcparks.explorer.tiles.LayeredTileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Fact sheets for the app and the command line: finds the fonts once (on first use, off the UI thread), and
 * draws each map from the chosen tile source's cache (or its MBTiles file), never downloading: OpenStreetMap's
 * policy forbids bulk downloads, and a booklet would be one.
 */
public final class FactSheetService {

    private final TileSourceFactory tiles;
    private final Messages messages;
    private final Clock clock;
    private final String version;
    private final Map<String, FactSheetService> others = new HashMap<>();
    private PdfFonts fonts;
    private BasemapRenderer basemap;

    public FactSheetService(TileSourceFactory tiles, Messages messages, Clock clock, String version) {
        this.tiles = tiles;
        this.messages = messages;
        this.clock = clock;
        this.version = version;
    }

    /**
     * The offline basemap for the maps, in the sheets' language: the one the tiles use if it has data in that
     * language, else the bundled one, loaded and indexed once, on first use.
     */
    private synchronized BasemapRenderer basemap() {
        if (basemap == null) {
            String language = messages.locale().getLanguage();
            basemap = tiles.basemap().renderer()
                    .filter(r -> !r.basemap().isEmpty() && r.language().getLanguage().equals(language))
                    .orElseGet(() -> new BasemapRenderer(new BasemapLoader().loadBundled(), messages.locale()));
        }
        return basemap;
    }

    private synchronized PdfFonts fonts() throws FactSheetException {
        if (fonts == null) {
            fonts = PdfFonts.discover();
        }
        return fonts;
    }

    /** One park's fact sheet, its map from {@code source}'s cache. */
    public void writePark(Dataset ds, Park park, PageFormat format, TileSourceChoice source, Path out)
            throws FactSheetException {
        LayeredTileSource t = open(source);
        try {
            writer(t).writePark(ds, park, format, out);
        } finally {
            t.shutdown();
        }
    }

    /** A booklet of parks (cover, contents, a page each); {@code filter} describes how they were chosen. */
    public void writeBooklet(Dataset ds, List<Park> parks, String filter, PageFormat format, TileSourceChoice source,
                             Path out, Progress progress) throws FactSheetException {
        writeBooklet(ds, parks, filter, format, source, out, progress, BookletOptions.plain(messages.locale()));
    }

    /**
     * A booklet in the options' language (cover, contents, park pages, map labels, charts), with chart pages when
     * asked for; {@code filter} describes how the parks were chosen, in that language.
     */
    public void writeBooklet(Dataset ds, List<Park> parks, String filter, PageFormat format, TileSourceChoice source,
                             Path out, Progress progress, BookletOptions options) throws FactSheetException {
        FactSheetService in = inLanguage(options.language());
        LayeredTileSource t = in.open(source);
        try {
            in.writer(t).writeBooklet(ds, parks, filter, format, out, progress, options.charts());
        } finally {
            t.shutdown();
        }
    }

    /** The sheets in another language: this service if it is the language, else one sharing its fonts. */
    public synchronized FactSheetService inLanguage(Locale language) {
        Locale wanted = Messages.supported(language);
        if (wanted.getLanguage().equals(messages.locale().getLanguage())) {
            return this;
        }
        FactSheetService other = others.get(wanted.getLanguage());
        if (other == null) {
            other = new FactSheetService(tiles, new Messages(wanted), clock, version);
            other.fonts = fonts;
            others.put(wanted.getLanguage(), other);
        }
        return other;
    }

    /** The language the sheets are written in. */
    public Locale language() {
        return messages.locale();
    }

    private FactSheetWriter writer(LayeredTileSource t) throws FactSheetException {
        return new FactSheetWriter(fonts(), t, basemap(), messages, clock, version, t.info().attribution(),
                t.info().attributionUrl());
    }

    private LayeredTileSource open(TileSourceChoice source) throws FactSheetException {
        try {
            return tiles.create(source, true);
        } catch (IOException e) {
            throw new FactSheetException(e.getMessage(), e);
        }
    }

    /** A page of a PDF as an image (for print previews and printing). */
    public static BufferedImage renderPage(Path pdf, int pageIndex, float dpi) throws FactSheetException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new FactSheetException("Cannot render " + pdf + ": " + e.getMessage(), e);
        }
    }
}
