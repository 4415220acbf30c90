package org.zgcparks.explorer.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.junit.jupiter.api.Test;

/** The paper and orientation chosen in the print dialog become the sheet's layout. */
class SheetPrinterTest {

    static PageFormat chosen(MediaSizeName media, OrientationRequested orientation) {
        HashPrintRequestAttributeSet set = new HashPrintRequestAttributeSet();
        if (media != null) {
            set.add(media);
        }
        if (orientation != null) {
            set.add(orientation);
        }
        return new SheetPrinter.Choice(null, set).pageFormat();
    }

    @Test
    void theDialogsPaperAndOrientationLayTheSheetOut() {
        assertEquals(new PageFormat(PageFormat.Paper.LETTER, true), chosen(MediaSizeName.NA_LETTER, OrientationRequested.LANDSCAPE));
        assertEquals(new PageFormat(PageFormat.Paper.A4, false), chosen(MediaSizeName.ISO_A4, OrientationRequested.PORTRAIT));
        assertEquals(new PageFormat(PageFormat.Paper.A3, false), chosen(MediaSizeName.ISO_A3, null));
        assertEquals(new PageFormat(PageFormat.Paper.LEGAL, true), chosen(MediaSizeName.NA_LEGAL, OrientationRequested.REVERSE_LANDSCAPE));
        assertEquals(new PageFormat(PageFormat.Paper.A5, false), chosen(MediaSizeName.ISO_B5, null), "the nearest size");
        assertEquals(PageFormat.A4, chosen(null, null), "A4 portrait when the dialog says nothing");
    }

    @Test
    void theDialogStartsFromTheSheetsFormat() {
        var set = SheetPrinter.initial(new PageFormat(PageFormat.Paper.LETTER, true), "E-Town fact sheet");
        assertEquals(new PageFormat(PageFormat.Paper.LETTER, true), new SheetPrinter.Choice(null, set).pageFormat());
    }
}
