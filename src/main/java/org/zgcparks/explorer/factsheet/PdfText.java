package org.zgcparks.explorer.factsheet;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text on a PDF page: runs in the right fonts, wrapping (text is never cut), bold by stroking (the CJK font has no
 * bold). Made without a content stream it only measures and wraps.
 */
final class PdfText {

    private final PDPageContentStream cs;
    private final PdfFonts.DocumentFonts fonts;

    PdfText(PDPageContentStream cs, PdfFonts.DocumentFonts fonts) {
        this.cs = cs;
        this.fonts = fonts;
    }

    float width(String text, float size) throws IOException {
        return fonts.width(text, size);
    }

    /** Draws one line with its baseline at y. */
    void line(String text, float x, float y, float size, Color colour, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(colour);
        if (bold) {
            cs.setStrokingColor(colour);
            cs.setLineWidth(size * 0.035f);
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.newLineAtOffset(x, y);
        for (PdfFonts.DocumentFonts.Run run : fonts.runs(text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
        cs.setRenderingMode(RenderingMode.FILL);
    }

    /** Draws a line right-aligned at x. */
    void lineRight(String text, float x, float y, float size, Color colour) throws IOException {
        line(text, x - width(text, size), y, size, colour, false);
    }

    /** Breaks text into lines no wider than maxWidth: at spaces, or between characters for Chinese. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("(?<= )")) {
            String candidate = line + word;
            if (width(candidate.stripTrailing(), size) <= maxWidth) {
                line.append(word);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            // a word longer than the line (or Chinese text without spaces): break between characters
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (width(next.stripTrailing(), size) > maxWidth && line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
