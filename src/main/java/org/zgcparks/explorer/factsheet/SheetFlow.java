package org.zgcparks.explorer.factsheet;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The flow of a fact sheet: a list of unbreakable blocks (a wrapped line, a table row, a heading, the map) that is
 * cut into pages. A page that starts inside a section repeats the section's heading marked "continued" and, inside
 * a table, the table's header row; a heading never stays alone at the bottom of a page. Blocks are measured first
 * and drawn after, so every page knows how many pages its park takes.
 */
final class SheetFlow {

    /** Something drawn with its top at {@code y}, {@code height()} points tall. */
    interface Block {
        float height();

        void draw(PdfText t, PDPageContentStream cs, float y) throws IOException;
    }

    /** A titled part of the sheet; {@code tableHeader} is repeated on each page a table continues on. */
    record Section(String title, Block tableHeader) {
    }

    /** A block and where it belongs; {@code keepWithNext} keeps it on the page of the block after it. */
    record Item(Block block, Section section, boolean keepWithNext) {
    }

    /** A block placed on a page, its top at {@code y}. */
    record Placed(Block block, float y) {
    }

    private final List<Item> items = new ArrayList<>();

    void add(Block block, Section section, boolean keepWithNext) {
        items.add(new Item(block, section, keepWithNext));
    }

    void add(Block block, Section section) {
        add(block, section, false);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Cuts the flow into pages.
     *
     * @param firstTop     where the flow starts on its first page
     * @param nextTop      where it starts on the pages after
     * @param bottom       the lowest point a block may reach
     * @param continuation the blocks that open a page starting inside a section
     */
    List<List<Placed>> paginate(float firstTop, float nextTop, float bottom, Function<Section, List<Block>> continuation) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float y = firstTop;
        Section open = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            float need = 0;
            for (int j = i; j < items.size(); j++) {
                need += items.get(j).block().height();
                if (!items.get(j).keepWithNext()) {
                    break;
                }
            }
            boolean fresh = page.isEmpty() || page.stream().allMatch(p -> isContinuation(p.block()));
            if (y - need < bottom && !fresh) {
                page = new ArrayList<>();
                pages.add(page);
                y = nextTop;
                if (it.section() != null && it.section() == open) {
                    for (Block b : continuation.apply(it.section())) {
                        page.add(new Placed(new Continuation(b), y));
                        y -= b.height();
                    }
                }
            }
            page.add(new Placed(it.block(), y));
            y -= it.block().height();
            open = it.section();
        }
        return pages;
    }

    private static boolean isContinuation(Block b) {
        return b instanceof Continuation;
    }

    /** A block repeated at the top of a page (a "continued" heading, a table header). */
    private record Continuation(Block inner) implements Block {
        @Override
        public float height() {
            return inner.height();
        }

        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            inner.draw(t, cs, y);
        }
    }

    // ---- blocks ------------------------------------------------------------------------------------------

    /** One line of text. */
    record Line(String text, float x, float size, Color colour, boolean bold, float leading) implements Block {
        @Override
        public float height() {
            return leading;
        }

        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            t.line(text, x, y - size * 0.95f, size, colour, bold);
        }
    }

    /** Empty space. */
    record Gap(float height) implements Block {
        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) {
            // nothing to draw
        }
    }

    /** A hairline across the text column, in the middle of its height. */
    record Rule(float x0, float x1, float height) implements Block {
        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            ParkPage.rule(cs, x0, x1, y - height / 2);
        }
    }

    /** Lines of wrapped text: a bold label on the first line, the text wrapped beside it. */
    static List<Block> paragraph(PdfText t, String label, String text, float x0, float width, float size, Color colour,
                                 float leading) throws IOException {
        List<Block> out = new ArrayList<>();
        float lw = label.isEmpty() ? 0 : t.width(label + " ", size);
        List<String> lines = t.wrap(text, size, width - lw);
        if (lines.isEmpty()) {
            lines = List.of("");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && lw > 0) {
                out.add(new LabelledLine(label, line, x0, lw, size, colour, leading));
            } else {
                out.add(new Line(line, x0 + lw, size, colour, false, leading));
            }
        }
        return out;
    }

    private record LabelledLine(String label, String text, float x, float labelWidth, float size, Color colour,
                                float leading) implements Block {
        @Override
        public float height() {
            return leading;
        }

        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            float base = y - size * 0.95f;
            t.line(label, x, base, size, colour, true);
            t.line(text, x + labelWidth, base, size, colour, false);
        }
    }

    /**
     * A table row: each cell wrapped to its column, the row as tall as its tallest cell.
     *
     * @param columns the left edge of each column and, last, the right edge of the table
     */
    static Block row(PdfText t, float[] columns, List<String> cells, float size, Color colour, boolean bold,
                     boolean ruleBelow) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            float w = columns[c + 1] - columns[c] - 5;
            List<String> l = t.wrap(cells.get(c), size, w);
            wrapped.add(l);
            lines = Math.max(lines, l.size());
        }
        float leading = size * 1.22f;
        return new Row(columns, wrapped, size, colour, bold, ruleBelow, lines * leading + 3.2f, leading);
    }

    private record Row(float[] columns, List<List<String>> cells, float size, Color colour, boolean bold,
                       boolean ruleBelow, float height, float leading) implements Block {
        @Override
        public void draw(PdfText t, PDPageContentStream cs, float y) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                float base = y - 1.2f - size * 0.95f;
                for (String line : cells.get(c)) {
                    t.line(line, columns[c], base, size, colour, bold);
                    base -= leading;
                }
            }
            if (ruleBelow) {
                ParkPage.rule(cs, columns[0], columns[columns.length - 1], y - height + 0.8f);
            }
        }
    }
}
