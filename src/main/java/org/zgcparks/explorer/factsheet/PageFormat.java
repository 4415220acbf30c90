package org.zgcparks.explorer.factsheet;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper size and orientation of fact sheets. */
public record PageFormat(Paper paper, boolean landscape) {

    public static final PageFormat A4 = new PageFormat(Paper.A4, false);

    /** The paper sizes fact sheets are laid out for. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        /** "a4" or "letter" (case-insensitive). */
        public static Optional<Paper> fromId(String id) {
            return switch (id.toLowerCase(Locale.ROOT)) {
                case "a4" -> Optional.of(A4);
                case "letter", "us-letter" -> Optional.of(LETTER);
                default -> Optional.empty();
            };
        }
    }

    /** The page's size in points, turned for landscape. */
    PDRectangle rectangle() {
        return landscape ? new PDRectangle(paper.size.getHeight(), paper.size.getWidth()) : paper.size;
    }
}
