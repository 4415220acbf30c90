package org.zgcparks.explorer.factsheet;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lets text drawn on a fact-sheet map through PDFBox's Graphics2D ({@code drawString}) land in the PDF as text, in
 * the fonts the sheet embeds ({@link PdfFonts}), so it stays crisp, selectable and searchable. Whatever Java2D
 * font the drawing code asked for (the basemap's labels ask for "SansSerif"), each stretch of text is set in the
 * first embedded font that has its glyphs, at the size asked for: the string is split into runs as
 * {@link PdfFonts.DocumentFonts#runs} does for the rest of the sheet, each run tagged with a font name that maps to
 * one embedded font.
 */
final class SheetTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private static final String PREFIX = "zgc-sheet-font-";

    private final PdfFonts.DocumentFonts fonts;
    private final Map<PDFont, String> names = new HashMap<>();
    private final Map<String, PDFont> byName = new HashMap<>();

    SheetTextDrawer(PdfFonts.DocumentFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        return super.canDrawText(byFont(text, env), env);
    }

    /**
     * Draws the text; bold type asked for (the basemap's district and town names) is emboldened by stroking the
     * glyphs' outlines in the text's colour as well, since the embedded fonts come in one weight.
     */
    @Override
    public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        Object f = text.getAttribute(TextAttribute.FONT);
        Font asked = f instanceof Font font ? font : env.getFont();
        if (!asked.isBold() || !(env.getPaint() instanceof Color colour)) {
            super.drawText(byFont(text, env), env);
            return;
        }
        PDPageContentStream cs = env.getContentStream();
        cs.saveGraphicsState();
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.setStrokingColor(colour);
        cs.setLineWidth(asked.getSize2D() * 0.04f);
        super.drawText(byFont(text, env), env);
        cs.restoreGraphicsState();
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        return byName.get(font.getName());
    }

    /** The same text, each run of it tagged with the embedded font that has its glyphs, at the size asked for. */
    private AttributedCharacterIterator byFont(AttributedCharacterIterator in, IFontTextDrawerEnv env) {
        StringBuilder sb = new StringBuilder();
        List<Font> asked = new ArrayList<>();
        for (char c = in.first(); c != CharacterIterator.DONE; c = in.next()) {
            sb.append(c);
            Object f = in.getAttribute(TextAttribute.FONT);
            asked.add(f instanceof Font font ? font : env.getFont());
        }
        List<PdfFonts.DocumentFonts.Run> runs = fonts.runs(sb.toString());
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        AttributedString out = new AttributedString(text.toString());
        int at = 0;
        for (PdfFonts.DocumentFonts.Run r : runs) {
            Font base = asked.isEmpty() ? env.getFont() : asked.get(Math.min(at, asked.size() - 1));
            Font tagged = new Font(nameOf(r.font()), Font.PLAIN, 1).deriveFont(base.getSize2D());
            out.addAttribute(TextAttribute.FONT, tagged, at, at + r.text().length());
            at += r.text().length();
        }
        return out.getIterator();
    }

    private String nameOf(PDFont font) {
        return names.computeIfAbsent(font, f -> {
            String name = PREFIX + names.size();
            byName.put(name, f);
            return name;
        });
    }
}
