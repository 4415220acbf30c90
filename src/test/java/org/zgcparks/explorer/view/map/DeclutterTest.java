package org.zgcparks.explorer.view.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeclutterTest {

    static Declutter.Label outline(String id, double x, double y, double priority) {
        return new Declutter.Label(id, x, y, 80, 16, 0, new Declutter.Box(x - 20, y - 20, 40, 40), priority, false);
    }

    @Test
    void aLabelWithNoRoomOnItsCentreMovesAroundItsOutlineRatherThanDisappearing() {
        var big = outline("big", 100, 100, 9);
        var near = outline("near", 110, 104, 5);
        Map<String, Declutter.Box> placed = Declutter.placeLabels(List.of(big, near), Map.of(), 3);
        assertEquals(Set.of("big", "near"), placed.keySet());
        assertEquals(Declutter.positions(big).get(0), placed.get("big"), "the more important label keeps the centre");
        assertFalse(placed.get("big").overlaps(placed.get("near"), 0));
    }

    @Test
    void noTwoPlacedLabelsOverlapAndNoneCoversAnotherParksMarker() {
        Random random = new Random(7);
        List<Declutter.Label> labels = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            labels.add(outline("p" + i, random.nextDouble() * 800, random.nextDouble() * 600, random.nextInt(10)));
        }
        Declutter.Box marker = new Declutter.Box(395, 295, 10, 10);
        Map<String, Declutter.Box> placed = Declutter.placeLabels(labels, Map.of("m", marker), 3);
        assertTrue(placed.size() > 20, "many labels find room: " + placed.size());
        List<Declutter.Box> boxes = List.copyOf(placed.values());
        for (int i = 0; i < boxes.size(); i++) {
            assertFalse(boxes.get(i).overlaps(marker, 0), "a label over the marker");
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j), 0), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void aLabelThatMustShowIsShownEvenWithoutRoom() {
        var first = outline("first", 100, 100, 9);
        var selected = new Declutter.Label("sel", 100, 100, 300, 300, 0, null, 1, true);
        assertEquals(Set.of("first", "sel"), Declutter.placeLabels(List.of(first, selected), Map.of(), 3).keySet());
    }

    @Test
    void markersThatPileUpAreClusteredAndPinnedOnesNever() {
        List<Declutter.Marker> markers = List.of(
                new Declutter.Marker("a", 100, 100, false),
                new Declutter.Marker("b", 105, 102, false),
                new Declutter.Marker("c", 110, 95, false),
                new Declutter.Marker("selected", 103, 100, true),
                new Declutter.Marker("far", 400, 400, false));
        List<Declutter.Cluster> clusters = Declutter.cluster(markers, 18);
        assertEquals(1, clusters.size());
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(clusters.get(0).ids()));
        assertEquals(105, clusters.get(0).x(), 1e-9);
    }

    @Test
    void clustersThatWouldOverlapAreMerged() {
        List<Declutter.Marker> markers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            markers.add(new Declutter.Marker("m" + i, 100 + i * 5, 100, false));
        }
        List<Declutter.Cluster> clusters = Declutter.cluster(markers, 18);
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(markers.stream().map(Declutter.Marker::id).collect(Collectors.toSet()), Set.copyOf(clusters.get(0).ids()));
    }

    @Test
    void noLabelCoversAReservedAreaOrLeavesTheView() {
        var label = outline("p", 100, 100, 9);
        Declutter.Box legend = new Declutter.Box(0, 0, 200, 110);
        Declutter.Box view = new Declutter.Box(0, 0, 400, 300);
        Map<String, Declutter.Box> placed = Declutter.placeLabels(List.of(label), Map.of(Declutter.RESERVED + 0, legend), 3, view);
        assertFalse(placed.get("p").overlaps(legend, 0), "moved out from under the legend: " + placed.get("p"));
        var edge = outline("edge", 398, 100, 9);
        Declutter.Box at = Declutter.placeLabels(List.of(edge), Map.of(), 3, view).get("edge");
        assertTrue(at.x() >= 0 && at.x() + at.width() <= 400, "inside the view: " + at);
    }
}
