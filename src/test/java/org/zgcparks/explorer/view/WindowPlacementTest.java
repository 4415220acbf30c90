package org.zgcparks.explorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zgcparks.explorer.view.WindowPlacement.Box;

/** The saved window geometry against the screens of today. */
class WindowPlacementTest {

    static final Box FULL_HD = new Box(0, 0, 1920, 1040);
    static final Box SMALL = new Box(0, 0, 1400, 870);
    static final Box RIGHT_OF_FULL_HD = new Box(1920, 0, 2560, 1400);

    @Test
    void anAbsurdSizeIsClampedToTheScreen() {
        assertEquals(new Box(0, 0, 1920, 1040),
                WindowPlacement.place(Optional.of(new Box(0, 0, 100_000, 100_000)), List.of(FULL_HD)));
    }

    @Test
    void aSizeLargerThanASmallScreenKeepsTheStatusBarOnScreen() {
        Box b = WindowPlacement.place(Optional.of(new Box(300, 200, 5000, 4000)), List.of(SMALL));
        assertEquals(new Box(0, 0, 1400, 870), b);
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsCentredOnThePrimary() {
        Box saved = new Box(2500, 100, 1600, 900);
        assertEquals(saved, WindowPlacement.place(Optional.of(saved), List.of(FULL_HD, RIGHT_OF_FULL_HD)));
        assertEquals(new Box(160, 70, 1600, 900), WindowPlacement.place(Optional.of(saved), List.of(FULL_HD)));
    }

    @Test
    void aWindowPartlyOffItsScreenIsMovedOntoIt() {
        assertEquals(new Box(920, 240, 1000, 800),
                WindowPlacement.place(Optional.of(new Box(1500, 500, 1000, 800)), List.of(FULL_HD)));
    }

    @Test
    void aSensibleWindowStaysWhereItWas() {
        Box saved = new Box(100, 50, 1280, 800);
        assertEquals(saved, WindowPlacement.place(Optional.of(saved), List.of(FULL_HD)));
    }

    @Test
    void nothingSavedOrNonsenseSavedGivesTheDefaultCentred() {
        assertEquals(new Box(320, 120, 1280, 800), WindowPlacement.place(Optional.empty(), List.of(FULL_HD)));
        assertEquals(new Box(320, 120, 1280, 800), WindowPlacement.place(
                Optional.of(new Box(Double.NaN, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY)), List.of(FULL_HD)));
    }

    @Test
    void tooSmallIsRaisedToTheMinimum() {
        assertEquals(new Box(10, 10, 800, 500),
                WindowPlacement.place(Optional.of(new Box(10, 10, 20, 20)), List.of(FULL_HD)));
    }
}
