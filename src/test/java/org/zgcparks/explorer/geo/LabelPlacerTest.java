package org.zgcparks.explorer.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void lowerPriorityLabelsThatOverlapAreHidden() {
        var a = new LabelPlacer.Candidate("a", 0, 0, 100, 20, 5);
        var b = new LabelPlacer.Candidate("b", 50, 10, 100, 20, 9);
        var c = new LabelPlacer.Candidate("c", 300, 0, 100, 20, 1);
        assertEquals(Set.of("b", "c"), LabelPlacer.place(List.of(a, b, c), 2));
    }

    @Test
    void theMarginKeepsNearNeighboursApart() {
        var a = new LabelPlacer.Candidate("a", 0, 0, 100, 20, 5);
        var b = new LabelPlacer.Candidate("b", 102, 0, 100, 20, 4);
        assertEquals(Set.of("a", "b"), LabelPlacer.place(List.of(a, b), 0));
        assertEquals(Set.of("a"), LabelPlacer.place(List.of(a, b), 4));
    }
}
