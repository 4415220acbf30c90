package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts fact sheets are set in, found on the system: one with Chinese characters (WenQuanYi Micro
 * Hei, Droid Sans Fallback, Microsoft YaHei, SimHei, PingFang/Heiti, Arial Unicode...) and, if that one lacks
 * Latin or Cyrillic letters, a Latin/Cyrillic font (DejaVu Sans, Arial). They are embedded as subsets, so the PDF's
 * text stays selectable and searchable. Parsed once and shared by every document.
 */
public final class PdfFonts {

    /** A font file's parsed font and its Unicode lookup. */
    record Face(String name, TrueTypeFont font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** The system property that names a font file to use first. */
    public static final String FONT_PROPERTY = "zgc.pdf.font";

    private static final List<String> CJK = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final List<String> LATIN = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:/Windows/Fonts/arial.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf");

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /**
     * Finds and parses the fonts.
     *
     * @throws FactSheetException if no font with Chinese characters is installed (the message says what to install)
     */
    public static PdfFonts discover() throws FactSheetException {
        List<Face> faces = new ArrayList<>();
        String chosen = System.getProperty(FONT_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            faces.add(load(Path.of(chosen)).orElseThrow(() -> new FactSheetException(
                    "The font file " + chosen + " (" + FONT_PROPERTY + ") cannot be read as a TrueType font")));
        }
        if (faces.stream().noneMatch(f -> f.has('园'))) {
            CJK.stream().map(Path::of).filter(Files::isRegularFile).map(PdfFonts::load).flatMap(Optional::stream)
                    .filter(f -> f.has('园')).findFirst().ifPresent(faces::add);
        }
        if (faces.stream().noneMatch(f -> f.has('园'))) {
            throw new FactSheetException("No TrueType font with Chinese characters was found for the PDF. Install one, "
                    + "e.g. 'sudo apt-get install fonts-wqy-microhei' on Debian/Ubuntu, or name a .ttf/.ttc file with -D"
                    + FONT_PROPERTY + "=FILE.");
        }
        if (!covers(faces, 'Ж') || !covers(faces, 'é')) {
            LATIN.stream().map(Path::of).filter(Files::isRegularFile).map(PdfFonts::load).flatMap(Optional::stream)
                    .filter(f -> f.has('Ж')).findFirst().ifPresent(faces::add);
        }
        return new PdfFonts(faces);
    }

    private static boolean covers(List<Face> faces, int cp) {
        return faces.stream().anyMatch(f -> f.has(cp));
    }

    private static Optional<Face> load(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            TrueTypeFont font;
            if (name.endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> all = new ArrayList<>();
                ttc.processAllFonts(all::add);
                if (all.isEmpty()) {
                    return Optional.empty();
                }
                font = all.get(0);
            } else {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null || font.getGlyph() == null) {
                return Optional.empty(); // CFF-flavoured OpenType: cannot be embedded as TrueType
            }
            return Optional.of(new Face(font.getName(), font, cmap));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The names of the fonts in use, first to last. */
    public List<String> names() {
        return faces.stream().map(Face::name).toList();
    }

    /** The fonts as embedded in one document, with glyph fallback between them. */
    public DocumentFonts embedIn(PDDocument doc) throws IOException {
        List<PDType0Font> embedded = new ArrayList<>();
        for (Face f : faces) {
            embedded.add(PDType0Font.load(doc, f.font(), true));
        }
        return new DocumentFonts(faces, embedded);
    }

    /** The faces of {@link PdfFonts} embedded in a document; text is split into runs by which face has the glyph. */
    public static final class DocumentFonts {
        private final List<Face> faces;
        private final List<PDType0Font> fonts;

        DocumentFonts(List<Face> faces, List<PDType0Font> fonts) {
            this.faces = faces;
            this.fonts = fonts;
        }

        /** One stretch of text set in one font. */
        record Run(PDType0Font font, String text) {
        }

        /** Splits text into runs; a character no font has is replaced by a question mark. */
        List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int currentFace = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n' || cp == '\r' || cp == '\t') {
                    cp = ' ';
                }
                int face = faceFor(cp);
                if (face < 0) {
                    cp = '?';
                    face = faceFor(cp);
                }
                if (face != currentFace && current.length() > 0) {
                    runs.add(new Run(fonts.get(currentFace), current.toString()));
                    current.setLength(0);
                }
                currentFace = face;
                current.appendCodePoint(cp);
            }
            if (current.length() > 0) {
                runs.add(new Run(fonts.get(currentFace), current.toString()));
            }
            return runs;
        }

        private int faceFor(int cp) {
            for (int f = 0; f < faces.size(); f++) {
                if (faces.get(f).has(cp)) {
                    return f;
                }
            }
            return cp == ' ' ? 0 : -1;
        }

        /** The width of text at a size, in points. */
        float width(String text, float size) throws IOException {
            float w = 0;
            for (Run r : runs(text)) {
                w += r.font().getStringWidth(r.text()) / 1000f * size;
            }
            return w;
        }
    }
}
