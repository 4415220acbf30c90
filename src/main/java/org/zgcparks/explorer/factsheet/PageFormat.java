package org.zgcparks.explorer.factsheet;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper size and orientation of fact sheets. */
public record PageFormat(Paper paper, boolean landscape) {

    public static final PageFormat A4 = new PageFormat(Paper.A4, false);

    /** The paper sizes fact sheets are laid out for. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER), LEGAL(PDRectangle.LEGAL), A3(PDRectangle.A3), A5(PDRectangle.A5);

        final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        /** The paper nearest to a size in millimetres (either way round), for a paper chosen in a print dialog. */
        public static Paper closest(double widthMm, double heightMm) {
            double w = Math.min(widthMm, heightMm), h = Math.max(widthMm, heightMm);
            Paper best = A4;
            double bestError = Double.MAX_VALUE;
            for (Paper p : values()) {
                double pw = p.size.getWidth() / 72 * 25.4, ph = p.size.getHeight() / 72 * 25.4;
                double error = Math.abs(pw - w) + Math.abs(ph - h);
                if (error < bestError) {
                    bestError = error;
                    best = p;
                }
            }
            return best;
        }

        /** "a4", "letter", "legal", "a3" or "a5" (case-insensitive). */
        public static Optional<Paper> fromId(String id) {
            return switch (id.toLowerCase(Locale.ROOT)) {
                case "a4" -> Optional.of(A4);
                case "letter", "us-letter" -> Optional.of(LETTER);
                case "legal", "us-legal" -> Optional.of(LEGAL);
                case "a3" -> Optional.of(A3);
                case "a5" -> Optional.of(A5);
                default -> Optional.empty();
            };
        }
    }

    /** The page's size in points, turned for landscape. */
    PDRectangle rectangle() {
        return landscape ? new PDRectangle(paper.size.getHeight(), paper.size.getWidth()) : paper.size;
    }
}
