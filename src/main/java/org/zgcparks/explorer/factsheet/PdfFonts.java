package org.zgcparks.explorer.factsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zgcparks.explorer.i18n.BundledFont;

/**
 * The TrueType fonts fact sheets are set in: the font the app ships ({@link BundledFont}: Chinese, Cyrillic and
 * Latin), after the font file named with {@code -Dzgc.pdf.font=FILE} if there is one (characters that file lacks
 * come from the bundled font). They are embedded as subsets, so the PDF's text stays selectable and searchable and
 * the PDF looks the same on any machine, whatever fonts it has. Parsed once and shared by every document.
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

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /**
     * Parses the fonts: the file named by {@value #FONT_PROPERTY} if set, then the bundled font.
     *
     * @throws FactSheetException if the named file cannot be read as a TrueType font (the message says why)
     */
    public static PdfFonts discover() throws FactSheetException {
        List<Face> faces = new ArrayList<>();
        String chosen = System.getProperty(FONT_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            faces.add(loadFile(Path.of(chosen)));
        }
        faces.add(loadBundled());
        return new PdfFonts(faces);
    }

    private static Face loadBundled() throws FactSheetException {
        try (InputStream in = BundledFont.open()) {
            return face(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (IOException | RuntimeException e) {
            throw new FactSheetException("The app's font cannot be read (" + e.getMessage()
                    + "); reinstall the app, or name a .ttf/.ttc file with -D" + FONT_PROPERTY + "=FILE.", e);
        }
    }

    private static Face loadFile(Path file) throws FactSheetException {
        String problem;
        if (!Files.isRegularFile(file)) {
            problem = "there is no such file";
        } else if (!Files.isReadable(file)) {
            problem = "it cannot be read";
        } else {
            try {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                TrueTypeFont font;
                if (name.endsWith(".ttc")) {
                    List<TrueTypeFont> all = new ArrayList<>();
                    new TrueTypeCollection(file.toFile()).processAllFonts(all::add);
                    if (all.isEmpty()) {
                        throw new IOException("the collection holds no font");
                    }
                    font = all.get(0);
                } else {
                    font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                }
                return face(font);
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new FactSheetException("The font file " + file + " (-D" + FONT_PROPERTY + ") cannot be used: " + problem
                + ". Name a TrueType .ttf or .ttc file, or leave the option out to use the app's own font.");
    }

    private static Face face(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("it has no Unicode character map");
        }
        if (font.getGlyph() == null) {
            throw new IOException("its outlines are not TrueType (an OpenType/CFF font cannot be embedded as TrueType)");
        }
        return new Face(font.getName(), font, cmap);
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
